/**
 * Header hygiene. Addresses reach here validated by the contract (no spaces, commas, angle
 * brackets or line breaks); display names and subjects come from company data and templates, so
 * every control character is replaced here once more: a header can never be split in two.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f\u2028\u2029]+/g;

export function cleanHeaderText(value: string, max = 300): string {
  return value.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim().slice(0, max);
}

/** Display names also lose quotes and angle brackets, which could open an address of their own. */
export function cleanDisplayName(value: string | null | undefined): string | null {
  if (!value) return null;
  const cleaned = cleanHeaderText(value.replace(/["<>\\]/g, ''), 100);
  return cleaned || null;
}

const ADDRESS =
  /^[^\s<>()[\]\\,;:"@]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

/** A bare address as the contract accepts them: nothing that could be read as two. */
export function isSafeAddress(value: string): boolean {
  return value.length <= 254 && ADDRESS.test(value);
}

/** `Facto <no-reply@facto.be>` or `no-reply@facto.be` (FACTO_MAIL_FROM). */
export function parseMailbox(value: string): { name: string | null; address: string } {
  const match = /^(.*?)\s*<([^<>]+)>$/.exec(value.trim());
  const address = (match?.[2] ?? value).trim();
  if (!isSafeAddress(address)) throw new Error(`Not an e-mail address: ${address}`);
  return { name: cleanDisplayName(match?.[1] ?? null), address };
}

/** The domain of the Message-ID: the sender's. */
export function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1) || 'facto.local';
}
