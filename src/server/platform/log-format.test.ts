import { describe, expect, it } from 'vitest';
import { formatLogLine } from './log-format.js';

const plain = { color: false, verbose: false };
// 2026-03-02 09:05:07 in this process's time zone.
const time = new Date(2026, 2, 2, 9, 5, 7).getTime();
const line = (entry: Record<string, unknown>) =>
  JSON.stringify({ level: 30, time, pid: 42, hostname: 'vm', ...entry });

describe('log lines at a terminal', () => {
  it('leaves out requests, keeps server errors and slow ones as one short line', () => {
    const request = { reqId: 'x-1', msg: 'request', method: 'GET', url: '/api/v1/me' };
    expect(formatLogLine(line({ ...request, status: 200, ms: 3.2 }), plain)).toBeNull();
    expect(formatLogLine(line({ ...request, status: 304, ms: 1 }), plain)).toBeNull();
    expect(formatLogLine(line({ ...request, status: 401, ms: 2.5 }), plain)).toBeNull();
    expect(formatLogLine(line({ ...request, status: 500, ms: 2.5 }), plain)).toBe(
      '09:05:07 INFO  GET /api/v1/me 500 2.5 ms',
    );
    expect(formatLogLine(line({ ...request, status: 200, ms: 1500 }), plain)).toBe(
      '09:05:07 INFO  GET /api/v1/me 200 1500 ms',
    );
    expect(
      formatLogLine(line({ ...request, status: 200, ms: 3 }), { color: false, verbose: true }),
    ).toBe('09:05:07 INFO  GET /api/v1/me 200 3 ms');
  });

  it('shows other messages with their fields, without pid and hostname', () => {
    expect(
      formatLogLine(
        line({ msg: 'Facto is running on http://localhost:3000', database: 'pglite', ms: 812 }),
        plain,
      ),
    ).toBe('09:05:07 INFO  Facto is running on http://localhost:3000 database=pglite ms=812');
    expect(formatLogLine(line({ msg: 'Server listening at http://127.0.0.1:3000' }), plain)).toBe(
      null,
    );
    expect(formatLogLine(line({ level: 40, msg: 'dist/web is missing' }), plain)).toBe(
      '09:05:07 WARN  dist/web is missing',
    );
    expect(
      formatLogLine(line({ signal: 'SIGTERM', msg: 'shutting down', note: 'a b' }), plain),
    ).toBe('09:05:07 INFO  shutting down signal=SIGTERM note="a b"');
  });

  it('prints an error’s stack indented under its line', () => {
    const err = { type: 'Error', message: 'boom', stack: 'Error: boom\n    at run (job.ts:1:1)' };
    expect(
      formatLogLine(line({ level: 50, msg: 'job failed', err, job: 'email.send' }), plain),
    ).toBe(
      '09:05:07 ERROR job failed job=email.send\n    Error: boom\n        at run (job.ts:1:1)',
    );
  });

  it('colours level and status only when asked, and passes non-JSON through', () => {
    expect(
      formatLogLine(line({ level: 40, msg: 'careful' }), { color: true, verbose: false }),
    ).toBe('\u001b[90m09:05:07\u001b[0m \u001b[33mWARN \u001b[0m careful');
    expect(formatLogLine('not json\n', plain)).toBe('not json');
  });
});
