// A page's Content-Security-Policy allows exactly the inline code that page carries. Astro's
// security.csp writes into every page the hashes of every inline script and style the build may
// emit (18 on a story page, which carries one inline style and no inline script); an allowance no
// code on the page needs is one an injected copy of that code could use, and on the story pages those
// hashes were 1.4 KB sent twice, in the <meta> and in the header, which put the page one round trip
// over Lighthouse's simulated slow 4G (tests/bench/README.md).
import { createHash } from 'node:crypto';

/** A <script> the browser runs: no type, a JavaScript MIME type, or a module (not JSON, not JSON-LD). */
const RUNS = /^(?:|module|(?:text|application)\/(?:x-)?(?:java|ecma)script)$/i;

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;
/** The value of an attribute in a start tag's attribute text, or null when it is absent. */
const attr = (attrs: string, name: string): string | null => {
  const m = new RegExp(`(?:^|\\s)${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+)))?(?=\\s|$)`, 'i').exec(attrs);
  return m ? (m[1] ?? m[2] ?? m[3] ?? '') : null;
};

/** The CSP source expression for an inline element's text, as the browser hashes it (UTF-8, SHA-256). */
export const hashSource = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Hash sources for the page's inline scripts that run and its inline styles (SVG's included), once each. */
export function inlineHashes(html: string): { scripts: string[]; styles: string[] } {
  const scripts = new Set<string>();
  for (const [, attrs = '', body = ''] of html.matchAll(SCRIPT)) {
    if (attr(attrs, 'src') !== null || !RUNS.test((attr(attrs, 'type') ?? '').trim())) continue;
    scripts.add(hashSource(body));
  }
  const styles = new Set<string>();
  for (const [, body = ''] of html.matchAll(STYLE)) styles.add(hashSource(body));
  return { scripts: [...scripts], styles: [...styles] };
}

const HASH = /^'sha(?:256|384|512)-[^']+'$/i;

/**
 * The policy with script-src and style-src allowing, besides their other sources ('self'), only the
 * hashes of the inline code in `html`. Other directives are kept as they are.
 */
export function policyForPage(policy: string, html: string): string {
  const { scripts, styles } = inlineHashes(html);
  const own = new Map([
    ['script-src', scripts],
    ['style-src', styles],
  ]);
  return policy
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)
    .map((d) => {
      const [name = '', ...sources] = d.split(/\s+/);
      const hashes = own.get(name.toLowerCase());
      return hashes ? [name, ...sources.filter((s) => !HASH.test(s)), ...hashes].join(' ') : d;
    })
    .join('; ');
}
