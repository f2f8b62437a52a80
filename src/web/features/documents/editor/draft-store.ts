/**
 * Where the editor's kept copies live, without the editor's types: logout (on the login page's
 * code path) forgets them all without loading the editor.
 */

export const DRAFT_PREFIX = 'facto.draft.v1';

/** The part of the Web Storage API used here: `localStorage`, or any other storage. */
export type DraftStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** At logout: every kept copy on this browser, whoever's. */
export function forgetAllDrafts(store: DraftStore): void {
  const keys: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key?.startsWith(`${DRAFT_PREFIX}:`)) keys.push(key);
  }
  for (const key of keys) store.removeItem(key);
}

/** The browser's storage, or null where there is none (tests without a DOM, locked-down browsers). */
export function browserDraftStore(): DraftStore | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}
