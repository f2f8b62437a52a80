/** Whom the late-payment rules protect: a business (Law of 2 Aug 2002) or a consumer (Book XIX). */
export type CustomerKind = 'b2b' | 'b2c';

/**
 * A customer with a VAT or enterprise number acts as a business; anyone else is treated as a
 * consumer (DOMAIN §9, inferred rule). Erring towards "consumer" is the safe side: a business
 * wrongly treated as one only gets the gentler rules.
 */
export function customerKind(customer: {
  vatNumber?: string | null;
  enterpriseNumber?: string | null;
}): CustomerKind {
  const has = (value: string | null | undefined) => Boolean(value?.trim());
  return has(customer.vatNumber) || has(customer.enterpriseNumber) ? 'b2b' : 'b2c';
}
