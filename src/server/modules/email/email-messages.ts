import {
  DOCUMENT_TYPES,
  EMAIL_MAX_RECIPIENTS,
  perDocumentKind,
  emailAddressSchema,
  type EmailMessage,
  type Module,
  type Role,
} from '../../../contract/index.js';
import type { Tx } from '../../db/tenant.js';
import type { Deps } from '../../deps.js';
import { Validation } from '../../platform/errors.js';
import { isSafeAddress } from '../../platform/mailer/index.js';
import type { EmailMessageRow } from './email.repository.js';

export const EMAIL_SEND_JOB = 'email.send';

/** The send job's data: which message to build and hand over. */
export interface SendJob {
  organizationId: string;
  messageId: string;
}

/** Queues the send job of a message in the caller's transaction (one job per key). */
export const enqueueSend = (
  jobs: Deps['jobs'],
  trx: Tx,
  job: SendJob,
  singletonKey: string = job.messageId,
) => jobs.enqueue(trx, EMAIL_SEND_JOB, job, { singletonKey });

/** A file of a message, as stored on its row. */
export interface StoredAttachment {
  filename: string;
  contentType: string;
  size: number;
  /** In file storage (extra attachments until sent; everything of a mailbox message). */
  key?: string;
  /** The logo, shown in the HTML, not listed as an attachment. */
  inline?: string;
}

export const storedAttachments = (row: Pick<EmailMessageRow, 'attachments'>) =>
  row.attachments as unknown as StoredAttachment[];

/** Which module a message's kind belongs to: its readers need that module. */
const TEMPLATE_MODULE: Record<string, Module> = {
  ...perDocumentKind((_type, kind) => kind.module),
  reminder: 'invoices',
  payment: 'invoices',
  test: 'settings',
  invitation: 'settings',
};

/** What moves a finalised document to "sent" once e-mailed: the document itself, not a notice. */
export const DOCUMENT_KINDS = new Set<string>(DOCUMENT_TYPES);

export function toEmailMessage(row: EmailMessageRow): EmailMessage {
  return {
    id: row.id,
    documentId: row.document_id,
    kind: row.kind as EmailMessage['kind'],
    status: row.status as EmailMessage['status'],
    transport: row.transport as EmailMessage['transport'],
    to: row.recipients,
    cc: row.cc,
    bcc: row.bcc,
    subject: row.subject,
    attachments: storedAttachments(row)
      .filter((a) => !a.inline)
      .map((a) => ({ filename: a.filename, contentType: a.contentType, size: a.size })),
    attempts: row.attempts,
    error: row.error,
    serverMessageId: row.server_message_id,
    serverResponse: row.server_response,
    queuedAt: row.queued_at.toISOString(),
    sentAt: row.sent_at?.toISOString() ?? null,
  };
}

/** Who reads messages: a user's role and modules in the current organization. */
export interface Reader {
  role: Role;
  modules: readonly string[];
}

/** The kinds of messages this user may see (a quote's e-mails need the quotes module). */
export function kindsVisibleTo(reader: Reader): string[] {
  return (
    Object.entries(TEMPLATE_MODULE)
      .filter(([, module]) => reader.role !== 'employee' || reader.modules.includes(module))
      // An invitation holds a link that sets someone's password: only owners invite, only they read it.
      .filter(([kind]) => kind !== 'invitation' || reader.role === 'owner')
      .map(([kind]) => kind)
  );
}

/** A list of addresses as the contract accepts them, or a field error. */
export function addresses(list: readonly string[], field: string): string[] {
  if (list.length > EMAIL_MAX_RECIPIENTS) throw Validation({ [field]: 'validation.invalid' });
  return list.map((value) => {
    const parsed = emailAddressSchema.safeParse(value);
    if (!parsed.success || !isSafeAddress(parsed.data))
      throw Validation({ [field]: 'validation.email' });
    return parsed.data;
  });
}
