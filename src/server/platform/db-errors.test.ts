import net from 'node:net';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from './db-errors.js';

/** What node-postgres really throws when nothing listens on the port. */
async function refusedConnection(): Promise<unknown> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  const client = new pg.Client({ host: '127.0.0.1', port, user: 'facto', database: 'facto' });
  return client.connect().then(
    () => new Error('connected'),
    (error: unknown) => error,
  );
}

describe('isDatabaseUnavailable', () => {
  it('recognises a refused connection, a lost one and the server’s own codes', async () => {
    expect(isDatabaseUnavailable(await refusedConnection())).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    for (const code of ['08006', '08001', '57P01', '57P03', '53300'])
      expect(isDatabaseUnavailable(Object.assign(new Error('x'), { code })), code).toBe(true);
    expect(isDatabaseUnavailable(new Error('x', { cause: { code: 'ECONNRESET' } }))).toBe(true);
  });

  it('leaves every other failure alone', () => {
    for (const code of ['23505', '42P01', '40001', 'ERR_INVALID_ARG_TYPE'])
      expect(isDatabaseUnavailable(Object.assign(new Error('x'), { code })), code).toBe(false);
    expect(isDatabaseUnavailable(new Error('boom'))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});
