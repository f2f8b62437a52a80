import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSecretBox, loadSecretKey } from './secrets.js';

describe('secret box', () => {
  it('round-trips, never stores the clear text, and refuses a tampered value', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'facto-secrets-'));
    const key = loadSecretKey(dir, undefined);
    expect(loadSecretKey(dir, undefined).equals(key)).toBe(true);
    expect(fs.statSync(path.join(dir, 'secret.key')).mode & 0o777).toBe(0o600);
    const box = createSecretBox(key);
    const sealed = box.seal('api-secret-ü');
    expect(sealed).not.toContain('api-secret');
    expect(box.seal('api-secret-ü')).not.toBe(sealed);
    expect(box.open(sealed)).toBe('api-secret-ü');
    const parts = sealed.split('.');
    parts[3] = Buffer.from('other').toString('base64url');
    expect(() => box.open(parts.join('.'))).toThrow();
    expect(() =>
      createSecretBox(loadSecretKey(dir, Buffer.alloc(32, 1).toString('base64'))).open(sealed),
    ).toThrow();
    expect(() => loadSecretKey(dir, 'c2hvcnQ=')).toThrow(/32 bytes/);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
