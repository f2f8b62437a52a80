import { describe, expect, it } from 'vitest';
import { ErrorToasts } from './error-toasts';

describe('error toasts', () => {
  it('hands back the errors of the page a success happens on, once, and keeps the others', () => {
    const toasts = new ErrorToasts();
    toasts.add('e1', '/invoices/new');
    toasts.add('e2', '/customers');
    toasts.add('e3', '/invoices/new');
    expect(toasts.takeFor('/invoices/new')).toEqual(['e1', 'e3']);
    expect(toasts.takeFor('/invoices/new')).toEqual([]);
    expect(toasts.takeFor('/customers')).toEqual(['e2']);
  });

  it('remembers only the latest fifty', () => {
    const toasts = new ErrorToasts();
    for (let i = 0; i < 60; i++) toasts.add(`e${i}`, '/settings');
    const ids = toasts.takeFor('/settings');
    expect(ids.length).toBe(50);
    expect(ids[0]).toBe('e10');
  });
});
