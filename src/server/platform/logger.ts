import type { FastifyBaseLogger } from 'fastify';
import pino, { type DestinationStream } from 'pino';
import type { Config } from '../config.js';
import { formatLogLine } from './log-format.js';

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

/** A person's terminal: short readable lines (see log-format.ts) instead of JSON. */
function terminalStdout(level: Config['logLevel']): DestinationStream {
  const options = {
    color: !process.env.NO_COLOR,
    verbose: level === 'debug' || level === 'trace',
  };
  return {
    write(line: string) {
      const text = formatLogLine(line, options);
      if (text !== null) process.stdout.write(`${text}\n`);
    },
  };
}

/**
 * Structured logs (pino) with secrets redacted: JSON lines when stdout is a file, a pipe or a
 * log collector; short readable lines when it is a terminal.
 */
export function createLogger(
  level: Config['logLevel'],
  terminal = process.stdout.isTTY === true,
): FastifyBaseLogger {
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
    terminal ? terminalStdout(level) : asyncStdout(),
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
