// The whole story's figures in one JSON file: the rows of story.csv with named fields, plus every
// source and every dated event, so nothing needs the site to be understood.
import type { APIRoute } from 'astro';
import { builtCharts } from '../../charts/build.ts';
import { getData } from '../../content/story.ts';
import { rowsToJson, sourceCell, storyRows } from '../../files/dataset.ts';
import { LANGS, t } from '../../i18n/index.ts';
import { absolute, dataGuidePath, storyPath } from '../../i18n/routes.ts';

export const GET: APIRoute = ({ site }) => {
  const data = getData();
  const json = rowsToJson(storyRows(data, builtCharts()), {
    title: Object.fromEntries(LANGS.map((l) => [l, t(l, 'site.title')])),
    story: Object.fromEntries(LANGS.map((l) => [l, absolute(site, storyPath(l))])),
    dictionary: Object.fromEntries(LANGS.map((l) => [l, absolute(site, dataGuidePath(l))])),
    sources: Object.keys(data.sources).map((id) => sourceCell(data, id)),
    events: data.events.map((e) => ({ id: e.id, date: e.date, track: e.track, kind: e.kind, label: e.label, figures: e.figures, source: e.source, confidence: e.confidence })),
  });
  return new Response(json, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
