import { describe, expect, it } from 'vitest';
import { lastQuarter } from './last-quarter';

describe('lastQuarter', () => {
  it('is the previous calendar quarter', () => {
    expect(lastQuarter('2026-05-10')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(lastQuarter('2026-07-01')).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    expect(lastQuarter('2026-12-31')).toEqual({ from: '2026-07-01', to: '2026-09-30' });
  });

  it('goes back to the last quarter of the previous year in January to March', () => {
    expect(lastQuarter('2026-02-15')).toEqual({ from: '2025-10-01', to: '2025-12-31' });
  });
});
