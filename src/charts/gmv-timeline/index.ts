// The GMV timeline's build-time definition: data, table, sources and strings.
import type { ChartDefinition } from '../definition.ts';
import { formatFigure, formatPeriod } from '../../i18n/format.ts';
import { allFigureIds, buildGmvData, type GmvData } from './data.ts';
import { render } from './render.ts';
import { manifest } from './manifest.ts';

export const gmvTimeline: ChartDefinition<GmvData> = {
  id: manifest.id,
  states: manifest.states,
  aspect: manifest.aspect,
  buildData(data, lang, strings) {
    // Values are formatted here, at build time, with the language's unit patterns.
    return buildGmvData(data, (id) => formatFigure(data.figures[id]!, lang, strings));
  },
  table(data, lang, strings) {
    const head = [strings['chart.figure'] ?? '', strings['chart.period'] ?? '', strings['chart.value'] ?? ''];
    const rows = allFigureIds().map((id) => {
      const f = data.figures[id]!;
      return { cells: [f.label[lang], formatPeriod(f.period, lang, strings), formatFigure(f, lang, strings)], source: f.source };
    });
    return { head, rows };
  },
  sources(data) {
    return [...new Set(allFigureIds().flatMap((id) => data.figures[id]?.source ?? []))];
  },
  contents: () => ({ figures: allFigureIds(), events: [] }),
  render,
};

export default gmvTimeline;
