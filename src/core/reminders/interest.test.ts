import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dec } from '../money/decimal.js';
import { plusDays } from './days.js';
import { accruedInterest, lateInterest } from './interest.js';
import {
  DEFAULT_REFERENCE_RATES,
  legalRateFromEcb,
  rateForDate,
  type ReferenceRate,
} from './reference-rates.js';

const flat = (rate: string): ReferenceRate[] => [{ year: 2026, semester: 1, ratePercent: rate }];

describe('late interest (Law of 2 Aug 2002)', () => {
  it('DOMAIN §9: 1,000.00 paid 45 days late at 10.5 % ⇒ 12.95', () => {
    expect(lateInterest('1000.00', '10.5', 45)).toBe('12.95');
    const accrued = accruedInterest({
      after: '2026-01-15',
      asOf: '2026-03-01',
      openBalance: '1000.00',
      rates: flat('10.5'),
    });
    expect(accrued.total).toBe('12.95');
    expect(accrued.periods).toEqual([
      {
        from: '2026-01-16',
        to: '2026-03-01',
        days: 45,
        amount: '1000.00',
        ratePercent: '10.5',
        interest: '12.95',
      },
    ]);
  });

  it('rounds half-up to the cent', () => {
    // 100 × 10 % × 73 / 365 = 2.00 exactly; 1234.56 × 12.5 % × 30 / 365 = 12.68465…
    expect(lateInterest('100', '10', 73)).toBe('2.00');
    expect(lateInterest('1234.56', '12.5', 30)).toBe('12.68');
    // 146 × 10 % × 1 / 365 = 0.04 exactly; 73 × 10 % × 9 / 365 = 0.18 exactly;
    // 365 × 10 % × 1 / 365 = 0.1; 36.5 × 1 % × 5 / 365 = 0.005 → 0.01 (half-up)
    expect(lateInterest('36.5', '1', 5)).toBe('0.01');
    expect(lateInterest('1000', '10.5', 0)).toBe('0.00');
  });

  it('changes rate on 1 July, each day at the rate of its half-year', () => {
    const rates: ReferenceRate[] = [
      { year: 2025, semester: 1, ratePercent: '11.5' },
      { year: 2025, semester: 2, ratePercent: '10.5' },
    ];
    const accrued = accruedInterest({
      after: '2025-06-20',
      asOf: '2025-07-10',
      openBalance: '10000',
      rates,
    });
    // 10 days at 11.5 % (21–30 June) + 10 days at 10.5 % (1–10 July):
    // 10000 × (0.115 × 10 + 0.105 × 10) / 365 = 60.2739… → 60.27
    expect(accrued.total).toBe('60.27');
    expect(accrued.periods.map((p) => [p.from, p.to, p.days, p.ratePercent])).toEqual([
      ['2025-06-21', '2025-06-30', 10, '11.5'],
      ['2025-07-01', '2025-07-10', 10, '10.5'],
    ]);
  });

  it('merges half-years at the same rate into one stretch', () => {
    const accrued = accruedInterest({
      after: '2025-12-01',
      asOf: '2026-02-01',
      openBalance: '1000',
      rates: DEFAULT_REFERENCE_RATES,
    });
    expect(accrued.periods).toHaveLength(1);
    expect(accrued.periods[0]?.days).toBe(62);
  });

  it('counts late payments until the day they were paid', () => {
    // Due 15 Jan; 500 paid on 4 Feb (20 days late), 500 still open on 1 Mar (45 days).
    const accrued = accruedInterest({
      after: '2026-01-15',
      asOf: '2026-03-01',
      openBalance: '500',
      payments: [
        { date: '2026-02-04', amount: '500' },
        { date: '2026-01-10', amount: '200' },
      ],
      rates: flat('10.5'),
    });
    // 500 × 0.105 × (45 + 20) / 365 = 9.3493… → 9.35
    expect(accrued.total).toBe('9.35');
  });

  it('is the sum of its days: splitting a stretch never changes the total by more than a cent', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2_000_000_00 }),
        fc.integer({ min: 1, max: 900 }),
        (cents, days) => {
          const balance = (cents / 100).toFixed(2);
          const after = '2024-11-20';
          const asOf = plusDays(after, days);
          const total = dec(
            accruedInterest({ after, asOf, openBalance: balance, rates: DEFAULT_REFERENCE_RATES })
              .total,
          );
          const parts = accruedInterest({
            after,
            asOf,
            openBalance: balance,
            rates: DEFAULT_REFERENCE_RATES,
          }).periods.reduce((sum, p) => sum.plus(p.interest), dec('0'));
          return total.minus(parts).abs().lte(dec('0.04')) && total.gte('0');
        },
      ),
    );
  });
});

describe('reference rates', () => {
  it('is the ECB rate + 8 points rounded up to the half point', () => {
    expect(legalRateFromEcb('2.15')).toBe('10.5');
    expect(legalRateFromEcb('3.15')).toBe('11.5');
    expect(legalRateFromEcb('4.25')).toBe('12.5');
    expect(legalRateFromEcb('4.5')).toBe('12.5');
    expect(legalRateFromEcb('2.5')).toBe('10.5');
    expect(legalRateFromEcb('0')).toBe('8');
  });

  it('the defaults agree with the ECB rates they come from', () => {
    const ecb: Record<string, string> = {
      '2023-1': '2.5',
      '2023-2': '4',
      '2024-1': '4.5',
      '2024-2': '4.25',
      '2025-1': '3.15',
      '2025-2': '2.15',
      '2026-1': '2.15',
      '2026-2': '2.15',
    };
    for (const rate of DEFAULT_REFERENCE_RATES)
      expect(rate.ratePercent, `${rate.year}-${rate.semester}`).toBe(
        legalRateFromEcb(ecb[`${rate.year}-${rate.semester}`] ?? ''),
      );
  });

  it('finds the half-year of a day, keeps the last known rate, and takes the first before all', () => {
    expect(rateForDate('2025-06-30', DEFAULT_REFERENCE_RATES)).toBe('11.5');
    expect(rateForDate('2025-07-01', DEFAULT_REFERENCE_RATES)).toBe('10.5');
    expect(rateForDate('2024-03-01', DEFAULT_REFERENCE_RATES)).toBe('12.5');
    expect(rateForDate('2031-03-01', DEFAULT_REFERENCE_RATES)).toBe('10.5');
    expect(rateForDate('2020-03-01', DEFAULT_REFERENCE_RATES)).toBe('10.5');
    expect(rateForDate('2020-03-01', [])).toBeNull();
  });
});
