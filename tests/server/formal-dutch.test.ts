import { describe, expect, it } from 'vitest';
import { informalDutch } from '../../src/contract/messages/formal-dutch.js';
import { passwordResetMail } from '../../src/server/modules/auth/password-reset-mail.js';
import { DOCUMENT_KINDS } from '../../src/server/modules/documents/document-kinds.js';
import { PDF_LABELS } from '../../src/server/modules/documents/pdf/labels.js';
import { DEFAULT_TEMPLATES } from '../../src/server/modules/email/default-templates.js';
import {
  DEFAULT_QUOTE_TEXTS,
  DEFAULT_STEPS,
} from '../../src/server/modules/reminders/default-sequence.js';
import { invitationMail } from '../../src/server/modules/team/invitation-mail.js';

/** Every string inside a value, however deeply nested. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'object' || value === null) return [];
  return Object.values(value).flatMap(strings);
}

describe('Dutch e-mails and PDFs address the reader with the formal "u"', () => {
  it.each([
    ['password reset e-mail', strings(passwordResetMail('nl', 'An', 'https://facto.test/r')), 3],
    ['invitation e-mail', strings(invitationMailNl()), 3],
    ['document e-mail templates', strings(Object.values(DEFAULT_TEMPLATES).map((t) => t.nl)), 8],
    ['reminder texts', strings([DEFAULT_STEPS, DEFAULT_QUOTE_TEXTS].map(dutchOnly)), 14],
    [
      'PDF labels and document titles',
      strings([PDF_LABELS.nl, ...Object.values(DOCUMENT_KINDS).map((kind) => kind.pdf.title.nl)]),
      74,
    ],
  ])('the %s', (_name, texts, count) => {
    // Every text is read: a helper that lost its Dutch texts would pass with none.
    expect(texts).toHaveLength(count);
    expect(texts.flatMap(informalDutch)).toEqual([]);
  });
});

function invitationMailNl() {
  return invitationMail({
    language: 'nl',
    firstName: 'An',
    inviterName: 'Bert',
    organizationName: 'Bakkerij',
    url: 'https://facto.test/i',
  });
}

/** Keeps the `nl` branches of a language-keyed structure. */
function dutchOnly(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(dutchOnly);
  const record = value as Record<string, unknown>;
  if ('nl' in record && 'fr' in record) return dutchOnly(record.nl);
  return Object.fromEntries(Object.entries(record).map(([key, inner]) => [key, dutchOnly(inner)]));
}
