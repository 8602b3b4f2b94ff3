// i18next holds every interface string. It runs at build time only: pages and components resolve
// strings while rendering, and the browser receives just the few strings a chart needs (see
// `pick`), never i18next itself.
import i18next, { type TOptions } from 'i18next';
import en from './locales/en.json';
import zh from './locales/zh.json';
import { LANGS, type Lang } from './langs.ts';

// The languages and their tags live in ./langs.ts (no i18next there, so the browser can read it).
export { HTML_LANG, LANGS, LOCALES, otherLang, perLang, type Lang } from './langs.ts';

const STRINGS: Record<Lang, typeof zh> = { zh, en };

const instance = i18next.createInstance();
void instance.init({
  resources: Object.fromEntries(LANGS.map((l) => [l, { translation: STRINGS[l] }])),
  lng: LANGS[0],
  fallbackLng: false,
  initAsync: false,
  returnNull: false,
  returnEmptyString: false,
  interpolation: { escapeValue: false },
  saveMissing: true,
  // A missing string is an editor's or developer's mistake: stop the build and say which.
  missingKeyHandler: (lngs, _ns, key) => {
    throw new Error(`[i18n] Missing string "${key}" for ${lngs.join(', ')}: add it to src/i18n/locales/${lngs[0]}.json`);
  },
});

/** Resolves an interface string for a language. Throws on a missing key. */
export function t(lang: Lang, key: string, options?: TOptions): string {
  if (!instance.exists(key, { lng: lang })) {
    throw new Error(`[i18n] Missing string "${key}" for ${lang}: add it to src/i18n/locales/${lang}.json`);
  }
  return instance.t(key, { ...options, lng: lang }) as string;
}

/** The subset of a language's strings under the given key prefixes, flattened, for the browser. */
export function pick(lang: Lang, prefixes: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (node: unknown, path: string) => {
    if (typeof node === 'string') {
      if (prefixes.some((p) => path === p || path.startsWith(`${p}.`))) out[path] = node;
    } else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) walk(v, path ? `${path}.${k}` : k);
    }
  };
  walk(STRINGS[lang], '');
  return out;
}
