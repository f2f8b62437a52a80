import { describe, expect, it } from 'vitest';
import { formatDate, formatMoney } from './format';

describe('formatMoney', () => {
  it('writes digits the Belgian way in every language, the sign where the language puts it', () => {
    expect(formatMoney('1234.5', 'EUR', 'en')).toBe('€1.234,50');
    expect(formatMoney('1234.5', 'EUR', 'nl')).toMatch(/^€\s1\.234,50$/);
    expect(formatMoney('1234.5', 'EUR', 'fr')).toMatch(/^1\s234,50\s€$/);
    expect(formatMoney('-12', 'EUR', 'en')).toBe('-€12,00');
    expect(formatMoney(null, 'EUR', 'en')).toBe('–');
  });
});

describe('formatDate', () => {
  it('shows a calendar day as dd/mm/yyyy whatever the time zone', () => {
    expect(formatDate('2026-03-05', 'fr')).toBe('05/03/2026');
    expect(formatDate(null, 'fr')).toBe('–');
  });
});
