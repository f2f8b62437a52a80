import type { Migration } from 'kysely';
import * as m0001 from './0001_foundation.js';
import * as m0002 from './0002_customers_products.js';
import * as m0003 from './0003_documents.js';
import * as m0004 from './0004_payments.js';
import * as m0005 from './0005_document_layout.js';
import * as m0006 from './0006_einvoicing.js';

/** Every migration, in order. `npm run db:new` appends here; landed migrations are never edited. */
export const migrations: Record<string, Migration> = {
  '0001_foundation': m0001,
  '0002_customers_products': m0002,
  '0003_documents': m0003,
  '0004_payments': m0004,
  '0005_document_layout': m0005,
  '0006_einvoicing': m0006,
};
