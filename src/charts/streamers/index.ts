// The streamers chart's build-time definition: data, table, sources and strings.
import { eventFigures, type ChartDefinition } from '../definition.ts';
import type { TableRow } from '../types.ts';
import { formatDate, formatFigure, formatPeriod } from '../../i18n/format.ts';
import { fmt } from '../text.ts';
import { ARTICLE_SOURCE, CONTEXT_FIGURES, allEventIds, allFigureIds, buildStreamersData, timeOf, type StreamersData } from './data.ts';
import { render } from './render.ts';
import { manifest } from './manifest.ts';

export const streamers: ChartDefinition<StreamersData> = {
  id: manifest.id,
  states: manifest.states,
  aspect: manifest.aspect,
  buildData(data, lang, strings) {
    // Values and dates are formatted here, at build time, with the language's patterns.
    return buildStreamersData(data, lang, {
      figure: (id) => formatFigure(data.figures[id]!, lang, strings),
      period: (period) => formatPeriod(period, lang, strings),
      date: (iso) => formatDate(iso, lang),
      range: (from, to) => fmt(strings, 'charts.streamers.range', { from, to }),
      undated: (date) => fmt(strings, 'charts.streamers.undated', { date }),
    }, strings);
  },
  table(data, lang, strings) {
    const head = [strings['chart.event'] ?? '', strings['chart.date'] ?? '', strings['charts.streamers.table.measure'] ?? '', strings['chart.value'] ?? ''];
    const events = allEventIds()
      .map((id) => data.events.find((e) => e.id === id)!)
      .sort((a, b) => timeOf(a.date).start - timeOf(b.date).start);
    const rows: (TableRow & { t: number })[] = events.flatMap((e) => {
      const t = timeOf(e.date).start;
      const date = formatDate(e.date, lang) + (e.dateNote ? ` (${e.dateNote[lang]})` : '');
      const figs = [...e.figures, ...Object.keys(CONTEXT_FIGURES).filter((id) => CONTEXT_FIGURES[id] === e.id)];
      if (!figs.length) return [{ t, cells: [e.label[lang], date, '', ''], source: e.source }];
      return figs.map((id) => {
        const f = data.figures[id]!;
        return { t, cells: [e.label[lang], date, f.label[lang], formatFigure(f, lang, strings)], source: f.source };
      });
    });
    const article = data.sources[ARTICLE_SOURCE]!;
    // The article's publication, in its place in time: what came after it, it could not know.
    rows.push({ t: timeOf(article.date).start, cells: [strings['charts.streamers.published'] ?? '', formatDate(article.date, lang), article.title, ''], source: [ARTICLE_SOURCE] });
    rows.sort((a, b) => a.t - b.t);
    return { head, rows: rows.map(({ cells, source }) => ({ cells, source })) };
  },
  sources(data) {
    const ids = allEventIds().map((id) => data.events.find((e) => e.id === id)!);
    const figs = [...ids.flatMap((e) => e.figures), ...Object.keys(CONTEXT_FIGURES)];
    return [...new Set([...ids.flatMap((e) => e.source), ...figs.flatMap((id) => data.figures[id]?.source ?? []), ARTICLE_SOURCE])];
  },
  contents(data) {
    const events = [...new Set(allEventIds())];
    return { figures: [...allFigureIds(), ...Object.keys(CONTEXT_FIGURES), ...eventFigures(data, events)], events };
  },
  render,
};

export default streamers;
