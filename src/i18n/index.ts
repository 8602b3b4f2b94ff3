// i18next holds every interface string. It runs at build time only: pages and components resolve
// strings while rendering, and the browser receives just the few strings a chart needs (see
// `pick`), never i18next itself.
import i18next, { type TOptions } from 'i18next';
import en from './locales/en.json';
import zh from './locales/zh.json';

export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** BCP 47 tags for `<html lang>` and `hreflang`. */
export const HTML_LANG: Record<Lang, string> = { zh: 'zh-Hans', en: 'en' };

export const otherLang = (lang: Lang): Lang => (lang === 'zh' ? 'en' : 'zh');

const instance = i18next.createInstance();
void instance.init({
  resources: { zh: { translation: zh }, en: { translation: en } },
  lng: 'zh',
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
  walk(lang === 'zh' ? zh : en, '');
  return out;
}
