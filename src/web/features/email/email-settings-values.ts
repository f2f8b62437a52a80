import type { EmailSettings, EmailSettingsRequest } from '../../../contract/index.js';

export interface EmailSettingsValues {
  sending: EmailSettings['sending'];
  host: string;
  port: number | string;
  security: 'none' | 'starttls' | 'tls';
  user: string;
  /** Empty: keep the stored password. */
  password: string;
  fromAddress: string;
  fromName: string;
  defaultCc: string[];
  defaultBcc: string[];
  paymentConfirmation: boolean;
}

export function toEmailSettingsValues(settings: EmailSettings): EmailSettingsValues {
  return {
    sending: settings.sending,
    host: settings.smtp?.host ?? '',
    port: settings.smtp?.port ?? 587,
    security: settings.smtp?.security ?? 'starttls',
    user: settings.smtp?.user ?? '',
    password: '',
    fromAddress: settings.smtp?.fromAddress ?? '',
    fromName: settings.smtp?.fromName ?? '',
    defaultCc: settings.defaultCc,
    defaultBcc: settings.defaultBcc,
    paymentConfirmation: settings.paymentConfirmation,
  };
}

/** The request: the SMTP fields only with the company's own server (else the stored ones stay). */
export function toEmailSettingsRequest(values: EmailSettingsValues): EmailSettingsRequest {
  return {
    sending: values.sending,
    smtp:
      values.sending === 'smtp'
        ? {
            host: values.host.trim(),
            port: typeof values.port === 'number' ? values.port : Number(values.port),
            security: values.security,
            user: values.user.trim() || null,
            ...(values.password && { password: values.password }),
            fromAddress: values.fromAddress.trim(),
            fromName: values.fromName.trim() || null,
          }
        : null,
    defaultCc: values.defaultCc,
    defaultBcc: values.defaultBcc,
    paymentConfirmation: values.paymentConfirmation,
  };
}

/** Server paths (`smtp.host`) to form paths (`host`). */
export const settingsFormPath = (path: string) => path.replace(/^smtp\./, '').replace(/\.\d+$/, '');

/** The usual port of each security mode. */
export const DEFAULT_PORTS = { none: 25, starttls: 587, tls: 465 } as const;
