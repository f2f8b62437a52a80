import type {
  Document,
  DocumentType,
  LayoutPreviewQuery,
  LayoutSettings,
} from '../../../../contract/index.js';
import type { Deps } from '../../../deps.js';
import { todayInBelgium } from '../../../platform/dates.js';
import type { OrganizationsService } from '../../organizations/index.js';
import type { DocumentsService } from '../documents.service.js';
import type { LayoutService } from './layout.service.js';
import { printableLogo } from './logo.js';
import { renderPdf } from './render.js';
import { sampleDocument } from './sample-document.js';
import { buildView } from './view-model.js';
import type { PdfSignature } from './view-types.js';

export interface RenderedPdf {
  data: Buffer;
  filename: string;
}

/** PDFs of documents, and previews of an unsaved layout on a sample invoice. */
export function createPdfService(
  { clock }: Pick<Deps, 'clock'>,
  services: {
    documents: DocumentsService;
    organizations: OrganizationsService;
    layouts: LayoutService;
    /** The signature a customer drew on a quote online (links module), if any. */
    signatureOf?: (organizationId: string, documentId: string) => Promise<PdfSignature | null>;
  },
) {
  const { documents, organizations, layouts } = services;

  async function render(
    organizationId: string,
    document: Document,
    layout: LayoutSettings,
    creditedInvoiceNumber: string | null = null,
  ): Promise<Buffer> {
    const [organization, logo, signature] = await Promise.all([
      organizations.get(organizationId),
      organizations.readLogo(organizationId),
      document.type === 'quote' && services.signatureOf
        ? services.signatureOf(organizationId, document.id)
        : null,
    ]);
    return renderPdf(
      buildView({
        document,
        organization,
        layout,
        logo: printableLogo(logo),
        creditedInvoiceNumber,
        signature,
      }),
    );
  }

  return {
    /** The document as it stands: a draft prints as such, without a number. */
    async document(organizationId: string, type: DocumentType, id: string): Promise<RenderedPdf> {
      const document = await documents.get(organizationId, type, id);
      const credited =
        type === 'creditNote' && document.sourceDocumentId
          ? await documents
              .get(organizationId, 'invoice', document.sourceDocumentId)
              .then((invoice) => invoice.numberFormatted)
          : null;
      const layout = await layouts.get(organizationId);
      const name = document.numberFormatted ?? `${type}-${document.id.slice(-8)}`;
      return {
        data: await render(organizationId, document, layout, credited),
        filename: `${name.replace(/[^\w.-]+/g, '_')}.pdf`,
      };
    },

    /** A sample document with the saved layout, overridden by the query's unsaved settings. */
    async preview(organizationId: string, query: LayoutPreviewQuery): Promise<Buffer> {
      const [saved, organization] = await Promise.all([
        layouts.get(organizationId),
        organizations.get(organizationId),
      ]);
      const layout: LayoutSettings = {
        ...saved,
        ...(query.template && { template: query.template }),
        ...(query.color && { color: query.color }),
        ...(query.font && { font: query.font }),
        ...(query.logoPosition && { logoPosition: query.logoPosition }),
      };
      const sample = sampleDocument(
        query.type ?? 'invoice',
        query.language ?? organization.defaultLanguage,
        todayInBelgium(clock.now()),
      );
      return render(organizationId, sample, layout);
    },
  };
}

export type PdfService = ReturnType<typeof createPdfService>;
