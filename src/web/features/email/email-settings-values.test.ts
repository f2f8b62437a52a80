import { describe, expect, it } from 'vitest';
import { emailSettingsRequestSchema, type EmailSettings } from '../../../contract/index.js';
import {
  settingsFormPath,
  toEmailSettingsRequest,
  toEmailSettingsValues,
} from './email-settings-values';

const saved: EmailSettings = {
  sending: 'smtp',
  generalSenderAvailable: false,
  transport: 'smtp',
  smtp: {
    host: 'smtp.example.be',
    port: 465,
    security: 'tls',
    user: 'facturen',
    hasPassword: true,
    fromAddress: 'facturen@dupont.be',
    fromName: null,
  },
  defaultCc: [],
  defaultBcc: ['archief@dupont.be'],
  paymentConfirmation: true,
  attachments: [],
};

describe('e-mail settings form', () => {
  it('keeps the stored password when the field stays empty, and validates as the server does', () => {
    const request = toEmailSettingsRequest(toEmailSettingsValues(saved));
    expect(request.smtp).toEqual({
      host: 'smtp.example.be',
      port: 465,
      security: 'tls',
      user: 'facturen',
      fromAddress: 'facturen@dupont.be',
      fromName: null,
    });
    expect(request.paymentConfirmation).toBe(true);
    expect(emailSettingsRequestSchema.safeParse(request).success).toBe(true);
  });

  it('sends no SMTP fields with the general sender, so the stored ones stay', () => {
    const values = { ...toEmailSettingsValues(saved), sending: 'general' as const, password: 'x' };
    expect(toEmailSettingsRequest(values).smtp).toBeNull();
  });

  it('maps server paths onto the form fields', () => {
    expect(settingsFormPath('smtp.host')).toBe('host');
    expect(settingsFormPath('defaultCc.1')).toBe('defaultCc');
  });
});
