import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { SecretBox } from '../../platform/secrets.js';

/** 256 random bits, base64url (43 characters): the secret a link's URL carries. */
export const newLinkSecret = (): string => randomBytes(32).toString('base64url');

const sha256 = (value: string): Buffer => createHash('sha256').update(value).digest();

/** Links are stored and found by the SHA-256 of their secret, never by the secret itself. */
export const hashLinkSecret = (secret: string): string => sha256(secret).toString('hex');

/** Addresses are compared trimmed and in lower case. */
export const normalizeEmail = (email: string): string => email.trim().toLowerCase();

/**
 * Whether `email` is one of `sentTo`, comparing SHA-256 digests in constant time and always
 * looking at every address (at least one, a dummy when the link is unknown), so neither the
 * answer's time nor its content tells which part was wrong.
 */
export function emailMatches(email: string, sentTo: readonly string[]): boolean {
  const given = sha256(normalizeEmail(email));
  const candidates = sentTo.length > 0 ? sentTo : [''];
  let match = false;
  for (const candidate of candidates) {
    const same = timingSafeEqual(given, sha256(normalizeEmail(candidate)));
    match = (same && candidate !== '') || match;
  }
  return match;
}

/** The cookie that proves the e-mail check was passed for one link, for a short while. */
export const ACCESS_COOKIE = 'facto_doc';
export const ACCESS_TTL_MS = 30 * 60_000;

/** Encrypted and authenticated (AES-256-GCM): the browser can neither read nor forge it. */
export function accessCookieValue(secrets: SecretBox, linkId: string, now: Date): string {
  return secrets.seal(JSON.stringify({ l: linkId, e: now.getTime() + ACCESS_TTL_MS }));
}

export function hasAccess(
  secrets: SecretBox,
  cookie: string | undefined,
  linkId: string,
  now: Date,
): boolean {
  if (!cookie) return false;
  try {
    const value = JSON.parse(secrets.open(cookie)) as { l?: unknown; e?: unknown };
    return value.l === linkId && typeof value.e === 'number' && value.e > now.getTime();
  } catch {
    return false;
  }
}
