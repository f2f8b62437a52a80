import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Ten codes per user, each usable once, for a lost phone. */
export const RECOVERY_CODE_COUNT = 10;

const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

/**
 * A recovery code: 16 characters from a 32-letter alphabet without look-alikes (l, o, 0, 1),
 * so 80 random bits, shown as `xxxx-xxxx-xxxx-xxxx`.
 */
export function generateRecoveryCode(): string {
  const bytes = randomBytes(16);
  let code = '';
  for (const byte of bytes) code += ALPHABET[byte & 31];
  return code.match(/.{4}/g)?.join('-') ?? code;
}

/** What people type: case, spaces and dashes do not matter. */
export function normalizeRecoveryCode(code: string): string {
  return code.replace(/[\s-]/g, '').toLowerCase();
}

/**
 * SHA-256 of the user id and the code. A slow hash protects guessable secrets; 80 random bits
 * cannot be searched even at billions of SHA-256 per second, so a fast hash is enough, and the
 * user id keeps equal codes of two users apart.
 */
export function hashRecoveryCode(userId: string, code: string): Buffer {
  return createHash('sha256')
    .update(`${userId}:${normalizeRecoveryCode(code)}`)
    .digest();
}

/**
 * The id of the stored code that matches, comparing every digest in constant time (equal-length
 * SHA-256 digests), so response times say nothing about how close a guess was.
 */
export function matchRecoveryCode(
  stored: readonly { id: string; codeHash: string }[],
  userId: string,
  code: string,
): string | null {
  const candidate = hashRecoveryCode(userId, code);
  let matched: string | null = null;
  for (const row of stored) {
    const digest = Buffer.from(row.codeHash, 'hex');
    if (digest.length === candidate.length && timingSafeEqual(digest, candidate) && !matched)
      matched = row.id;
  }
  return matched;
}
