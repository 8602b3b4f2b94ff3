// The embed helpers: CSV quoting, embed code, oEmbed, the height kept before an embed loads, and
// the light-scheme CSS the PNG renderer needs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtCharts, definition } from '../../src/charts/build.ts';
import { csvCell } from '../../src/files/csv.ts';
import { LIGHT_CSS, pictureSvg } from '../../src/files/png.ts';
import { withLightColours } from '../../src/charts/palette.ts';
import { embedUrl, iframeCode, oembed, reservedHeight, scriptCode, type EmbedInfo } from '../../src/embed/snippets.ts';

const info: EmbedInfo = {
  origin: 'https://example.org',
  lang: 'en',
  chart: 'gmv-timeline',
  title: 'Kuaishou "chasing" <Pinduoduo> & co',
  aspect: { narrow: 1, wide: 1.45 },
  image: { path: '/img/en/gmv-timeline/launch.png', alt: 'A "bar" chart', width: 1360, height: 1194 },
  storyUrl: 'https://example.org/en/#gmv-timeline--launch',
};

describe('CSV', () => {
  it('quotes cells with commas, quotes and line breaks, and nothing else', () => {
    expect(csvCell('RMB 1,096bn')).toBe('"RMB 1,096bn"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('a\nb')).toBe('"a\nb"');
    expect(csvCell('1,096亿元')).toBe('"1,096亿元"');
    expect(csvCell('快手')).toBe('快手');
  });
});

describe('embed code', () => {
  it('points the iframe at the embed page and escapes the title', () => {
    const code = iframeCode(info);
    expect(code).toContain('src="https://example.org/en/embed/gmv-timeline/"');
    expect(code).toContain('title="Kuaishou &quot;chasing&quot; &lt;Pinduoduo&gt; &amp; co"');
    expect(code).toMatch(/scrolling="no"/);
    expect(code).not.toMatch(/\sstyle=/);
  });

  it("hardens the height listener: our origin, numbers in range", () => {
    const code = iframeCode(info);
    expect(code).toContain('e.origin!=="https://example.org"');
    expect(code).toContain('typeof h==="number"&&h>=50&&h<=8000');
  });

  it('builds the loader snippet with a <noscript> picture and the state when given', () => {
    const code = scriptCode({ ...info, state: 'race' });
    expect(code).toMatch(/^<div data-story-chart="gmv-timeline" data-lang="en" data-state="race" data-title="Kuaishou &quot;chasing&quot;/);
    expect(code).toContain('<noscript><a href="https://example.org/en/#gmv-timeline--launch"><img src="https://example.org/img/en/gmv-timeline/launch.png" alt="A &quot;bar&quot; chart"');
    expect(code).toContain('<script src="https://example.org/embed.js" async></script>');
    expect(embedUrl({ ...info, state: 'race' })).toBe('https://example.org/en/embed/gmv-timeline/?state=race');
  });

  it('answers oEmbed with a rich type, the iframe and a thumbnail', () => {
    const o = oembed(info, { name: 'Story', url: 'https://example.org/en/' });
    expect(o).toMatchObject({ version: '1.0', type: 'rich', width: 640, thumbnail_width: 1360, provider_name: 'Story' });
    expect(o.html).toBe(iframeCode(info));
    expect(o.height).toBe(reservedHeight(640, info.aspect));
  });
});

// /embed.js runs reservedHeight() itself (bundled from src/embed/loader.ts): tests/unit/embed-loader.test.ts.
describe('height kept before load', () => {
  it('grows with the frame and stays in a sane range', () => {
    const a = { narrow: 1, wide: 1.45 };
    expect(reservedHeight(320, a)).toBeGreaterThan(600);
    expect(reservedHeight(1200, a)).toBeGreaterThan(reservedHeight(800, a));
    for (const w of [280, 600, 1200]) expect(reservedHeight(w, a)).toBeLessThan(1400);
  });
});

describe('PNG pictures', () => {
  it('take the light palette as plain CSS that librsvg understands', () => {
    // Under Vitest, CSS imports (even ?raw) come back empty, so the marks come from disk here.
    const marks = readFileSync(new URL('../../src/styles/chart-marks.css', import.meta.url), 'utf8');
    const css = withLightColours(marks);
    expect(css).not.toMatch(/var\(/);
    expect(css).toContain('svg .c-ks { fill: #c2410c; }');
    expect(LIGHT_CSS).not.toMatch(/var\(|@media|data-theme|:root/);
  });

  it('carry title, chart and sources for every built chart', () => {
    for (const chart of builtCharts()) {
      const { svg, width, height } = pictureSvg(chart, 'zh', definition(chart).states[0]!, 'example.org/zh/');
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      expect(svg).toContain('来源');
      expect(svg).toContain('example.org/zh/');
      expect(width).toBeGreaterThan(600);
      expect(height).toBeGreaterThan(300);
    }
  });
});
