/**
 * Request paths (`lines.3.discount.value`, `settlementDiscount.days`) as paths of the editor's
 * values (`lines.5.discountValue`, `settlementDays`). `lineIndexes` maps the index of a line in
 * the request to its index in the form, since blank lines are not sent.
 */
export function toFormPath(path: string, lineIndexes?: readonly number[]): string {
  const line = /^lines\.(\d+)(?:\.(.*))?$/.exec(path);
  if (line) {
    const index = Number(line[1]);
    const formIndex = lineIndexes ? (lineIndexes[index] ?? index) : index;
    const field = line[2] ?? '';
    if (field.startsWith('discount')) return `lines.${formIndex}.discountValue`;
    if (field === '' || field === 'productId' || field === 'kind')
      return `lines.${formIndex}.description`;
    return `lines.${formIndex}.${field}`;
  }
  if (path.startsWith('discount')) return 'discountValue';
  // The picker answers for the customer's addresses; the typed inputs for a typed one.
  if (path === 'deliveryAddress' || /^deliveryAddress\.(source|contactAddressId)$/.test(path))
    return 'deliveryChoice';
  if (path.startsWith('deliveryAddress.')) return `deliveryTyped.${path.slice(16)}`;
  if (path === 'settlementDiscount.days') return 'settlementDays';
  if (path.startsWith('settlementDiscount')) return 'settlementPercent';
  return path;
}
