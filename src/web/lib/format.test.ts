import { describe, expect, it } from 'vitest';
import { formatDate, formatMoney, formatRelativeTime } from './format';

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

describe('formatRelativeTime', () => {
  const now = Date.parse('2026-03-15T12:00:00Z');

  it('says how long ago, in the largest unit that fits', () => {
    expect(formatRelativeTime('2026-03-15T11:59:40Z', 'en', now)).toBe('now');
    expect(formatRelativeTime('2026-03-15T11:55:00Z', 'en', now)).toBe('5 minutes ago');
    expect(formatRelativeTime('2026-03-15T09:00:00Z', 'en', now)).toBe('3 hours ago');
    expect(formatRelativeTime('2026-03-14T10:00:00Z', 'en', now)).toBe('yesterday');
    expect(formatRelativeTime('2026-03-12T12:00:00Z', 'fr', now)).toBe('il y a 3 jours');
    expect(formatRelativeTime('2026-02-01T12:00:00Z', 'nl', now)).toBe('vorige maand');
  });

  it('leaves what is not a moment as it is', () => {
    expect(formatRelativeTime('soon', 'en', now)).toBe('soon');
  });
});
