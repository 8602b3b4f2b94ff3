// The one placeholder filler for "{{name}}" patterns in the locale strings (unit patterns, chart
// labels, figure ids in state descriptions). No imports, so chart code can run it in the browser,
// where i18next (which fills `t()`'s own options at build time) never goes.

/** A "{{name}}" placeholder; names are word characters and hyphens (figure ids such as "ks-gmv-2019"). */
const PLACEHOLDER = /\{\{([\w-]+)\}\}/g;

/**
 * Fills every "{{name}}" in `pattern`: from `vars` (a name it lacks becomes ''), or by calling
 * `vars` with the name (which may throw to reject an unknown one).
 */
export function fill(pattern: string, vars: Readonly<Record<string, string | number>> | ((name: string) => string)): string {
  return pattern.replace(PLACEHOLDER, (_, name: string) => (typeof vars === 'function' ? vars(name) : String(vars[name] ?? '')));
}
