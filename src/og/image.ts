// The Open Graph image of each language, rendered at build time: the headline over the GMV chart's
// hindsight state, 1200×630, as social networks expect.
import { scene } from '../charts/build.ts';
import { sceneToSvg } from '../charts/svg.ts';
import { esc } from '../files/escape.ts';
import { wrap } from '../charts/text.ts';
import { FONT, LIGHT, LIGHT_CSS } from '../files/png.ts';
import { t, type Lang } from '../i18n/index.ts';

export const OG_SIZE = { width: 1200, height: 630 } as const;

/** A chart's build SVG placed inside a card at (x, y), w × h, without its own size and label. */
export function placeChart(chartSvg: string, x: number, y: number, w: number, h: number): string {
  return chartSvg
    .replace(/^<svg/, `<svg x="${x}" y="${y}" width="${w}" height="${h}"`)
    .replace(/ width="640" height="\d+"/, '')
    .replace(/ role="img" aria-label="[^"]*"/, '');
}

/** The 1200×630 card every preview picture shares: light page colour, the accent rule on top. */
export function ogCard(body: string): string {
  const { width, height } = OG_SIZE;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<style>${LIGHT_CSS}</style><rect width="${width}" height="${height}" fill="${LIGHT['chart-bg']}"/>` +
    `<rect x="0" y="0" width="${width}" height="12" fill="${LIGHT['c-ks']}"/>${body}</svg>`
  );
}

/** A card as PNG (sharp is loaded only when a picture is built). */
export async function cardPng(svg: string): Promise<ArrayBuffer> {
  const { default: sharp } = await import('sharp');
  const buf = await sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true }).toBuffer();
  return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
}

export function ogSvg(lang: Lang): string {
  const title = t(lang, 'site.title');
  const kicker = t(lang, 'site.kicker');
  const lines = wrap(title, 52, 520);
  const text = [
    `<text x="56" y="96" font-size="24" fill="${LIGHT['c-ks']}" font-family='${FONT}'>${esc(kicker)}</text>`,
    ...lines.map((l, i) => `<text x="56" y="${170 + i * 66}" font-size="52" font-weight="800" fill="${LIGHT['chart-ink']}" font-family='${FONT}'>${esc(l)}</text>`),
  ];
  const chart = placeChart(sceneToSvg(scene('gmv-timeline', lang, 'hindsight', 'wide'), { label: '' }), 600, 150, 560, 386);
  return ogCard(text.join('') + chart);
}

export const ogPng = (lang: Lang): Promise<ArrayBuffer> => cardPng(ogSvg(lang));
