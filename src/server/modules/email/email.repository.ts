import type { Selectable } from 'kysely';
import type { EmailTemplateKind } from '../../../contract/index.js';
import type { TagLanguage } from '../../../core/tags/index.js';
import type { EmailMessages, EmailSettings } from '../../db/schema.generated.js';
import type { Tx } from '../../db/tenant.js';
import { DEFAULT_TEMPLATES } from './default-templates.js';

export type EmailSettingsRow = Selectable<EmailSettings>;
export type EmailMessageRow = Selectable<EmailMessages>;

export const findSettings = (trx: Tx, organizationId: string) =>
  trx
    .selectFrom('email_settings')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .executeTakeFirst();

/** The company's own text, or the built-in one. */
export async function findTemplate(
  trx: Tx,
  organizationId: string,
  kind: EmailTemplateKind,
  language: TagLanguage,
): Promise<{ subject: string; body: string; isDefault: boolean }> {
  const row = await trx
    .selectFrom('email_templates')
    .select(['subject', 'body'])
    .where('organization_id', '=', organizationId)
    .where('kind', '=', kind)
    .where('language', '=', language)
    .executeTakeFirst();
  return row
    ? { ...row, isDefault: false }
    : { ...DEFAULT_TEMPLATES[kind][language], isDefault: true };
}

export const findAttachments = (trx: Tx, organizationId: string, language?: TagLanguage) => {
  let query = trx
    .selectFrom('email_attachments')
    .selectAll()
    .where('organization_id', '=', organizationId);
  if (language) query = query.where('language', '=', language);
  return query.orderBy('language').orderBy('created_at').execute();
};

export const findMessage = (trx: Tx, organizationId: string, id: string) =>
  trx
    .selectFrom('email_messages')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();
