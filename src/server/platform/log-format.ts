/**
 * Pino's JSON lines made readable for a person at a terminal: one short line per message, time
 * and level first; requests are left out (server errors and slow ones stay) unless the level
 * is debug or trace. Machines (stdout not a TTY) keep the JSON.
 */

const LEVELS: Record<number, { name: string; color: string }> = {
  10: { name: 'TRACE', color: '90' },
  20: { name: 'DEBUG', color: '90' },
  30: { name: 'INFO', color: '36' },
  40: { name: 'WARN', color: '33' },
  50: { name: 'ERROR', color: '31' },
  60: { name: 'FATAL', color: '41;97' },
};

/** Fields pino or Fastify add to every line: said once or not worth a person's attention. */
const HIDDEN = new Set(['level', 'time', 'pid', 'hostname', 'msg', 'reqId', 'err', 'v']);

/** A request slower than this is shown even when it succeeded. */
const SLOW_MS = 1000;

export interface LogFormatOptions {
  /** ANSI colours (a terminal that is not NO_COLOR). */
  color: boolean;
  /** Every request line too (LOG_LEVEL debug or trace). */
  verbose: boolean;
}

const paint = (on: boolean, code: string, text: string) =>
  on ? `\u001b[${code}m${text}\u001b[0m` : text;

function clock(time: unknown): string {
  const date = new Date(typeof time === 'number' ? time : Date.now());
  return [date.getHours(), date.getMinutes(), date.getSeconds()]
    .map((part) => String(part).padStart(2, '0'))
    .join(':');
}

function valueText(value: unknown): string {
  if (typeof value === 'string') return /\s/.test(value) ? JSON.stringify(value) : value;
  return JSON.stringify(value) ?? String(value);
}

/** One pino JSON line as a short human line; null when it is not worth showing. */
export function formatLogLine(line: string, options: LogFormatOptions): string | null {
  let entry: Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(line);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
      return line.trimEnd();
    entry = parsed as Record<string, unknown>;
  } catch {
    return line.trimEnd();
  }
  const levelNumber = typeof entry.level === 'number' ? entry.level : 30;
  const level = LEVELS[levelNumber] ?? { name: String(levelNumber), color: '0' };
  const prefix = `${paint(options.color, '90', clock(entry.time))} ${paint(options.color, level.color, level.name.padEnd(5))}`;

  if (entry.msg === 'request' && typeof entry.status === 'number') {
    const ms = typeof entry.ms === 'number' ? entry.ms : 0;
    // A 4xx is the browser's or the user's doing (not logged in yet, a form error): not news.
    if (!options.verbose && entry.status < 500 && ms < SLOW_MS) return null;
    const status = paint(
      options.color,
      entry.status >= 500 ? '31' : entry.status >= 400 ? '33' : '32',
      String(entry.status),
    );
    return `${prefix} ${String(entry.method)} ${String(entry.url)} ${status} ${ms} ms`;
  }

  // Fastify's "Server listening at …": main.ts says where Facto runs, in a person's words.
  if (
    !options.verbose &&
    typeof entry.msg === 'string' &&
    entry.msg.startsWith('Server listening at')
  )
    return null;

  const extras = Object.entries(entry)
    .filter(([key, value]) => !HIDDEN.has(key) && value !== undefined)
    .map(([key, value]) => `${paint(options.color, '90', `${key}=`)}${valueText(value)}`);
  const text = [prefix, typeof entry.msg === 'string' ? entry.msg : '', ...extras]
    .filter(Boolean)
    .join(' ');
  const err = entry.err as { stack?: unknown; message?: unknown } | undefined;
  if (err && typeof err === 'object') {
    const detail = typeof err.stack === 'string' ? err.stack : String(err.message);
    return `${text}\n${paint(options.color, '90', detail.replace(/^/gm, '    '))}`;
  }
  return text;
}
