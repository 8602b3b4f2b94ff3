// The height message's key: one module for the embed page, the tests and the docs.
// The common "datawrapper-height" protocol is {"datawrapper-height": {<key>: <px>}}. Datawrapper's
// published host script finds the iframe to resize with `iframe[src*='<key>']`, so the key must be a
// piece of this iframe's src that no other embed's src contains: the embed's own path and query.
// (Keyed by the chart id alone, two embeds of one chart, in two languages or states, both matched
// the first iframe.) Pure string work: the browser imports it too.

/**
 * The key for an embed page at `pathname` + `search` (as in location). Characters that would end
 * the quoted CSS attribute selector such handlers build (' " \) are dropped, which only a
 * hand-made src could contain: our code never writes them.
 */
export function heightKey(pathname: string, search: string): string {
  return `${pathname}${search === '?' ? '' : search}`.replace(/['"\\]/g, '');
}

/** The height a message carries for a frame matched by event.source: its one sane number, any key. */
export function heightOf(data: unknown): number | null {
  if (!data || typeof data !== 'object') return null;
  const heights = (data as Record<string, unknown>)['datawrapper-height'];
  if (!heights || typeof heights !== 'object') return null;
  for (const h of Object.values(heights as Record<string, unknown>)) {
    if (typeof h === 'number' && h >= 50 && h <= 8000) return Math.ceil(h);
  }
  return null;
}
