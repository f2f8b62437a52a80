import { all, at, attribute, first, requiredText, textAt } from './read.js';
import type { ReceivedAttachment, ReceivedDocumentReference } from './types.js';
import type { XmlElement } from './xml-tree.js';

/** Decoded size of base64 text, without decoding it. */
function base64ByteLength(content: string): number {
  const padding = content.endsWith('==') ? 2 : content.endsWith('=') ? 1 : 0;
  return Math.max(0, Math.floor((content.length * 3) / 4) - padding);
}

function isPdf(mimeCode: string | null, filename: string | null): boolean {
  return mimeCode?.toLowerCase() === 'application/pdf' || /\.pdf$/i.test(filename ?? '');
}

export interface ReadReferences {
  attachments: ReceivedAttachment[];
  documentReferences: ReceivedDocumentReference[];
}

/** BG-24: each `AdditionalDocumentReference`, split on whether it carries an attachment. */
export function readAdditionalDocuments(root: XmlElement): ReadReferences {
  const attachments: ReceivedAttachment[] = [];
  const documentReferences: ReceivedDocumentReference[] = [];
  for (const reference of all(root, 'cac:AdditionalDocumentReference')) {
    const id = requiredText(reference, 'cbc:ID');
    const description = textAt(reference, 'cbc:DocumentDescription');
    const attachment = first(reference, 'cac:Attachment');
    if (!attachment) {
      documentReferences.push({
        id,
        scheme: attribute(first(reference, 'cbc:ID'), 'schemeID'),
        typeCode: textAt(reference, 'cbc:DocumentTypeCode'),
        description,
      });
      continue;
    }
    const embedded = first(attachment, 'cbc:EmbeddedDocumentBinaryObject');
    // Base64 may be wrapped over lines; whitespace is no part of it.
    const content = embedded ? embedded.text.replace(/\s+/g, '') || null : null;
    const mimeCode = attribute(embedded, 'mimeCode');
    const filename = attribute(embedded, 'filename');
    attachments.push({
      id,
      description,
      content,
      byteLength: content === null ? null : base64ByteLength(content),
      mimeCode,
      filename,
      externalUri: textAt(at(attachment, 'cac:ExternalReference'), 'cbc:URI'),
      isPdf: content !== null && isPdf(mimeCode, filename),
    });
  }
  return { attachments, documentReferences };
}
