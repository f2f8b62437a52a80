import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  base32Decode,
  base32Encode,
  generateTotpSecret,
  hotp,
  otpauthUri,
  totp,
  totpStep,
  verifyTotp,
  type HashAlgorithm,
} from './totp.js';

const run = promisify(execFile);

/** RFC 6238 appendix B: the seeds are ASCII digits repeated to the hash's length. */
const SEEDS: Record<HashAlgorithm, Buffer> = {
  sha1: Buffer.from('12345678901234567890'),
  sha256: Buffer.from('12345678901234567890123456789012'),
  sha512: Buffer.from('1234567890123456789012345678901234567890123456789012345678901234'),
};

const RFC6238: [seconds: number, sha1: string, sha256: string, sha512: string][] = [
  [59, '94287082', '46119246', '90693936'],
  [1111111109, '07081804', '68084774', '25091201'],
  [1111111111, '14050471', '67062674', '99943326'],
  [1234567890, '89005924', '91819424', '93441116'],
  [2000000000, '69279037', '90698825', '38618901'],
  [20000000000, '65353130', '77737706', '47863826'],
];

describe('TOTP (RFC 6238 test vectors)', () => {
  it.each(RFC6238)('at %i s', (seconds, sha1, sha256, sha512) => {
    const ms = seconds * 1000;
    expect(totp(SEEDS.sha1, ms, 8, 'sha1')).toBe(sha1);
    expect(totp(SEEDS.sha256, ms, 8, 'sha256')).toBe(sha256);
    expect(totp(SEEDS.sha512, ms, 8, 'sha512')).toBe(sha512);
  });

  it('computes the RFC 4226 HOTP values (appendix D)', () => {
    const expected = [
      '755224',
      '287082',
      '359152',
      '969429',
      '338314',
      '254676',
      '287922',
      '162583',
      '399871',
      '520489',
    ];
    expect(expected.map((_, counter) => hotp(SEEDS.sha1, counter))).toEqual(expected);
  });
});

describe('base32 (RFC 4648 test vectors, unpadded)', () => {
  const vectors: [string, string][] = [
    ['', ''],
    ['f', 'MY'],
    ['fo', 'MZXQ'],
    ['foo', 'MZXW6'],
    ['foob', 'MZXW6YQ'],
    ['fooba', 'MZXW6YTB'],
    ['foobar', 'MZXW6YTBOI'],
  ];
  it.each(vectors)('%j ↔ %s', (plain, encoded) => {
    expect(base32Encode(Buffer.from(plain))).toBe(encoded);
    expect(base32Decode(encoded).toString()).toBe(plain);
  });

  it('reads secrets typed in lower case, with spaces and padding; refuses other characters', () => {
    expect(base32Decode('mzxw 6ytb oi======').toString()).toBe('foobar');
    expect(() => base32Decode('MZXW1')).toThrow();
  });
});

describe('secrets and verification', () => {
  it('creates 160-bit secrets that agree with oathtool', async () => {
    const secret = generateTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(base32Decode(secret)).toHaveLength(20);
    expect(generateTotpSecret()).not.toBe(secret);
    for (const seconds of [0, 1_700_000_000, 1_800_000_029, 1_800_000_030]) {
      const { stdout } = await run('oathtool', ['--totp', '-b', `--now=@${seconds}`, secret]);
      expect(totp(base32Decode(secret), seconds * 1000)).toBe(stdout.trim());
    }
  });

  it('accepts the previous, current and next step only, and returns the step matched', () => {
    const secret = generateTotpSecret();
    const key = base32Decode(secret);
    const now = 1_800_000_015_000;
    const step = totpStep(now);
    for (const offset of [-1, 0, 1]) {
      const code = hotp(key, step + offset);
      expect(verifyTotp(secret, code, now, null)).toBe(step + offset);
    }
    for (const offset of [-2, 2]) {
      // Almost always a mismatch; guard the one-in-a-million collision with a nearer step.
      const code = hotp(key, step + offset);
      const near = [-1, 0, 1].some((o) => hotp(key, step + o) === code);
      if (!near) expect(verifyTotp(secret, code, now, null)).toBeNull();
    }
  });

  it('never accepts a step at or before the last one used (no replay)', () => {
    const secret = generateTotpSecret();
    const key = base32Decode(secret);
    const now = 1_800_000_015_000;
    const step = totpStep(now);
    expect(verifyTotp(secret, hotp(key, step), now, step)).toBeNull();
    expect(verifyTotp(secret, hotp(key, step - 1), now, step - 1)).toBeNull();
    expect(verifyTotp(secret, hotp(key, step + 1), now, step)).toBe(step + 1);
  });

  it('refuses codes that are not six digits', () => {
    const secret = generateTotpSecret();
    for (const code of ['', '12345', '1234567', 'abcdef', '12 34 5']) {
      expect(verifyTotp(secret, code, Date.now(), null)).toBeNull();
    }
    const code = totp(base32Decode(secret), 1_800_000_000_000);
    expect(
      verifyTotp(secret, `${code.slice(0, 3)} ${code.slice(3)}`, 1_800_000_000_000, null),
    ).toBe(totpStep(1_800_000_000_000));
  });

  it('builds the otpauth URI authenticator apps read', () => {
    expect(
      otpauthUri({ issuer: 'Facto', account: 'marie@dupont.be', secret: 'JBSWY3DPEHPK3PXP' }),
    ).toBe(
      'otpauth://totp/Facto:marie%40dupont.be?secret=JBSWY3DPEHPK3PXP&issuer=Facto&algorithm=SHA1&digits=6&period=30',
    );
  });
});
