// CSV writing for the downloads (src/files/dataset.ts): UTF-8 with a byte order mark so that Excel
// opens Chinese text correctly; RFC 4180 quoting and CRLF line ends.

export const BOM = '\uFEFF';

/** Quotes a cell when it holds a delimiter, a quote or a line break (RFC 4180). */
export function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export const csvRow = (cells: readonly string[]) => cells.map(csvCell).join(',');
