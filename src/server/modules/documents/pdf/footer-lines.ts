/** The separator between the parts of the footer. */
export const FOOTER_SEPARATOR = ' · ';

/**
 * Packs the footer's parts (name, address, enterprise number, IBAN…) into lines no wider than
 * `width`: a line breaks between parts, never inside one, so an IBAN is always read whole. Only
 * a part wider than a whole line on its own is broken, between its words.
 */
export function footerLines(
  parts: readonly string[],
  width: number,
  measure: (text: string) => number,
): string[] {
  const lines: string[] = [];
  let current = '';
  const place = (piece: string, separator: string) => {
    const candidate = current ? `${current}${separator}${piece}` : piece;
    if (!current || measure(candidate) <= width) {
      current = candidate;
      return;
    }
    lines.push(current);
    current = piece;
  };
  for (const part of parts) {
    if (measure(part) <= width) {
      place(part, FOOTER_SEPARATOR);
      continue;
    }
    // Too long for any line: it starts a line of its own and wraps between its words.
    if (current) lines.push(current);
    current = '';
    for (const word of part.split(' ')) place(word, ' ');
  }
  if (current) lines.push(current);
  return lines;
}
