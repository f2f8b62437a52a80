import { describe, expect, it } from 'vitest';
import type { ReminderSettings } from '../../../contract/index.js';
import {
  newRate,
  newStep,
  toReminderSettingsRequest,
  toReminderSettingsValues,
} from './reminder-settings-values';

const texts = {
  fr: { subject: 'Rappel %number%', body: 'Bonjour', bottom: '' },
  nl: { subject: 'Herinnering %number%', body: 'Goedendag', bottom: '' },
  en: { subject: 'Reminder %number%', body: 'Hello', bottom: '' },
};

const settings: ReminderSettings = {
  enabled: true,
  quoteDaysBefore: null,
  quoteTexts: {
    fr: { subject: 'Devis', body: 'Texte' },
    nl: { subject: 'Offerte', body: 'Tekst' },
    en: { subject: 'Quote', body: 'Text' },
  },
  steps: [
    {
      id: '0190a3b0-0000-7000-8000-000000000001',
      name: 'Premier rappel',
      daysAfterDue: 7,
      paymentTermDays: 14,
      addInterest: false,
      addIndemnity: false,
      addDamages: false,
      texts,
    },
  ],
  rates: [
    { year: 2026, semester: 1, ratePercent: '10.5' },
    { year: 2026, semester: 2, ratePercent: '10.5' },
  ],
  runsAt: '07:00',
  emailAvailable: true,
};

describe('reminder settings form values', () => {
  it('round-trips the settings into the request the server expects', () => {
    const request = toReminderSettingsRequest(toReminderSettingsValues(settings));
    expect(request).toEqual({
      enabled: true,
      quoteDaysBefore: null,
      quoteTexts: settings.quoteTexts,
      steps: [{ ...settings.steps[0] }],
      rates: [
        { year: 2026, semester: 1, ratePercent: '10.5' },
        { year: 2026, semester: 2, ratePercent: '10.5' },
      ],
    });
  });

  it('adds a step a month after the last one, starting from its texts, without an id', () => {
    const values = toReminderSettingsValues(settings);
    const step = newStep(values.steps[0]);
    expect(step).toMatchObject({ daysAfterDue: 37, paymentTermDays: 10, texts });
    expect(step.id).toBeUndefined();
    step.texts.fr.body = 'changed';
    expect(values.steps[0]?.texts.fr.body).toBe('Bonjour');
  });

  it('adds the half-year after the latest, at its rate, and reads a decimal comma', () => {
    const values = toReminderSettingsValues(settings);
    expect(newRate(values.rates)).toMatchObject({ year: 2027, semester: '1', ratePercent: '10.5' });
    values.rates[0] = {
      ...values.rates[0],
      key: 'k',
      year: 2026,
      semester: '1',
      ratePercent: '9,5',
    };
    expect(toReminderSettingsRequest(values).rates[0]).toEqual({
      year: 2026,
      semester: 1,
      ratePercent: '9.5',
    });
  });
});
