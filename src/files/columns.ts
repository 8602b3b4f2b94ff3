// The data downloads' columns (src/files/dataset.ts), on their own so the browser tests can read them
// without the build (dataset.ts reaches every chart's definition through src/charts/build.ts).

import type { Lang } from '../i18n/langs.ts';

/** The columns, in file order, with what each holds (the data dictionary). `{l}` is a language. */
export const COLUMNS = [
  'kind', 'id', 'label', 'period', 'period_start', 'period_end', 'value', 'scale', 'unit', 'qualifier', 'confidence', 'note', 'related',
  'source_id', 'source_title', 'source_publisher', 'source_date', 'source_url',
] as const;
export type Column = (typeof COLUMNS)[number];

/** The header: label and note get a language suffix when the file holds both languages. */
export function header(langs: readonly Lang[]): string[] {
  return COLUMNS.flatMap((c) => (langs.length > 1 && (c === 'label' || c === 'note') ? langs.map((l) => `${c}_${l}`) : [c]));
}
