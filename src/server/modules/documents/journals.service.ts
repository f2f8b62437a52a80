import type { z } from 'zod';
import { DOCUMENT_TYPES, type Journal, type journalInputSchema } from '../../../contract/index.js';
import {
  fiscalYearOf,
  formatDocumentNumber,
  numberFormatProblem,
} from '../../../core/numbering/index.js';
import type { Actor, Deps } from '../../deps.js';
import { withTenant, type Tx } from '../../db/tenant.js';
import { writeAudit } from '../../platform/audit.js';
import { todayInBelgium } from '../../platform/dates.js';
import { NotFound, Validation } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { DOCUMENT_KINDS, typeOfStored } from './document-kinds.js';
import {
  counterValue,
  findJournal,
  listJournals,
  setCounter,
  type JournalRow,
} from './documents.repository.js';
import { clearDefaultJournal, insertJournals, updateJournal } from './journals.repository.js';

type JournalInput = z.output<typeof journalInputSchema>;

/** The default journals of a new organization, named in its language. */
export async function createDefaultJournals(
  trx: Tx,
  organizationId: string,
  language: 'fr' | 'nl' | 'en',
  now: Date,
) {
  await insertJournals(
    trx,
    organizationId,
    DOCUMENT_TYPES.map((type) => ({
      id: newId(),
      document_type: DOCUMENT_KINDS[type].stored,
      name: DOCUMENT_KINDS[type].journal.name[language],
      format: DOCUMENT_KINDS[type].journal.format,
      is_default: true,
      created_at: now,
    })),
  );
}

export function createJournalsService({ db, clock }: Deps) {
  async function toJournal(trx: Tx, organizationId: string, row: JournalRow): Promise<Journal> {
    const today = todayInBelgium(clock.now());
    const year = fiscalYearOf(today, row.fiscal_year_start_month);
    const next = (await counterValue(trx, organizationId, `journal:${row.id}:${year}`)) + 1;
    return {
      id: row.id,
      documentType: typeOfStored(row.document_type),
      name: row.name,
      format: row.format,
      fiscalYearStartMonth: row.fiscal_year_start_month,
      isDefault: row.is_default,
      nextNumber: next,
      nextNumberFormatted: formatDocumentNumber(
        row.format,
        next,
        today,
        row.fiscal_year_start_month,
      ),
    };
  }

  async function save(
    trx: Tx,
    actor: Actor,
    id: string | null,
    input: JournalInput,
  ): Promise<Journal> {
    if (numberFormatProblem(input.format)) throw Validation({ format: 'validation.numberFormat' });
    const stored = DOCUMENT_KINDS[input.documentType].stored;
    const now = clock.now();
    const journalId = id ?? newId();
    if (input.isDefault) {
      // One default per document type: the previous one steps down in the same transaction.
      await clearDefaultJournal(trx, actor.organizationId, stored, journalId);
    }
    const values = {
      name: input.name,
      format: input.format,
      fiscal_year_start_month: input.fiscalYearStartMonth,
      is_default: input.isDefault,
    };
    if (id) {
      const existing = await findJournal(trx, actor.organizationId, id);
      if (!existing || existing.document_type !== stored) throw NotFound();
      await updateJournal(trx, actor.organizationId, id, values);
    } else {
      await insertJournals(trx, actor.organizationId, [
        { ...values, id: journalId, document_type: stored, created_at: now },
      ]);
    }
    if (input.nextNumber !== undefined) {
      // "My last paper invoice was 115": the counter continues from there, never backwards.
      const year = fiscalYearOf(todayInBelgium(now), input.fiscalYearStartMonth);
      const scope = `journal:${journalId}:${year}`;
      if (input.nextNumber - 1 < (await counterValue(trx, actor.organizationId, scope))) {
        throw Validation({ nextNumber: 'validation.startNumberTooLow' });
      }
      await setCounter(trx, actor.organizationId, scope, input.nextNumber - 1);
    }
    await writeAudit(trx, {
      ...actor,
      action: id ? 'journal.updated' : 'journal.created',
      entityType: 'journal',
      entityId: journalId,
      at: now,
    });
    const row = await findJournal(trx, actor.organizationId, journalId);
    if (!row) throw NotFound();
    return toJournal(trx, actor.organizationId, row);
  }

  return {
    list: (organizationId: string) =>
      withTenant(db, organizationId, async (trx) =>
        Promise.all(
          (await listJournals(trx, organizationId)).map((row) =>
            toJournal(trx, organizationId, row),
          ),
        ),
      ),
    create: (actor: Actor, input: JournalInput) =>
      withTenant(db, actor.organizationId, (trx) => save(trx, actor, null, input)),
    update: (actor: Actor, id: string, input: JournalInput) =>
      withTenant(db, actor.organizationId, (trx) => save(trx, actor, id, input)),
  };
}

export type JournalsService = ReturnType<typeof createJournalsService>;
