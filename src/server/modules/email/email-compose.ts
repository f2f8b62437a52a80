import {
  DOCUMENT_TYPES,
  perDocumentKind,
  type Document,
  type DocumentType,
  type EmailTemplateKind,
} from '../../../contract/index.js';
import { isTagName, type TagLanguage, type TagValues } from '../../../core/tags/index.js';
import { withTenant } from '../../db/tenant.js';
import type { Deps } from '../../deps.js';
import { NotFound } from '../../platform/errors.js';
import { publicBaseUrl } from '../../platform/public-url.js';
import type { MailAttachment } from '../../platform/mailer/index.js';
import type { DocumentsService, LayoutService, PdfService } from '../documents/index.js';
import { DOCUMENT_KINDS, tagValuesOf } from '../documents/index.js';
import type { PeppolService } from '../einvoicing/index.js';
import type { OrganizationsService } from '../organizations/index.js';
import { LOGO_CID, renderEmail, type Branding, type RenderedEmail } from './email-layout.js';
import { findDocumentTypeAndContact } from './email.repository.js';

/** Stored document types, as the documents table names them (from each kind's entry). */
export const STORED_TYPES: Record<string, DocumentType> = Object.fromEntries(
  DOCUMENT_TYPES.map((type) => [DOCUMENT_KINDS[type].stored, type]),
);
export const DOCUMENT_PATHS: Record<DocumentType, string> = perDocumentKind(
  (_type, kind) => kind.path,
);

const VAT_LABEL: Record<TagLanguage, string> = { fr: 'TVA', nl: 'Btw', en: 'VAT', de: 'USt-IdNr.' };
const ENTERPRISE_LABEL: Record<TagLanguage, string> = {
  fr: 'BCE',
  nl: 'KBO',
  en: 'Enterprise no.',
  de: 'Unternehmensnr.',
};

export interface ComposeServices {
  documents: DocumentsService;
  organizations: OrganizationsService;
  layouts: LayoutService;
  pdf: PdfService;
  peppol: PeppolService;
}

export interface CompanyContext {
  organization: Awaited<ReturnType<OrganizationsService['get']>>;
  color: string;
  logo: { data: Buffer; type: string } | null;
}

/** Everything a document's e-mail is made of, gathered once. */
export interface DocumentContext extends CompanyContext {
  type: DocumentType;
  document: Document;
  contactName: string | null;
}

/** Gathers a document's context and turns templates into messages and attachments. */
export function createEmailComposer(deps: Deps, services: ComposeServices) {
  const { db, config } = deps;

  /** The document's type and its customer's first contact person, in one transaction. */
  async function documentType(organizationId: string, documentId: string) {
    const row = await withTenant(db, organizationId, (trx) =>
      findDocumentTypeAndContact(trx, organizationId, documentId),
    );
    const type = row && STORED_TYPES[row.document_type];
    if (!row || !type) throw NotFound();
    return { type, contactPerson: row.contact_person };
  }

  const printable = (logo: { data: Buffer; type: string } | null) =>
    logo && (logo.type === 'image/png' || logo.type === 'image/jpeg') ? logo : null;

  /** The company's look: its details, the layout colour and a logo e-mail clients can show. */
  async function company(organizationId: string): Promise<CompanyContext> {
    const [organization, layout, logo] = await Promise.all([
      services.organizations.get(organizationId),
      services.layouts.get(organizationId),
      services.organizations.readLogo(organizationId),
    ]);
    return { organization, color: layout.color, logo: printable(logo) };
  }

  async function context(organizationId: string, documentId: string): Promise<DocumentContext> {
    const { type, contactPerson } = await documentType(organizationId, documentId);
    const [document, look] = await Promise.all([
      services.documents.get(organizationId, type, documentId),
      company(organizationId),
    ]);
    const contactName = document.customer.attention ?? contactPerson;
    return { type, document, ...look, contactName };
  }

  /** The app's own page of the document: what `%link%` is without a public link. */
  const appUrl = (type: DocumentType, id: string) =>
    `${publicBaseUrl(config)}/${DOCUMENT_PATHS[type]}/${id}`;

  function tagValues(
    ctx: DocumentContext,
    link: string | null,
    extra: Record<string, string> = {},
  ): TagValues {
    const values = tagValuesOf(ctx.document, ctx.organization, {
      link: link ?? appUrl(ctx.type, ctx.document.id),
      contactName: ctx.contactName,
    });
    for (const [name, value] of Object.entries(extra)) if (isTagName(name)) values[name] = value;
    return values;
  }

  function branding(ctx: CompanyContext, language: TagLanguage): Branding {
    const o = ctx.organization;
    const street = [o.address.street, o.address.number, o.address.box].filter(Boolean).join(' ');
    const city = [o.address.postalCode, o.address.city].filter(Boolean).join(' ');
    const identity = o.vatNumber
      ? `${VAT_LABEL[language]} ${o.vatNumber}`
      : o.enterpriseNumber
        ? `${ENTERPRISE_LABEL[language]} ${o.enterpriseNumber}`
        : '';
    return {
      companyName: o.legalName,
      footer: [
        [street, city].filter(Boolean).join(', '),
        identity,
        [o.email, o.phone, o.website].filter(Boolean).join(' · '),
      ].filter(Boolean),
      color: ctx.color,
      hasLogo: Boolean(ctx.logo),
    };
  }

  function render(
    ctx: DocumentContext,
    template: { subject: string; body: string },
    link: string | null,
    extra: Record<string, string> = {},
  ): RenderedEmail {
    const language = ctx.document.language;
    return renderEmail(template, tagValues(ctx, link, extra), language, branding(ctx, language));
  }

  /** The document's PDF, its UBL when asked (invoices, credit notes) and the logo, inline. */
  async function documentAttachments(
    ctx: DocumentContext,
    options: { pdf: boolean; ubl: boolean },
  ): Promise<MailAttachment[]> {
    const organizationId = ctx.organization.id;
    const [pdf, ubl] = await Promise.all([
      options.pdf ? services.pdf.document(organizationId, ctx.type, ctx.document.id) : null,
      options.ubl && ctx.type !== 'quote'
        ? services.peppol.ubl(organizationId, ctx.type, ctx.document.id)
        : null,
    ]);
    const attachments: MailAttachment[] = [];
    if (pdf)
      attachments.push({
        filename: pdf.filename,
        content: pdf.data,
        contentType: 'application/pdf',
      });
    if (ubl)
      attachments.push({
        filename: ubl.filename,
        content: Buffer.from(ubl.xml, 'utf8'),
        contentType: 'application/xml',
      });
    return attachments;
  }

  function logoAttachment(logo: DocumentContext['logo']): MailAttachment | null {
    if (!logo) return null;
    return {
      filename: logo.type === 'image/png' ? 'logo.png' : 'logo.jpg',
      content: logo.data,
      contentType: logo.type,
      cid: LOGO_CID,
    };
  }

  return {
    company,
    context,
    render,
    branding,
    documentAttachments,
    logoAttachment,
    appUrl,
    documentType,
  };
}

export type EmailComposer = ReturnType<typeof createEmailComposer>;

/** The template kind a document is sent with by default. */
export const kindOf = (type: DocumentType): EmailTemplateKind => type;

/** An HTML page whose `cid:` logo becomes a data URL, to be shown in a browser. */
export function inlineLogo(html: string, logo: { data: Buffer; type: string } | null): string {
  if (!logo) return html;
  return html.replaceAll(
    `cid:${LOGO_CID}`,
    `data:${logo.type};base64,${logo.data.toString('base64')}`,
  );
}
