// Build-time facts about an embeddable chart, gathered for the snippets, the gallery and oEmbed.
import { definition, prepare, stateDescription } from '../charts/build.ts';
import type { Lang } from '../i18n/index.ts';
import { absolute, imagePath, storyPath } from '../i18n/routes.ts';
import { pngSize } from '../files/png.ts';
import type { EmbedInfo } from './snippets.ts';

/** The site's origin, e.g. "https://kuaishou-story.example". */
export const siteOrigin = (site: URL | undefined) => new URL(absolute(site, '/')).origin;

export function embedInfo(site: URL | undefined, lang: Lang, chart: string, state?: string): EmbedInfo {
  const def = definition(chart);
  const shown = state ?? def.states[0]!;
  const title = prepare(chart, lang).title;
  const size = pngSize(chart, lang);
  return {
    origin: siteOrigin(site),
    lang,
    chart,
    title,
    aspect: def.aspect,
    // Always named, last in the URL: see src/embed/message.ts (no embed's src inside another's).
    state: shown,
    image: {
      path: imagePath(lang, chart, shown, 'png'),
      alt: `${title}. ${stateDescription(chart, lang, shown)}`,
      width: size.width,
      height: size.height,
    },
    storyUrl: `${absolute(site, storyPath(lang))}#${chart}--${shown}`,
  };
}
