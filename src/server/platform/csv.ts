/**
 * CSV the way Belgian spreadsheets open it: UTF-8 with a byte-order mark, `;` separators (the
 * list separator of French and Dutch locales), CRLF line ends, RFC 4180 quoting. Cells that a
 * spreadsheet would run as a formula are prefixed with `'` (CSV injection).
 */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | null)[])[],
): string {
  const cell = (value: string | number | null): string => {
    if (value === null) return '';
    let text = String(value);
    if (/^[=+\-@\t\r]/.test(text) && typeof value === 'string') text = `'${text}`;
    return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `\uFEFF${[header, ...rows].map((row) => row.map(cell).join(';')).join('\r\n')}\r\n`;
}
