/** What a bulk price change applies to: the ticked products, or a whole group. */
export type PriceUpdateTarget =
  | { kind: 'selection'; productIds: string[] }
  | { kind: 'group'; groupId: string; groupName: string };

export function targetRequest(
  target: PriceUpdateTarget,
): { productIds: string[] } | { groupId: string } {
  return target.kind === 'selection'
    ? { productIds: target.productIds }
    : { groupId: target.groupId };
}
