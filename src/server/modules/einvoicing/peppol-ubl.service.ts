import type { Document, DocumentType } from '../../../contract/index.js';
import { generateUbl, type UblDocumentInput } from '../../../core/einvoicing/index.js';
import { withTenant } from '../../db/tenant.js';
import type { Deps } from '../../deps.js';
import { InvalidState } from '../../platform/errors.js';
import type { DocumentsService, PdfService } from '../documents/index.js';
import type { OrganizationsService } from '../organizations/index.js';
import { invoicePeriodOf } from '../subscriptions/index.js';
import { isDepositDocument, productCodes } from './peppol-documents.repository.js';
import { toUblInput } from './ubl-input.js';

/** A sales document as PEPPOL BIS Billing 3.0 UBL: what is checked, downloaded and sent. */
export function createPeppolUblService(
  deps: Pick<Deps, 'db'>,
  services: { documents: DocumentsService; organizations: OrganizationsService; pdf: PdfService },
) {
  const { db } = deps;

  /** The document, its UBL input, and whatever of the context the generator needs. */
  async function ublInputOf(
    organizationId: string,
    type: DocumentType,
    id: string,
    withPdf: boolean,
  ): Promise<{ document: Document; input: UblDocumentInput }> {
    const document = await services.documents.get(organizationId, type, id);
    const [organization, extra, credited, pdf] = await Promise.all([
      services.organizations.get(organizationId),
      withTenant(db, organizationId, async (trx) => {
        const productIds = document.lines.flatMap((line) =>
          line.productId ? [line.productId] : [],
        );
        const [products, isDeposit, period] = await Promise.all([
          productCodes(trx, organizationId, productIds),
          isDepositDocument(trx, organizationId, id),
          invoicePeriodOf(trx, organizationId, id),
        ]);
        return { products, isDeposit, period };
      }),
      type === 'creditNote' && document.sourceDocumentId
        ? services.documents.get(organizationId, 'invoice', document.sourceDocumentId)
        : null,
      withPdf ? services.pdf.document(organizationId, type, id) : null,
    ]);
    const input = toUblInput(document, {
      organization,
      products: new Map(extra.products.map((p) => [p.id, { code: p.code, ean: p.ean }])),
      isDepositInvoice: type === 'invoice' && extra.isDeposit,
      creditedInvoice: credited?.numberFormatted
        ? { number: credited.numberFormatted, issueDate: credited.issueDate }
        : null,
      pdf: pdf && { filename: pdf.filename, data: pdf.data },
      invoicePeriod: extra.period,
    });
    return { document, input };
  }

  return {
    ublInputOf,

    /** The UBL of a finalised document, with its PDF embedded. */
    async ubl(
      organizationId: string,
      type: DocumentType,
      id: string,
    ): Promise<{ xml: string; filename: string }> {
      const { document, input } = await ublInputOf(organizationId, type, id, true);
      if (document.status === 'draft') throw InvalidState('error.notFinalized');
      return {
        xml: generateUbl(input),
        filename: `${(document.numberFormatted ?? document.id).replace(/[^\w.-]+/g, '_')}.xml`,
      };
    },
  };
}

export type PeppolUblService = ReturnType<typeof createPeppolUblService>;
