// Every chart state as a PNG, rendered at build time with sharp (librsvg; the system's Noto CJK
// fonts draw the Chinese). The picture is self-contained for sharing and for the embeds'
// <noscript> fallback: the chart's title above, the state's wide chart, the sources and the site
// below, in the light scheme, at twice the reference size for sharp text on dense screens.
import { getData } from '../content/story.ts';
import { MARKS_CSS, prepare, scene, sizeFor, stateDescription } from '../charts/build.ts';
import { PALETTE, withLightColours } from '../charts/palette.ts';
import { sceneToSvg } from '../charts/svg.ts';
import { esc } from './escape.ts';
import { wrap } from '../charts/text.ts';
import { t, type Lang } from '../i18n/index.ts';

/** librsvg has no CSS custom properties: the marks with the palette's light values written in. The
 *  standalone SVG's own background rule (`svg:root`) is left out: the picture paints its own. */
export const LIGHT_CSS = withLightColours(MARKS_CSS.replace(/svg:root\s*\{[^}]*\}\s*/, ''));
/** The light palette, for the colours the pictures draw themselves (background, title, source line). */
export const LIGHT = PALETTE.light;
const BG = LIGHT['chart-bg'];
export const FONT = 'system-ui, "Noto Sans", "Noto Sans CJK SC", sans-serif';
export const PNG_SCALE = 2;
const PAD = 20;

/** The picture's text and size: the same for every state of a chart and language. */
function pictureLayout(id: string, lang: Lang) {
  const size = sizeFor(id, 'wide');
  const p = prepare(id, lang);
  const { sources } = getData();
  const title = p.title;
  const sourceLine = t(lang, 'chart.source') + [...new Set(p.sources.map((s) => sources[s]!.publisher))].join(t(lang, 'chart.listSep'));
  const titleLines = wrap(title, 18, size.width);
  const sourceLines = wrap(sourceLine, 12, size.width);
  // Title lines of 24, a gap of 10, the chart and 14, then the source lines and the site line of 17.
  const height = PAD + titleLines.length * 24 + 10 + size.height + 14 + (sourceLines.length + 1) * 17 + PAD;
  return { size, width: size.width + PAD * 2, height, title, titleLines, sourceLines };
}

/** The composed picture as SVG (also handy for tests): title, chart, sources, site. */
export function pictureSvg(id: string, lang: Lang, state: string, siteLabel: string): { svg: string; width: number; height: number } {
  const { size, width, height, title, titleLines, sourceLines } = pictureLayout(id, lang);
  let y = PAD;
  const parts: string[] = [];
  for (const line of titleLines) {
    y += 24;
    parts.push(`<text x="${PAD}" y="${y - 6}" font-size="18" font-weight="700" fill="${LIGHT['chart-ink']}" font-family='${FONT}'>${esc(line)}</text>`);
  }
  y += 10;
  const chart = sceneToSvg(scene(id, lang, state, 'wide'), { label: stateDescription(id, lang, state), standalone: false })
    .replace(/^<svg/, `<svg x="${PAD}" y="${y}" overflow="visible"`)
    .replace(/ role="img" aria-label="[^"]*"/, '');
  parts.push(chart);
  y += size.height + 14;
  for (const line of [...sourceLines, siteLabel]) {
    y += 17;
    parts.push(`<text x="${PAD}" y="${y - 4}" font-size="12" fill="${LIGHT['chart-soft']}" font-family='${FONT}'>${esc(line)}</text>`);
  }
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<title>${esc(`${title}: ${stateDescription(id, lang, state)}`)}</title><style>${LIGHT_CSS}</style>` +
    `<rect width="${width}" height="${height}" fill="${BG}"/>${parts.join('')}</svg>`;
  return { svg, width, height };
}

/** The picture as PNG bytes. sharp is loaded only when a PNG is actually built. */
export async function pngFor(id: string, lang: Lang, state: string, siteLabel: string): Promise<ArrayBuffer> {
  const { default: sharp } = await import('sharp');
  const { svg } = pictureSvg(id, lang, state, siteLabel);
  const buf = await sharp(Buffer.from(svg), { density: 72 * PNG_SCALE }).flatten({ background: BG }).png({ compressionLevel: 9, palette: true, quality: 90 }).toBuffer();
  return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
}

/** Pixel size of a state's PNG (the same for every state of a chart and language). */
export function pngSize(id: string, lang: Lang): { width: number; height: number } {
  const { width, height } = pictureLayout(id, lang);
  return { width: width * PNG_SCALE, height: height * PNG_SCALE };
}
