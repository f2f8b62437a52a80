/** BIC (ISO 9362): 4-letter institution, 2-letter country, 2-character location, optional branch. */
export function normalizeBic(input: string): string {
  return input.toUpperCase().replace(/\s/g, '');
}

export function isValidBic(input: string): boolean {
  return /^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(normalizeBic(input));
}
