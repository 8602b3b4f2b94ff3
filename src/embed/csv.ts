// A chart's data as CSV: the table the reader sees under the chart (same cells, same formatting),
// plus a source column naming the publisher and the source id of every row. UTF-8 with a byte
// order mark so that Excel opens Chinese text correctly; RFC 4180 quoting and CRLF line ends.
import type { ChartTable } from '../charts/types.ts';

export const BOM = '\uFEFF';

/** Quotes a cell when it holds a delimiter, a quote or a line break (RFC 4180). */
export function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export const csvRow = (cells: readonly string[]) => cells.map(csvCell).join(',');

/**
 * @param sourceHead  the source column's heading ("Source" / "来源")
 * @param publisher   source id → publisher name (from content/data/sources.json)
 * @param sep         separator between several sources in one cell ("; " / "；")
 */
export function tableToCsv(table: ChartTable, sourceHead: string, publisher: (id: string) => string, sep: string): string {
  const lines = [csvRow([...table.head, sourceHead])];
  for (const row of table.rows) {
    const source = row.source.map((id) => `${publisher(id)} [${id}]`).join(sep);
    lines.push(csvRow([...row.cells, source]));
  }
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
