import type { FastifyBaseLogger } from 'fastify';
import pino, { type DestinationStream } from 'pino';
import type { Config } from '../config.js';

let stdout: (DestinationStream & { flushSync(): void }) | undefined;

/**
 * One asynchronous stdout stream per process: a line goes out at once when the stream is idle,
 * and lines written while a write is in flight are sent together, so a busy server makes one
 * system call per batch instead of one per line.
 */
function asyncStdout() {
  if (!stdout) {
    const destination = pino.destination({ dest: 1, sync: false });
    process.on('exit', () => {
      try {
        destination.flushSync();
      } catch {
        // A write is in flight (sonic-boom refuses to flush then); it completes on its own.
      }
    });
    stdout = destination;
  }
  return stdout;
}

/** Structured logs (pino) with secrets redacted. */
export function createLogger(level: Config['logLevel']): FastifyBaseLogger {
  return pino(
    {
      level,
      redact: [
        'req.headers.cookie',
        'req.headers.authorization',
        'req.headers["x-csrf-token"]',
        'res.headers["set-cookie"]',
      ],
    },
    asyncStdout(),
  );
}

/**
 * A URL as logged: the secrets of public document links (`/d/<secret>`,
 * `/api/public/documents/<secret>/…`) and of the access point's webhook
 * (`/api/peppol/webhook/<token>`) are replaced, so access logs never hold a working one.
 */
export function redactUrl(url: string): string {
  return url.replace(/^\/(d|api\/public\/documents|api\/peppol\/webhook)\/[^/?#]+/, '/$1/[secret]');
}
