// The chart frame's aspect ratio is set in CSS (so the page reserves the space before any script)
// and in each chart's definition (the size the build renders at). They must agree.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtCharts, definition } from '../../../src/charts/build.ts';
import { CHART_IDS } from '../../../src/charts/registry.ts';

const css = readFileSync('src/styles/scrolly.css', 'utf8');

describe('chart frames', () => {
  it('every chart the registry names is built', () => {
    expect(builtCharts().sort()).toEqual([...CHART_IDS].sort());
  });
  for (const id of CHART_IDS) {
    it(`${id}: CSS aspect ratios equal the definition's`, () => {
      const m = new RegExp(`\\.chart\\[data-chart="${id}"\\]\\s*\\{\\s*--chart-ar-narrow:\\s*([\\d.]+);\\s*--chart-ar-wide:\\s*([\\d.]+);`).exec(css);
      expect(m, `add .chart[data-chart="${id}"] { --chart-ar-narrow: …; --chart-ar-wide: …; } to src/styles/scrolly.css`).not.toBeNull();
      expect(Number(m![1])).toBe(definition(id).aspect.narrow);
      expect(Number(m![2])).toBe(definition(id).aspect.wide);
    });
  }
});
