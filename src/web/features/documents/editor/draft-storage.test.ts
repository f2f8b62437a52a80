import { describe, expect, it } from 'vitest';
import { emptyDocumentValues, emptyLine } from './document-form-values';
import {
  draftKey,
  forgetAllDrafts,
  forgetDraft,
  keepDraft,
  readDraft,
  sameValues,
  type DraftOwner,
  type DraftStore,
} from './draft-storage';

/** The Web Storage contract, in memory (what localStorage does in a browser). */
class MemoryStorage implements DraftStore {
  private readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

const marie: DraftOwner = {
  userId: '019a0000-0000-7000-8000-000000000001',
  organizationId: '019a0000-0000-7000-8000-00000000000a',
  type: 'invoice',
  documentId: null,
};

function typedInvoice() {
  const values = emptyDocumentValues('2026-12-07');
  values.customerId = '019a0000-0000-7000-8000-0000000000c1';
  values.lines = [{ ...emptyLine('item'), description: 'Déplacement', unitPrice: '45' }];
  return values;
}

describe('draft storage', () => {
  it('keeps a new document per user, organization and kind, and gives it back', () => {
    const store = new MemoryStorage();
    const values = typedInvoice();
    expect(
      keepDraft(store, marie, { values, keptAt: '2026-12-07T14:02:00.000Z', version: null }),
    ).toBe(true);
    expect(draftKey(marie)).toBe(
      'facto.draft.v1:019a0000-0000-7000-8000-000000000001:019a0000-0000-7000-8000-00000000000a:invoice:new',
    );
    const back = readDraft(store, marie, emptyDocumentValues('2026-12-08'));
    expect(back?.keptAt).toBe('2026-12-07T14:02:00.000Z');
    expect(back?.version).toBeNull();
    expect(back?.values.lines.map((line) => [line.description, line.unitPrice])).toEqual([
      ['Déplacement', '45'],
    ]);
    expect(back && sameValues(back.values, values)).toBe(true);
    // Lines get keys of this page, never the ones an earlier page gave out.
    expect(back?.values.lines[0]?.key).not.toBe(values.lines[0]?.key);
  });

  it('never shows one user’s or company’s copy to another, nor one kind’s to another', () => {
    const store = new MemoryStorage();
    keepDraft(store, marie, { values: typedInvoice(), keptAt: '', version: null });
    const blank = emptyDocumentValues('2026-12-07');
    expect(
      readDraft(store, { ...marie, userId: '019a0000-0000-7000-8000-000000000002' }, blank),
    ).toBeNull();
    expect(
      readDraft(store, { ...marie, organizationId: '019a0000-0000-7000-8000-00000000000b' }, blank),
    ).toBeNull();
    expect(readDraft(store, { ...marie, type: 'quote' }, blank)).toBeNull();
    expect(
      readDraft(store, { ...marie, documentId: '019a0000-0000-7000-8000-0000000000d1' }, blank),
    ).toBeNull();
  });

  it('forgets one copy when saved or discarded, and every copy at logout', () => {
    const store = new MemoryStorage();
    const blank = emptyDocumentValues('2026-12-07');
    const quote = { ...marie, type: 'quote' as const };
    keepDraft(store, marie, { values: typedInvoice(), keptAt: '', version: null });
    keepDraft(store, quote, { values: typedInvoice(), keptAt: '', version: null });
    store.setItem('facto.theme', 'dark');
    forgetDraft(store, marie);
    expect(readDraft(store, marie, blank)).toBeNull();
    expect(readDraft(store, quote, blank)?.values.lines.length).toBe(1);
    forgetAllDrafts(store);
    expect(readDraft(store, quote, blank)).toBeNull();
    expect(store.length).toBe(1);
    expect(store.getItem('facto.theme')).toBe('dark');
  });

  it('ignores what is not a kept draft', () => {
    const store = new MemoryStorage();
    const blank = emptyDocumentValues('2026-12-07');
    for (const junk of ['{', '"text"', '{"values":{"lines":"x"}}', 'null']) {
      store.setItem(draftKey(marie), junk);
      expect(readDraft(store, marie, blank)).toBeNull();
    }
    // A copy from before a new field existed gets that field's blank value.
    store.setItem(
      draftKey(marie),
      JSON.stringify({ values: { lines: [{ kind: 'text', description: 'Merci' }] } }),
    );
    const old = readDraft(store, marie, blank);
    expect(old?.values.priceMode).toBe('excl');
    expect(old?.values.lines.map((line) => [line.kind, line.description, line.quantity])).toEqual([
      ['text', 'Merci', '1'],
    ]);
  });
});
