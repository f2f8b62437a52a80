import { zipSync } from 'fflate';
import type { DocumentType } from '../../../contract/index.js';
import { withTenant } from '../../db/tenant.js';
import type { Deps } from '../../deps.js';
import { toCsv } from '../../platform/csv.js';
import type { PdfService } from '../documents/index.js';
import { purchasesOfPeriod, salesOfPeriod } from './accountant-export.repository.js';
import type { PeppolService } from './peppol.service.js';

const safe = (name: string) => name.replace(/[^\w.-]+/g, '_');

/**
 * Everything an accountant books for a period, in one ZIP: each finalised sales invoice and credit
 * note as UBL and PDF, each purchase invoice as the UBL (and PDF) it arrived as, and an index
 * (`index.csv`) listing them with their totals.
 */
export function createAccountantExportService(
  deps: Pick<Deps, 'db' | 'storage'>,
  services: { peppol: PeppolService; pdf: PdfService },
) {
  const { db, storage } = deps;
  return {
    async zip(organizationId: string, from: string, to: string): Promise<Buffer> {
      const { sales, purchases } = await withTenant(db, organizationId, async (trx) => ({
        sales: await salesOfPeriod(trx, organizationId, from, to),
        purchases: await purchasesOfPeriod(trx, organizationId, from, to),
      }));

      const files: Record<string, Uint8Array> = {};
      const index: (string | null)[][] = [];
      for (const row of sales) {
        const type: DocumentType = row.document_type === 'credit_note' ? 'creditNote' : 'invoice';
        const name = `sales/${safe(row.number_formatted ?? row.id)}`;
        const [ubl, pdf] = await Promise.all([
          services.peppol.ubl(organizationId, type, row.id),
          services.pdf.document(organizationId, type, row.id),
        ]);
        files[`${name}.xml`] = Buffer.from(ubl.xml, 'utf8');
        files[`${name}.pdf`] = pdf.data;
        index.push([
          'sale',
          type,
          row.number_formatted,
          row.issue_date,
          (row.customer as { name?: string }).name ?? '',
          row.currency,
          row.total_excl,
          row.total_vat,
          row.total_incl,
          `${name}.xml`,
        ]);
      }
      for (const row of purchases) {
        const name = `purchases/${safe(`${row.supplier}-${row.number}`)}`;
        if (row.xml) files[`${name}.xml`] = Buffer.from(row.xml, 'utf8');
        const pdf = row.pdf_key ? await storage.get(row.pdf_key) : null;
        if (pdf) files[`${name}.pdf`] = pdf;
        index.push([
          'purchase',
          row.document_kind,
          row.number,
          row.issue_date,
          row.supplier,
          row.currency,
          row.total_excl,
          row.total_vat,
          row.total_incl,
          row.xml ? `${name}.xml` : null,
        ]);
      }
      files['index.csv'] = Buffer.from(
        toCsv(
          [
            'journal',
            'type',
            'number',
            'date',
            'party',
            'currency',
            'total_excl',
            'total_vat',
            'total_incl',
            'file',
          ],
          index,
        ),
        'utf8',
      );
      return Buffer.from(zipSync(files, { level: 6 }));
    },
  };
}

export type AccountantExportService = ReturnType<typeof createAccountantExportService>;
