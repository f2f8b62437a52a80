import type {
  ReminderSettings,
  ReminderSettingsRequest,
  ReminderStepTexts,
} from '../../../contract/index.js';
import { randomId } from '@mantine/hooks';

export interface StepValues {
  /** React key; `id` is absent on a step not saved yet. */
  key: string;
  id?: string;
  name: string;
  daysAfterDue: number | '';
  paymentTermDays: number | '';
  addInterest: boolean;
  addIndemnity: boolean;
  addDamages: boolean;
  texts: ReminderStepTexts;
}

export interface RateValues {
  key: string;
  year: number | '';
  semester: '1' | '2';
  ratePercent: string;
}

export interface ReminderSettingsValues {
  enabled: boolean;
  /** Empty: no quote reminders. */
  quoteDaysBefore: number | '';
  quoteTexts: ReminderSettings['quoteTexts'];
  steps: StepValues[];
  rates: RateValues[];
}

export function toReminderSettingsValues(settings: ReminderSettings): ReminderSettingsValues {
  return {
    enabled: settings.enabled,
    quoteDaysBefore: settings.quoteDaysBefore ?? '',
    quoteTexts: settings.quoteTexts,
    steps: settings.steps.map((step) => ({ ...step, key: step.id })),
    rates: settings.rates.map((rate) => ({
      key: `${rate.year}-${rate.semester}`,
      year: rate.year,
      semester: rate.semester === 1 ? '1' : '2',
      ratePercent: rate.ratePercent,
    })),
  };
}

const number = (value: number | '') => (value === '' ? Number.NaN : value);

export function toReminderSettingsRequest(values: ReminderSettingsValues): ReminderSettingsRequest {
  return {
    enabled: values.enabled,
    quoteDaysBefore: values.quoteDaysBefore === '' ? null : values.quoteDaysBefore,
    quoteTexts: values.quoteTexts,
    steps: values.steps.map(({ key: _key, id, daysAfterDue, paymentTermDays, ...step }) => ({
      ...(id && { id }),
      ...step,
      daysAfterDue: number(daysAfterDue),
      paymentTermDays: number(paymentTermDays),
    })),
    rates: values.rates.map((rate) => ({
      year: number(rate.year),
      semester: rate.semester === '1' ? 1 : 2,
      ratePercent: rate.ratePercent.trim().replace(',', '.'),
    })),
  };
}

/** A new step after the last one, with its texts as a starting point. */
export function newStep(after: StepValues | undefined): StepValues {
  const blank = { subject: '', body: '', bottom: '' };
  const last = typeof after?.daysAfterDue === 'number' ? after.daysAfterDue : 0;
  return {
    key: randomId(),
    name: '',
    daysAfterDue: last + 30,
    paymentTermDays: 10,
    addInterest: false,
    addIndemnity: false,
    addDamages: false,
    texts: after ? structuredClone(after.texts) : { fr: blank, nl: { ...blank }, en: { ...blank } },
  };
}

/** The next half-year after the latest row, at the latest row's rate. */
export function newRate(rates: RateValues[]): RateValues {
  const latest = rates.reduce<RateValues | undefined>(
    (best, rate) =>
      !best ||
      Number(rate.year) * 2 + Number(rate.semester) > Number(best.year) * 2 + Number(best.semester)
        ? rate
        : best,
    undefined,
  );
  const year = typeof latest?.year === 'number' ? latest.year : new Date().getFullYear();
  const next =
    latest?.semester === '1'
      ? { year, semester: '2' as const }
      : { year: year + 1, semester: '1' as const };
  return {
    key: randomId(),
    ...(latest ? next : { year, semester: '1' }),
    ratePercent: latest?.ratePercent ?? '',
  };
}
