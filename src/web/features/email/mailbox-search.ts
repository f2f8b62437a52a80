import { z } from 'zod';

/** The mailbox's state in the URL: the page, and the message shown. */
const mailboxSearchSchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
  message: z.uuid().optional().catch(undefined),
});
export type MailboxSearch = z.infer<typeof mailboxSearchSchema>;

export function validateMailboxSearch(search: Record<string, unknown>): MailboxSearch {
  return mailboxSearchSchema.parse(search);
}
