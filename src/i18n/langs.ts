// The story's languages and how each is named to browsers, Intl, search engines and social cards:
// the one table every other module reads (pages, the content model, the data schema, charts,
// formatters, embeds). No imports, so browser code can use it without pulling in i18next.

/** The story's languages, in the order pages list them. */
export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export interface Locale {
  /** BCP 47 tag for `<html lang>`, `lang` attributes and `hreflang`. */
  html: string;
  /** Intl locale for numbers and dates: Chinese as written in mainland China, British English. */
  intl: string;
  /** Open Graph `og:locale` (language_TERRITORY). */
  og: string;
}

export const LOCALES: Readonly<Record<Lang, Locale>> = {
  zh: { html: 'zh-Hans', intl: 'zh-Hans-CN', og: 'zh_CN' },
  en: { html: 'en', intl: 'en-GB', og: 'en_GB' },
};

/** A value for each language, e.g. `perLang((l) => t(l, 'site.title'))`. */
export const perLang = <T>(value: (lang: Lang) => T): Record<Lang, T> =>
  Object.fromEntries(LANGS.map((l) => [l, value(l)])) as Record<Lang, T>;

/** BCP 47 tags for `<html lang>` and `hreflang`. */
export const HTML_LANG: Readonly<Record<Lang, string>> = /* @__PURE__ */ perLang((l) => LOCALES[l].html);

/** The story's other language (there are two). */
export const otherLang = (lang: Lang): Lang => LANGS.find((l) => l !== lang)!;
