import type { z } from 'zod';
import type { MailboxMessage, MailboxPage, mailboxQuerySchema } from '../../../contract/index.js';
import { withTenant } from '../../db/tenant.js';
import type { Deps } from '../../deps.js';
import { NotFound } from '../../platform/errors.js';
import { inlineLogo } from './email-compose.js';
import { toEmailMessage } from './email-sending.service.js';

type MailboxQuery = z.output<typeof mailboxQuerySchema>;

interface StoredAttachment {
  filename: string;
  contentType: string;
  size: number;
  key?: string;
  inline?: string;
}

/**
 * The built-in mailbox: what would have been sent when the installation has no SMTP server at
 * all. Each user sees the messages of the modules they may use.
 */
export function createMailboxService({ db, storage }: Deps) {
  return {
    list: (organizationId: string, kinds: string[], query: MailboxQuery): Promise<MailboxPage> =>
      withTenant(db, organizationId, async (trx) => {
        const base = trx
          .selectFrom('email_messages')
          .where('organization_id', '=', organizationId)
          .where('transport', '=', 'mailbox')
          .where('kind', 'in', kinds.length ? kinds : ['none']);
        const [rows, total] = await Promise.all([
          base
            .selectAll()
            .orderBy('queued_at', 'desc')
            .orderBy('id', 'desc')
            .limit(query.pageSize)
            .offset((query.page - 1) * query.pageSize)
            .execute(),
          base.select((eb) => eb.fn.countAll<string>().as('count')).executeTakeFirstOrThrow(),
        ]);
        return {
          items: rows.map(toEmailMessage),
          page: query.page,
          pageSize: query.pageSize,
          total: Number(total.count),
        };
      }),

    async get(organizationId: string, kinds: string[], id: string): Promise<MailboxMessage> {
      const row = await withTenant(db, organizationId, (trx) =>
        trx
          .selectFrom('email_messages')
          .selectAll()
          .where('organization_id', '=', organizationId)
          .where('id', '=', id)
          .where('transport', '=', 'mailbox')
          .executeTakeFirst(),
      );
      if (!row || !kinds.includes(row.kind)) throw NotFound();
      const attachments = row.attachments as unknown as StoredAttachment[];
      const logo = attachments.find((a) => a.inline);
      const logoData = logo?.key ? await storage.get(logo.key) : null;
      return {
        ...toEmailMessage(row),
        from: row.from_address,
        replyTo: row.reply_to,
        text: row.body,
        html:
          row.body_html &&
          inlineLogo(
            row.body_html,
            logo && logoData ? { data: logoData, type: logo.contentType } : null,
          ),
      };
    },

    /** The `index`-th listed attachment (the inline logo is not listed). */
    async attachment(organizationId: string, kinds: string[], id: string, index: number) {
      const row = await withTenant(db, organizationId, (trx) =>
        trx
          .selectFrom('email_messages')
          .select(['kind', 'attachments'])
          .where('organization_id', '=', organizationId)
          .where('id', '=', id)
          .where('transport', '=', 'mailbox')
          .executeTakeFirst(),
      );
      if (!row || !kinds.includes(row.kind)) throw NotFound();
      const file = (row.attachments as unknown as StoredAttachment[]).filter((a) => !a.inline)[
        index
      ];
      const data = file?.key ? await storage.get(file.key) : null;
      if (!file || !data) throw NotFound();
      return { data, filename: file.filename, contentType: file.contentType };
    },
  };
}

export type MailboxService = ReturnType<typeof createMailboxService>;
