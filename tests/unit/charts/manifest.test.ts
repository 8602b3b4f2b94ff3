// One manifest per chart (src/charts/<id>/manifest.ts), and everything else agrees with it: the list
// of charts (found from the folders, by src/charts/manifests.ts for the site and by tests/e2e/charts.ts
// for the browser tests, with no list to keep by hand), the content check's states, the build's definitions and sizes, the browser's loader, the
// page CSS (aspect ratios generated into virtual:chart-theme.css) and the locale strings.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILD_SIZES, builtCharts, definition, sizeFor } from '../../../src/charts/build.ts';
import { aspectCss, CHART_THEME_CSS, chartTheme, chartThemeCss } from '../../../src/charts/css.ts';
import { MANIFESTS } from '../../../src/charts/manifests.ts';
import { PALETTE } from '../../../src/charts/palette.ts';
import { CHARTS } from '../../../src/charts/registry.ts';
import { CHART_IDS as E2E_CHART_IDS, statesOf as e2eStatesOf } from '../../e2e/charts.ts';
import { eventSchema } from '../../../src/data/schema.ts';
import en from '../../../src/i18n/locales/en.json';
import zh from '../../../src/i18n/locales/zh.json';

const CHARTS_DIR = 'src/charts';
/** Every folder holding any part of a chart: its manifest, its build-time definition or its render code. */
const folders = readdirSync(CHARTS_DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory() && ['manifest.ts', 'index.ts', 'render.ts'].some((f) => existsSync(`${CHARTS_DIR}/${d.name}/${f}`)))
  .map((d) => d.name);

const lookup = (tree: unknown, key: string): unknown => key.split('.').reduce<unknown>((n, k) => (n && typeof n === 'object' ? (n as Record<string, unknown>)[k] : undefined), tree);

describe('chart manifests', () => {
  it('finds the chart folders', () => {
    expect(folders.length).toBeGreaterThan(0);
  });

  for (const folder of folders) {
    it(`${folder}: has its manifest, its definition and its render code, and the site finds it`, async () => {
      for (const file of ['manifest.ts', 'index.ts', 'render.ts']) {
        expect(existsSync(`${CHARTS_DIR}/${folder}/${file}`), `add src/charts/${folder}/${file} (see content/README.md, "Adding a chart")`).toBe(true);
      }
      const { manifest } = (await import(`../../../src/charts/${folder}/manifest.ts`)) as { manifest: { id: string } };
      expect(manifest.id, `src/charts/${folder}/manifest.ts: id must be the folder's name`).toBe(folder);
      expect(MANIFESTS.map((m) => m.id)).toContain(folder);
    });
  }

  it('lists each chart once, each with a folder, in order of id', () => {
    const ids = MANIFESTS.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...folders].sort());
  });

  it('the browser tests find the same charts, in the same order, with the same states', () => {
    expect(E2E_CHART_IDS).toEqual(MANIFESTS.map((m) => m.id));
    for (const m of MANIFESTS) expect(e2eStatesOf(m.id)).toEqual(m.states);
  });

  for (const m of MANIFESTS) {
    describe(m.id, () => {
      it('the content check knows its states, and the build renders them', () => {
        expect(CHARTS[m.id]).toEqual(m.states);
        expect(builtCharts()).toContain(m.id);
        expect(definition(m.id).states).toEqual(m.states);
        expect(new Set(m.states).size).toBe(m.states.length);
      });

      it('the build renders at its aspect ratios, and the page CSS reserves the same', () => {
        expect(definition(m.id).aspect).toEqual(m.aspect);
        for (const layout of ['narrow', 'wide'] as const) {
          expect(sizeFor(m.id, layout)).toEqual({ width: BUILD_SIZES[layout], height: Math.round(BUILD_SIZES[layout] / m.aspect[layout]) });
        }
        const rule = new RegExp(`\\.chart\\[data-chart="${m.id}"\\]\\s*\\{\\s*--chart-ar-narrow:\\s*([\\d.]+);\\s*--chart-ar-wide:\\s*([\\d.]+);\\s*\\}`).exec(chartThemeCss());
        expect(rule, `no aspect rule for ${m.id} in ${CHART_THEME_CSS}`).not.toBeNull();
        expect(Number(rule![1])).toBe(m.aspect.narrow);
        expect(Number(rule![2])).toBe(m.aspect.wide);
      });

      it('the browser can load its render code', async () => {
        const mod = await m.load();
        expect(typeof mod.render).toBe('function');
      });

      it('its strings are in both locale files, each state described', () => {
        expect(m.strings).toBe(`charts.${m.id}`);
        for (const [lang, tree] of [['zh', zh], ['en', en]] as const) {
          for (const key of ['title', 'caption', ...m.states.map((s) => `states.${s}`)]) {
            expect(typeof lookup(tree, `${m.strings}.${key}`), `add "${m.strings}.${key}" to src/i18n/locales/${lang}.json`).toBe('string');
          }
        }
      });
    });
  }

  it('the data schema accepts exactly the event tracks and kinds the manifests name', () => {
    const base = { id: 'x', date: '2020', actors: ['a'], label: { zh: '甲', en: 'a' }, source: ['s'], confidence: 'verified' };
    for (const m of MANIFESTS) {
      if (!m.events) continue;
      for (const kind of m.events.kinds) expect(eventSchema.safeParse({ ...base, track: m.events.track, kind }).success).toBe(true);
    }
    expect(eventSchema.safeParse({ ...base, track: 'gmv-timeline', kind: 'record' }).success).toBe(false);
    expect(eventSchema.safeParse({ ...base, track: 'streamers', kind: 'no-such-kind' }).success).toBe(false);
  });
});

describe('page CSS from the manifests and the palette', () => {
  it('no chart aspect ratio is hand-copied into the stylesheets', () => {
    for (const file of readdirSync('src/styles').filter((f) => f.endsWith('.css'))) {
      expect(readFileSync(`src/styles/${file}`, 'utf8'), `src/styles/${file}`).not.toMatch(/--chart-ar-(narrow|wide)\s*:/);
    }
    expect(aspectCss().split('\n')).toHaveLength(MANIFESTS.length);
  });

  it('every page gets virtual:chart-theme.css (the layout imports it, the config serves it)', async () => {
    expect(readFileSync('src/layouts/Base.astro', 'utf8')).toContain(`import '${CHART_THEME_CSS}';`);
    expect(readFileSync('astro.config.mjs', 'utf8')).toMatch(/plugins:\s*\[[^\]]*chartTheme\(\)/);
    const plugin = chartTheme() as unknown as { resolveId: (id: string) => string | undefined; load: (id: string) => string | undefined };
    expect(plugin.load(plugin.resolveId(CHART_THEME_CSS)!)).toBe(chartThemeCss());
  });

  it('the palette names the same colours light and dark, and covers every colour the marks use', () => {
    expect(Object.keys(PALETTE.dark)).toEqual(Object.keys(PALETTE.light));
    const marks = readFileSync('src/styles/chart-marks.css', 'utf8');
    for (const [, name] of marks.matchAll(/var\(--([\w-]+)\)/g)) expect(Object.keys(PALETTE.light), `--${name}`).toContain(name);
    expect(marks).not.toMatch(/#[0-9a-f]{3,6}\b/i);
  });
});
