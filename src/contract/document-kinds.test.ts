import { describe, expect, it } from 'vitest';
import { TAG_NAMES } from '../core/tags/index.js';
import { MODULES } from './auth.js';
import { DOCUMENT_KIND_ENTRIES, STATUS_ACTIONS, documentKind } from './document-kinds.js';
import { DOCUMENT_LIST_STATUSES, DOCUMENT_STATUSES, DOCUMENT_TYPES } from './documents.js';
import { documentRoutes } from './routes/documents.js';

/** Each kind's entry is whole and agrees with itself: what it names exists and is its own. */
describe.each(DOCUMENT_TYPES)('the entry of %s', (type) => {
  const kind = documentKind(type);

  it('has a path and module of its own', () => {
    expect(kind.path).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(MODULES).toContain(kind.module);
    const others = DOCUMENT_TYPES.filter((other) => other !== type).map(documentKind);
    expect(others.map((other) => other.path)).not.toContain(kind.path);
    expect(documentRoutes[type].list.path).toBe(`/${kind.path}`);
  });

  it('declares known statuses, starting with the draft, each once', () => {
    expect(kind.statuses[0]).toBe('draft');
    expect(kind.statuses).toContain('finalized');
    for (const status of kind.statuses) expect(DOCUMENT_STATUSES).toContain(status);
    expect(new Set(kind.statuses).size).toBe(kind.statuses.length);
  });

  it('moves only between its own statuses, by known actions, never from a draft', () => {
    for (const [to, from] of Object.entries(kind.transitions)) {
      expect(Object.keys(STATUS_ACTIONS)).toContain(to);
      expect(kind.statuses).toContain(to);
      expect(from.length).toBeGreaterThan(0);
      for (const status of from) {
        expect(kind.statuses).toContain(status);
        // Finalising is its own use case (it takes the number).
        expect(status).not.toBe('draft');
      }
    }
  });

  it('filters its list by what it can be, and shows chips it can filter by', () => {
    for (const filter of kind.listFilters) expect(DOCUMENT_LIST_STATUSES).toContain(filter);
    for (const status of kind.statuses) expect(kind.listFilters).toContain(status);
    // Derived filters follow from the dates and payments the kind carries.
    expect(kind.listFilters.includes('expired')).toBe(kind.validity);
    expect(kind.listFilters.includes('overdue')).toBe(kind.dueDate);
    expect(kind.listFilters.includes('unpaid')).toBe(kind.payable);
    for (const chip of kind.listChips) expect(kind.listFilters).toContain(chip);
  });

  it('becomes only declared kinds', () => {
    for (const target of kind.becomes) expect(DOCUMENT_TYPES).toContain(target);
  });

  it('carries payments with their statuses, and offers only known e-mail tags', () => {
    expect(kind.statuses.includes('paid')).toBe(kind.payable);
    expect(kind.statuses.includes('partiallyPaid')).toBe(kind.payable);
    for (const tag of kind.emailTags) expect(TAG_NAMES).toContain(tag);
    expect(kind.emailTags).toContain('number');
    expect(kind.emailTags.includes('structured_message')).toBe(kind.structuredCommunication);
  });
});

it('has an entry for every kind and no other', () => {
  expect(Object.keys(DOCUMENT_KIND_ENTRIES).sort()).toEqual([...DOCUMENT_TYPES].sort());
});
