// What the chart tests draw: a chart's scene in a state, language and width, at the height the
// page gives it (its aspect ratio for that layout), from the same prepared data and strings the
// build uses (src/charts/build.ts). Shared by tests/unit/charts/charts.test.ts (every chart) and
// the per-chart content tests.
import { definition, prepare } from '../../../src/charts/build.ts';
import { layoutAt } from '../../../src/charts/layout.ts';
import type { Scene } from '../../../src/charts/types.ts';
import type { Lang } from '../../../src/i18n/index.ts';

export function sceneAt(id: string, lang: Lang, state: string, width: number): Scene {
  const def = definition(id);
  const height = Math.round(width / def.aspect[layoutAt(width)]);
  const p = prepare(id, lang);
  return def.render(p.data, state, { lang, width, height, strings: p.strings });
}

export const byKey = (s: Scene, key: string) => s.marks.find((m) => m.key === key);
export const texts = (s: Scene) => s.marks.filter((m) => m.tag === 'text');
