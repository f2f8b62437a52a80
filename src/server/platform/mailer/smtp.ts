import { createHash } from 'node:crypto';
import type * as Nodemailer from 'nodemailer';
import type { Transporter } from 'nodemailer';
import { cleanDisplayName, cleanHeaderText, domainOf, isSafeAddress } from './addresses.js';
import { MailDeliveryError, type DeliveryResult, type OutgoingMail } from './message.js';

/**
 * nodemailer is loaded at the first message, not at start-up: most processes start long before
 * they send anything, and it is a large package.
 */
let nodemailerModule: Promise<typeof Nodemailer> | undefined;
const nodemailer = () => (nodemailerModule ??= import('nodemailer'));

/** The fields nodemailer sets on its errors. */
interface NodemailerError {
  code?: string;
  message?: string;
  response?: string;
  responseCode?: number;
  permanent?: boolean;
  originalCode?: string;
  timeoutType?: string;
}

export type SmtpSecurity = 'none' | 'starttls' | 'tls';

export interface SmtpServer {
  host: string;
  port: number;
  security: SmtpSecurity;
  user: string | null;
  password: string | null;
}

/** `smtp://user:pass@host:587` (STARTTLS when offered… required unless `?tls=none`), `smtps://…:465`. */
export function smtpServerFromUrl(value: string): SmtpServer {
  const url = new URL(value);
  const implicit = url.protocol === 'smtps:';
  const tls = url.searchParams.get('tls');
  return {
    host: url.hostname,
    port: Number(url.port) || (implicit ? 465 : 587),
    security: implicit ? 'tls' : tls === 'none' ? 'none' : 'starttls',
    user: url.username ? decodeURIComponent(url.username) : null,
    password: url.password ? decodeURIComponent(url.password) : null,
  };
}

const oneLine = (value: string | undefined, max = 400) => cleanHeaderText(value ?? '', max);

/** Turns what nodemailer or the network said into a sentence, and says whether to try again. */
export function deliveryError(
  error: unknown,
  server: SmtpServer,
  timeoutMs: number,
): MailDeliveryError {
  if (error instanceof MailDeliveryError) return error;
  const e = (error ?? {}) as NodemailerError;
  const where = `${server.host}:${server.port}`;
  const answer = oneLine(e.response);
  const detail = oneLine(e.message);
  switch (e.code) {
    case 'ETIMEDOUT':
      return new MailDeliveryError(
        `No answer from ${where} within ${Math.round(timeoutMs / 1000)} s${e.timeoutType ? ` (${e.timeoutType.toLowerCase().replace('_', ' ')})` : ''}`,
        false,
      );
    case 'EDNS':
      return new MailDeliveryError(`Server ${server.host} not found: ${detail}`, false);
    case 'ECONNECTION':
    case 'ESOCKET':
      return new MailDeliveryError(
        e.originalCode === 'ECONNREFUSED'
          ? `Connection refused by ${where}`
          : `Connection to ${where} failed: ${detail}`,
        false,
      );
    case 'ETLS':
      return new MailDeliveryError(`TLS with ${where} failed: ${detail}`, true);
    case 'EAUTH':
    case 'ENOAUTH':
      return new MailDeliveryError(`Login refused by ${where}: ${answer || detail}`, true);
    case 'EPROTOCOL':
      return new MailDeliveryError(
        `${where} does not answer as an SMTP server: ${answer || detail}`,
        true,
      );
    default:
      return new MailDeliveryError(
        answer
          ? `${where} refused the message: ${answer}`
          : `Sending through ${where} failed: ${detail}`,
        e.permanent === true,
      );
  }
}

/** Refuses what no header may carry, before any connection is opened. */
function checkAddresses(mail: OutgoingMail): void {
  for (const address of [...mail.to, ...(mail.cc ?? []), ...(mail.bcc ?? []), mail.from.address])
    if (!isSafeAddress(address))
      throw new MailDeliveryError(`Not a valid e-mail address: ${oneLine(address, 100)}`, true);
  if (mail.replyTo && !isSafeAddress(mail.replyTo))
    throw new MailDeliveryError(`Not a valid e-mail address: ${oneLine(mail.replyTo, 100)}`, true);
}

/** Connection options: every wait bounded, TLS as chosen, nothing read from disk or the web. */
function transportOptions(server: SmtpServer, timeoutMs: number) {
  return {
    host: server.host,
    port: server.port,
    secure: server.security === 'tls',
    requireTLS: server.security === 'starttls',
    ignoreTLS: server.security === 'none',
    ...(server.user && { auth: { user: server.user, pass: server.password ?? '' } }),
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
    dnsTimeout: timeoutMs,
    tls: { minVersion: 'TLSv1.2' as const },
    // Only the buffers given here are attached: never a file path or a URL.
    disableFileAccess: true,
    disableUrlAccess: true,
  };
}

function message(mail: OutgoingMail) {
  const name = cleanDisplayName(mail.from.name);
  return {
    messageId: mail.messageId ?? `<${mail.id}@${domainOf(mail.from.address)}>`,
    from: name ? { name, address: mail.from.address } : mail.from.address,
    ...(mail.replyTo && { replyTo: mail.replyTo }),
    to: [...mail.to],
    ...(mail.cc?.length && { cc: [...mail.cc] }),
    ...(mail.bcc?.length && { bcc: [...mail.bcc] }),
    subject: cleanHeaderText(mail.subject),
    text: mail.text,
    ...(mail.html && { html: mail.html }),
    attachments: (mail.attachments ?? []).map((attachment) => ({
      filename: cleanHeaderText(attachment.filename, 200),
      content: attachment.content,
      contentType: attachment.contentType,
      ...(attachment.cid && { cid: attachment.cid, contentDisposition: 'inline' as const }),
    })),
  };
}

const result = (info: { messageId: string; response?: string; rejected?: unknown[] }) => ({
  messageId: info.messageId,
  response: oneLine(info.response, 500),
  rejected: (info.rejected ?? []).map(String),
});

/**
 * One SMTP conversation, bounded in time at every step (connecting, the greeting, each answer):
 * a server that hangs or answers garbage ends in a `MailDeliveryError`, never in a hung worker.
 */
export async function sendSmtp(
  server: SmtpServer,
  mail: OutgoingMail,
  timeoutMs: number,
): Promise<DeliveryResult> {
  checkAddresses(mail);
  const transport = (await nodemailer()).createTransport(transportOptions(server, timeoutMs));
  try {
    return result(await transport.sendMail(message(mail)));
  } catch (error) {
    throw deliveryError(error, server, timeoutMs);
  } finally {
    transport.close();
  }
}

/** A pool unused this long is closed (its server's settings may have changed since). */
const POOL_IDLE_MS = 60_000;
const MAX_POOLS = 200;

/**
 * Connections kept open per SMTP server and credentials, so a batch of messages does not pay
 * the connection, greeting and login for each (servers often pause before greeting). A message
 * is never re-sent by the pool when a connection drops mid-message (`maxRequeues: 0`): the
 * caller's retry, which knows whether it was claimed, decides.
 */
export function createSmtpPools(timeoutMs: number) {
  const pools = new Map<string, { transport: Transporter; lastUsed: number }>();

  function sweep(now: number): void {
    for (const [key, pool] of pools) {
      if (now - pool.lastUsed > POOL_IDLE_MS || pools.size > MAX_POOLS) {
        pool.transport.close();
        pools.delete(key);
      }
    }
  }

  async function poolFor(server: SmtpServer): Promise<Transporter> {
    const now = Date.now();
    sweep(now);
    const key = [
      server.host,
      server.port,
      server.security,
      server.user ?? '',
      createHash('sha256')
        .update(server.password ?? '')
        .digest('hex'),
    ].join('|');
    let pool = pools.get(key);
    if (!pool) {
      const { createTransport } = await nodemailer();
      // Another message may have opened the pool while the package loaded.
      pool = pools.get(key) ?? {
        transport: createTransport({
          ...transportOptions(server, timeoutMs),
          pool: true,
          maxConnections: 2,
          maxMessages: 100,
          maxRequeues: 0,
          idleTimeout: POOL_IDLE_MS / 2,
        }),
        lastUsed: now,
      };
      pools.set(key, pool);
    }
    pool.lastUsed = now;
    return pool.transport;
  }

  return {
    async send(server: SmtpServer, mail: OutgoingMail): Promise<DeliveryResult> {
      checkAddresses(mail);
      try {
        return result(await (await poolFor(server)).sendMail(message(mail)));
      } catch (error) {
        throw deliveryError(error, server, timeoutMs);
      }
    },
    close(): void {
      for (const pool of pools.values()) pool.transport.close();
      pools.clear();
    },
  };
}

export type SmtpPools = ReturnType<typeof createSmtpPools>;
