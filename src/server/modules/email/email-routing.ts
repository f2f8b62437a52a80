import type { EmailTransport } from '../../../contract/index.js';
import type { Config } from '../../config.js';
import { parseMailbox, smtpServerFromUrl, type SmtpServer } from '../../platform/mailer/index.js';
import type { SecretBox } from '../../platform/secrets.js';
import type { EmailSettingsRow } from './email.repository.js';

/** How a company sends, as saved (or as typed in the settings form, for a test). */
export interface SendingChoice {
  sending: 'general' | 'smtp';
  smtp: {
    host: string;
    port: number;
    security: SmtpServer['security'];
    user: string | null;
    password: string | null;
    fromAddress: string;
    fromName: string | null;
  } | null;
}

/** Where a message goes, from which address, and where replies go. */
export type Route =
  | {
      transport: 'smtp' | 'general';
      server: SmtpServer;
      from: { name: string | null; address: string };
      replyTo: string | null;
    }
  | {
      transport: 'mailbox';
      from: { name: string | null; address: string };
      replyTo: string | null;
    };

export function choiceOf(row: EmailSettingsRow | undefined, secrets: SecretBox): SendingChoice {
  if (!row) return { sending: 'general', smtp: null };
  const complete = row.smtp_host && row.smtp_port && row.smtp_security && row.from_address;
  return {
    sending: row.sending as SendingChoice['sending'],
    smtp: complete
      ? {
          host: row.smtp_host as string,
          port: row.smtp_port as number,
          security: row.smtp_security as SmtpServer['security'],
          user: row.smtp_user,
          password: row.smtp_password_encrypted ? secrets.open(row.smtp_password_encrypted) : null,
          fromAddress: row.from_address as string,
          fromName: row.from_name,
        }
      : null,
  };
}

/**
 * The company's own server when chosen; else Facto's general sender (the company's name as the
 * sender's name, its address as reply-to); else, with no SMTP at all, the built-in mailbox.
 */
export function routeOf(
  choice: SendingChoice,
  config: Pick<Config, 'smtpUrl' | 'mailFrom'>,
  company: { name: string; email: string | null },
): Route {
  if (choice.sending === 'smtp' && choice.smtp) {
    const { smtp } = choice;
    return {
      transport: 'smtp',
      server: {
        host: smtp.host,
        port: smtp.port,
        security: smtp.security,
        user: smtp.user,
        password: smtp.password,
      },
      from: { name: smtp.fromName ?? company.name, address: smtp.fromAddress },
      replyTo: null,
    };
  }
  if (config.smtpUrl && config.mailFrom) {
    return {
      transport: 'general',
      server: smtpServerFromUrl(config.smtpUrl),
      from: { name: company.name, address: parseMailbox(config.mailFrom).address },
      replyTo: company.email,
    };
  }
  return {
    transport: 'mailbox',
    from: { name: company.name, address: company.email ?? 'mailbox@facto.invalid' },
    replyTo: company.email,
  };
}

export function transportOf(
  choice: SendingChoice,
  config: Pick<Config, 'smtpUrl' | 'mailFrom'>,
): EmailTransport {
  return routeOf(choice, config, { name: '', email: null }).transport;
}
