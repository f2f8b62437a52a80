import type { DocumentType } from '../../../../contract/index.js';
import { newLineKey, type DocumentFormValues } from './document-form-values';
import { DRAFT_PREFIX as PREFIX, type DraftStore } from './draft-store';

export { browserDraftStore, forgetAllDrafts, type DraftStore } from './draft-store';

/**
 * Copies of what is typed in the editor, kept in the browser: a new document until it is saved
 * or discarded, a saved draft's changes until the server has them. Keyed by user, organization
 * and document kind, so on a shared browser nobody is offered another person's or company's work;
 * every copy goes at logout.
 */

/** Whose copy, of which document: `documentId` null is the new document of that kind. */
export interface DraftOwner {
  userId: string;
  organizationId: string;
  type: DocumentType;
  documentId: string | null;
}

export interface KeptDraft {
  values: DocumentFormValues;
  /** When it was kept (ISO), to say "the invoice you were typing on 7/12 at 14:02". */
  keptAt: string;
  /** The saved draft's `updatedAt` the changes were made on; null for a new document. */
  version: string | null;
}

export function draftKey(owner: DraftOwner): string {
  return [PREFIX, owner.userId, owner.organizationId, owner.type, owner.documentId ?? 'new'].join(
    ':',
  );
}

export function keepDraft(store: DraftStore, owner: DraftOwner, draft: KeptDraft): boolean {
  try {
    store.setItem(draftKey(owner), JSON.stringify(draft));
    return true;
  } catch {
    // Storage full or refused (private mode): the editor still works, only without the copy.
    return false;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The kept copy, or null. What comes back is checked for shape (an older version of the app, or
 * anything else, may have written there) and its lines get fresh keys for this page.
 */
export function readDraft(
  store: DraftStore,
  owner: DraftOwner,
  blank: DocumentFormValues,
): KeptDraft | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(store.getItem(draftKey(owner)) ?? 'null');
  } catch {
    return null;
  }
  if (!isRecord(parsed) || !isRecord(parsed.values) || !Array.isArray(parsed.values.lines)) {
    return null;
  }
  const lines = parsed.values.lines.filter(isRecord);
  const values = {
    ...blank,
    ...parsed.values,
    lines: lines.map((line) => ({ ...blank.lines[0], ...line, key: newLineKey() })),
  } as DocumentFormValues;
  return {
    values,
    keptAt: typeof parsed.keptAt === 'string' ? parsed.keptAt : '',
    version: typeof parsed.version === 'string' ? parsed.version : null,
  };
}

export function forgetDraft(store: DraftStore, owner: DraftOwner): void {
  store.removeItem(draftKey(owner));
}

/** Values compared as the server would store them, ignoring the lines' React keys. */
export function sameValues(a: DocumentFormValues, b: DocumentFormValues): boolean {
  const strip = (values: DocumentFormValues) =>
    JSON.stringify({ ...values, lines: values.lines.map((line) => ({ ...line, key: '' })) });
  return strip(a) === strip(b);
}
