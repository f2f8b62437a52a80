/** A message ready to leave: addresses validated, header texts cleaned, parts rendered. */
export interface OutgoingMail {
  /** Becomes the Message-ID `<id@domain-of-from>`: the same row is never two messages. */
  id: string;
  /** The Message-ID stored before the first attempt; default `<id@domain-of-from>`. */
  messageId?: string;
  from: { name: string | null; address: string };
  replyTo?: string | null;
  to: readonly string[];
  cc?: readonly string[];
  bcc?: readonly string[];
  subject: string;
  text: string;
  html?: string | null;
  attachments?: readonly MailAttachment[];
}

export interface MailAttachment {
  filename: string;
  content: Buffer;
  contentType: string;
  /** Set for an inline image the HTML shows as `cid:…`. */
  cid?: string;
}

export interface DeliveryResult {
  messageId: string;
  /** The server's final answer, e.g. `250 2.0.0 Ok: queued as 4AB2C`. */
  response: string;
  /** Recipients the server refused while accepting others. */
  rejected: string[];
}

/** Why a message did not leave, in words an administrator can act on. */
export class MailDeliveryError extends Error {
  constructor(
    message: string,
    /** Sending the same message again would fail the same way (5xx answers, bad credentials). */
    readonly permanent: boolean,
  ) {
    super(message);
    this.name = 'MailDeliveryError';
  }
}
