import { describe, expect, it } from 'vitest';
import type { PeppolSettings } from '../../../contract/index.js';
import {
  derivedParticipantId,
  toPeppolSettingsRequest,
  toPeppolSettingsValues,
} from './peppol-settings-values';

const settings: PeppolSettings = {
  configured: true,
  provider: 'recommand',
  environment: 'test',
  baseUrl: 'https://peppol.recommand.eu',
  apiKey: 'key',
  hasSecret: true,
  companyId: null,
  participantId: '0208:0566988259',
  registrationStatus: 'unregistered',
  registrationError: null,
  webhookUrl: null,
};

describe('PEPPOL settings form', () => {
  it('derives the participant id from the enterprise number', () => {
    expect(derivedParticipantId('0566.988.259')).toBe('0208:0566988259');
    expect(derivedParticipantId(null)).toBeNull();
  });

  it('keeps the stored secret and the derived id unless the user changes them', () => {
    const values = toPeppolSettingsValues(settings);
    expect(values.apiSecret).toBe('');
    expect(toPeppolSettingsRequest(values, '0208:0566988259')).toEqual({
      environment: 'test',
      baseUrl: 'https://peppol.recommand.eu',
      apiKey: 'key',
      apiSecret: undefined,
      webhookSecret: undefined,
      companyId: null,
      participantId: null,
    });
  });

  it('sends a new secret and an id of the user’s own', () => {
    const values = {
      ...toPeppolSettingsValues(settings),
      apiSecret: 's3cret',
      webhookSecret: 'whsec',
      companyId: ' c_1 ',
      participantId: '9925:BE0566988259',
    };
    expect(toPeppolSettingsRequest(values, '0208:0566988259')).toMatchObject({
      apiSecret: 's3cret',
      webhookSecret: 'whsec',
      companyId: 'c_1',
      participantId: '9925:BE0566988259',
    });
  });
});
