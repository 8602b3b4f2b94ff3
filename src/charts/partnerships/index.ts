// The partnerships chart's build-time definition: data, table, sources and strings.
import { eventFigures, type ChartDefinition } from '../definition.ts';
import { formatDate, formatFigure } from '../../i18n/format.ts';
import { buildPartnershipsData, dateText, EVENT_IDS, partnershipsSources, pickEvents, whenOf, type Formatters, type PartnershipsData } from './data.ts';
import { render } from './render.ts';
import { manifest } from './manifest.ts';
import type { StoryData } from '../../data/load.ts';
import type { Lang } from '../../i18n/langs.ts';

const formatters = (data: StoryData, lang: Lang, strings: Record<string, string>): Formatters => ({
  figure: (id) => formatFigure(data.figures[id]!, lang, strings),
  date: (iso) => formatDate(iso, lang),
});

export const partnerships: ChartDefinition<PartnershipsData> = {
  id: manifest.id,
  states: manifest.states,
  aspect: manifest.aspect,
  buildData(data, lang, strings) {
    // Dates and values are formatted here, at build time, in the language's own style.
    return buildPartnershipsData(data, lang, strings, formatters(data, lang, strings));
  },
  table(data, lang, strings) {
    const f = formatters(data, lang, strings);
    const s = (k: string) => strings[k] ?? '';
    const head = [s('chart.date'), s('chart.event'), s('chart.value'), s('chart.note')];
    const rows = pickEvents(data).map((ev) => {
      const uncertain = whenOf(ev).uncertain;
      const note = [
        uncertain ? s('charts.partnerships.table.uncertain') : '',
        ev.dateNote?.[lang] ?? '',
        ...ev.figures.map((id) => data.figures[id]!.note?.[lang] ?? ''),
      ].filter(Boolean).join(' ');
      return {
        cells: [dateText(ev, strings, f), ev.label[lang], ev.figures.map(f.figure).join(s('chart.listSep')), note],
        source: [...new Set([...ev.source, ...ev.figures.flatMap((id) => data.figures[id]!.source)])],
      };
    });
    return { head, rows };
  },
  sources: partnershipsSources,
  contents: (data) => ({ figures: eventFigures(data, EVENT_IDS), events: [...EVENT_IDS] }),
  render,
};

export default partnerships;
