import { describe, expect, it } from 'vitest';
import { reminderAmounts, type ReminderAmountsInput } from './amounts.js';
import type { ReferenceRate } from './reference-rates.js';

const rates: ReferenceRate[] = [{ year: 2026, semester: 1, ratePercent: '10.5' }];
const none = { addInterest: false, addIndemnity: false, addDamages: false };
const all = { addInterest: true, addIndemnity: true, addDamages: true };

const base: ReminderAmountsInput = {
  kind: 'b2b',
  isFirst: true,
  dueDate: '2026-01-15',
  date: '2026-03-01',
  currency: 'EUR',
  openBalance: '1000.00',
  payments: [],
  step: all,
  claimed: none,
  consumerGraceUntil: null,
  rates,
};

describe('reminder amounts', () => {
  it('adds interest and the flat 40 EUR for a business, to the cent', () => {
    const amounts = reminderAmounts(base);
    expect(amounts).toMatchObject({
      openBalance: '1000.00',
      indemnity: '40.00',
      damages: '0.00',
      totalDue: '1052.95',
    });
    expect(amounts.interest.total).toBe('12.95');
  });

  it('adds only what the step asks, and keeps what an earlier reminder claimed', () => {
    expect(reminderAmounts({ ...base, step: none }).totalDue).toBe('1000.00');
    const carried = reminderAmounts({
      ...base,
      step: none,
      claimed: { addInterest: false, addIndemnity: true, addDamages: false },
    });
    expect(carried.indemnity).toBe('40.00');
    expect(carried.interest.total).toBe('0.00');
  });

  it('charges a consumer nothing on the first reminder', () => {
    const amounts = reminderAmounts({ ...base, kind: 'b2c', isFirst: true });
    expect(amounts).toMatchObject({ indemnity: '0.00', damages: '0.00', totalDue: '1000.00' });
  });

  it('charges a consumer capped damages, and interest only after the first deadline', () => {
    const amounts = reminderAmounts({
      ...base,
      kind: 'b2c',
      isFirst: false,
      consumerGraceUntil: '2026-02-15',
    });
    // Cap on 1,000: 65 + 5 % × 500 = 90.00; interest 1,000 × 10.5 % × 14 / 365 = 4.03.
    expect(amounts.damages).toBe('90.00');
    expect(amounts.indemnity).toBe('0.00');
    expect(amounts.interest.total).toBe('4.03');
    expect(amounts.totalDue).toBe('1094.03');
    const early = reminderAmounts({
      ...base,
      kind: 'b2c',
      isFirst: false,
      consumerGraceUntil: '2026-03-01',
    });
    expect(early.totalDue).toBe('1000.00');
  });

  it('converts the fixed EUR amounts into a foreign currency', () => {
    const usd = reminderAmounts({
      ...base,
      currency: 'USD',
      eurPerUnit: '0.8',
      step: { ...none, addIndemnity: true },
    });
    expect(usd.indemnity).toBe('50.00');
    const unknown = reminderAmounts({
      ...base,
      currency: 'USD',
      eurPerUnit: null,
      step: { ...none, addIndemnity: true },
    });
    expect(unknown.indemnity).toBe('0.00');
  });

  it('claims nothing when nothing is due', () => {
    expect(reminderAmounts({ ...base, openBalance: '0' }).totalDue).toBe('0.00');
  });
});

describe("consumer damages wait for the first reminder's term", () => {
  const consumer: ReminderAmountsInput = {
    ...base,
    kind: 'b2c',
    isFirst: false,
    openBalance: '400.00',
    consumerGraceUntil: '2026-03-16',
  };

  it('adds nothing on the last day of the term, nor the same day as the first reminder', () => {
    for (const date of ['2026-03-02', '2026-03-16'])
      expect(reminderAmounts({ ...consumer, date })).toMatchObject({
        damages: '0.00',
        totalDue: '400.00',
      });
  });

  it('adds the capped damages the day after the term', () => {
    const amounts = reminderAmounts({
      ...consumer,
      date: '2026-03-17',
      step: { ...none, addDamages: true },
    });
    expect(amounts).toMatchObject({ damages: '55.00', totalDue: '455.00' });
  });
});
