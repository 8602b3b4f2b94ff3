// The whole story's figures in one CSV, both languages' labels and notes side by side.
import type { APIRoute } from 'astro';
import { builtCharts } from '../../charts/build.ts';
import { getData } from '../../content/story.ts';
import { rowsToCsv, storyRows } from '../../files/dataset.ts';
import { LANGS } from '../../i18n/langs.ts';

export const GET: APIRoute = () =>
  new Response(rowsToCsv(storyRows(getData(), builtCharts()), LANGS), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
