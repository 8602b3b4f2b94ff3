// A chart state to share: its title, description and 1200 × 630 picture (rendered at build, like the
// story's own Open Graph image), for the share pages /{lang}/share/{chart}/{state}/ (which open the
// story at that step) and …/embed/ (which open the embed page at that state).
import { definition, prepare, scene, sizeFor, stateDescription } from '../charts/build.ts';
import { sceneToSvg } from '../charts/svg.ts';
import { esc } from '../files/escape.ts';
import { wrap } from '../charts/text.ts';
import { t, type Lang } from '../i18n/index.ts';
import { cardPng, ogCard, OG_SIZE, placeChart } from '../og/image.ts';
import { FONT } from '../files/png.ts';

export interface ShareInfo {
  lang: Lang;
  chart: string;
  state: string;
  /** 1-based position of the state among the chart's states, and their number. */
  n: number;
  total: number;
  chartTitle: string;
  /** "<chart title> (step n of total)": the page's and the preview's title. */
  title: string;
  /** What the state shows, without the leading "Bar chart:" kind of the spoken description. */
  description: string;
}

/** Drops the chart kind before the first colon ("Bar chart: …", "柱状图：…"): a preview needs the claim. */
export function claimOf(description: string): string {
  const claim = description.replace(/^[^:：]{1,24}[:：]\s*/, '');
  return claim.charAt(0).toUpperCase() + claim.slice(1);
}

export function shareInfo(lang: Lang, chart: string, state: string): ShareInfo {
  const states = definition(chart).states;
  const n = states.indexOf(state) + 1;
  if (n < 1) throw new Error(`src/embed/share.ts: chart "${chart}" has no state "${state}"`);
  const chartTitle = prepare(chart, lang).title;
  const step = t(lang, 'share.stateOf', { n, total: states.length });
  return {
    lang,
    chart,
    state,
    n,
    total: states.length,
    chartTitle,
    title: lang === 'zh' ? `${chartTitle}（${step}）` : `${chartTitle} (${step.toLowerCase()})`,
    description: claimOf(stateDescription(chart, lang, state)),
  };
}

/** The preview picture as SVG: the site's kicker, the chart's title and step, the claim, the chart. */
export function shareSvg(info: ShareInfo): string {
  const { height } = OG_SIZE;
  const { lang, chart, state } = info;
  const step = t(lang, 'share.stateOf', { n: info.n, total: info.total });
  const titleLines = wrap(info.chartTitle, 34, 500).slice(0, 3);
  const claimLines = wrap(info.description, 22, 500);
  const maxClaim = Math.max(2, 8 - titleLines.length);
  const claim = claimLines.length > maxClaim ? [...claimLines.slice(0, maxClaim - 1), `${claimLines[maxClaim - 1]!.replace(/.$/, '')}…`] : claimLines;
  const text: string[] = [`<text x="56" y="84" font-size="22" fill="#c2410c" font-family='${FONT}'>${esc(t(lang, 'site.title'))}</text>`];
  let y = 84 + 18;
  for (const l of titleLines) text.push(`<text x="56" y="${(y += 44)}" font-size="34" font-weight="800" fill="#1c1d1f" font-family='${FONT}'>${esc(l)}</text>`);
  text.push(`<text x="56" y="${(y += 40)}" font-size="20" font-weight="700" fill="#c2410c" font-family='${FONT}'>${esc(step)}</text>`);
  y += 8;
  for (const l of claim) text.push(`<text x="56" y="${(y += 32)}" font-size="22" fill="#4a4d52" font-family='${FONT}'>${esc(l)}</text>`);
  // The chart at 560 px wide, centred in the space below the top rule (at most 480 px tall).
  const own = sizeFor(chart, 'wide');
  const h = Math.min(480, Math.round((own.height * 560) / own.width));
  const chartSvg = placeChart(sceneToSvg(scene(chart, lang, state, 'wide'), { label: '' }), 600, Math.round(12 + (height - 12 - h) / 2), 560, h);
  return ogCard(text.join('') + chartSvg);
}

export const sharePng = (info: ShareInfo): Promise<ArrayBuffer> => cardPng(shareSvg(info));
