import type { z } from 'zod';
import type { MailboxMessage, MailboxPage, mailboxQuerySchema } from '../../../contract/index.js';
import { withTenant } from '../../db/tenant.js';
import type { Deps } from '../../deps.js';
import { NotFound } from '../../platform/errors.js';
import { inlineLogo } from './email-compose.js';
import {
  kindsVisibleTo,
  storedAttachments,
  toEmailMessage,
  type Reader,
} from './email-messages.js';
import { findMailboxMessage, listMailbox } from './email.repository.js';

type MailboxQuery = z.output<typeof mailboxQuerySchema>;

/** Who opens the mailbox: the current organization, the user's role and modules. */
export type MailboxReader = Reader & { organizationId: string };

/**
 * The built-in mailbox: what would have been sent when the installation has no SMTP server at
 * all. Each user sees the messages of the modules they may use.
 */
export function createMailboxService({ db, storage }: Deps) {
  /** A message of the mailbox this reader may open (404 for another module's message). */
  async function readable(reader: MailboxReader, id: string) {
    const row = await withTenant(db, reader.organizationId, (trx) =>
      findMailboxMessage(trx, reader.organizationId, id),
    );
    if (!row || !kindsVisibleTo(reader).includes(row.kind)) throw NotFound();
    return row;
  }

  return {
    list: (reader: MailboxReader, query: MailboxQuery): Promise<MailboxPage> =>
      withTenant(db, reader.organizationId, async (trx) => {
        const { rows, total } = await listMailbox(
          trx,
          reader.organizationId,
          kindsVisibleTo(reader),
          {
            limit: query.pageSize,
            offset: (query.page - 1) * query.pageSize,
          },
        );
        return {
          items: rows.map(toEmailMessage),
          page: query.page,
          pageSize: query.pageSize,
          total,
        };
      }),

    async get(reader: MailboxReader, id: string): Promise<MailboxMessage> {
      const row = await readable(reader, id);
      const attachments = storedAttachments(row);
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
    async attachment(reader: MailboxReader, id: string, index: number) {
      const row = await readable(reader, id);
      const file = storedAttachments(row).filter((a) => !a.inline)[index];
      const data = file?.key ? await storage.get(file.key) : null;
      if (!file || !data) throw NotFound();
      return { data, filename: file.filename, contentType: file.contentType };
    },
  };
}

export type MailboxService = ReturnType<typeof createMailboxService>;
