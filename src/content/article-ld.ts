// The story page's schema.org NewsArticle (JSON-LD): what search engines, link previews and reader
// views (Mozilla Readability reads its author, description and datePublished) know of the page.
// Every field comes from the content: dates from content/story.json, the words from the locale
// strings, the 2020 article from content/data/sources.json.
import type { Source } from '../data/schema.ts';
import { HTML_LANG, otherLang, t, type Lang } from '../i18n/index.ts';
import { absolute, storyPath } from '../i18n/routes.ts';
import type { StoryMeta } from './meta.ts';

/** The source entry the story revisits. */
export const BASED_ON = 'lianxian-2020';

interface Input {
  lang: Lang;
  site: URL | undefined;
  meta: StoryMeta;
  /** The page's Open Graph image, a site path. */
  image: string;
  basedOn: Source;
}

const org = (name: string, url?: string) => ({ '@type': 'Organization', name, ...(url ? { url } : {}) });

export function articleLd({ lang, site, meta, image, basedOn }: Input): Record<string, unknown> {
  const url = absolute(site, storyPath(lang));
  const other = otherLang(lang);
  const twin = { '@type': 'NewsArticle', url: absolute(site, storyPath(other)), headline: t(other, 'site.title'), inLanguage: HTML_LANG[other] };
  const home = absolute(site, '/');
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: t(lang, 'site.title'),
    description: t(lang, 'site.description'),
    url,
    mainEntityOfPage: url,
    datePublished: meta.published,
    dateModified: meta.updated,
    author: [org(t(lang, 'site.byline'), home)],
    publisher: org(t(lang, 'site.name'), home),
    image: [absolute(site, image)],
    inLanguage: HTML_LANG[lang],
    isBasedOn: {
      '@type': 'NewsArticle',
      headline: basedOn.title,
      datePublished: basedOn.date,
      inLanguage: basedOn.language,
      publisher: org(basedOn.publisher),
      ...(basedOn.author ? { author: basedOn.author.split(/[、,]\s*/).map((name) => ({ '@type': 'Person', name })) } : {}),
      // A print citation (`offline`) has no address to give.
      ...(basedOn.url && !basedOn.offline ? { url: basedOn.url } : {}),
    },
    // Both languages are written from the same Chinese-first record: the English page is the
    // Chinese page's translation in schema.org's sense (an adaptation, not sentence by sentence).
    ...(lang === 'zh' ? { workTranslation: twin } : { translationOfWork: twin }),
  };
}

/** JSON for a <script type="application/ld+json">: `<` escaped so no string can end the element. */
export const ldJson = (ld: unknown): string => JSON.stringify(ld).replace(/</g, '\\u003c');
