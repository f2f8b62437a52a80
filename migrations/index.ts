import type { Migration } from 'kysely';
import * as m0001 from './0001_foundation.js';
import * as m0002 from './0002_customers_products.js';
import * as m0003 from './0003_documents.js';
import * as m0004 from './0004_payments.js';
import * as m0005 from './0005_document_layout.js';
import * as m0006 from './0006_einvoicing.js';
import * as m0007 from './0007_email.js';
import * as m0008 from './0008_subscriptions.js';
import * as m0009 from './0009_reminders.js';
import * as m0010 from './0010_document_links.js';
import * as m0011 from './0011_two_factor.js';
import * as m0012 from './0012_team.js';
import * as m0013 from './0013_default_vat_rate.js';
import * as m0014 from './0014_document_delivery_address.js';
import * as m0015 from './0015_company_accounts.js';
import * as m0016 from './0016_payment_mail_invitations.js';
import * as m0017 from './0017_document_bank_accounts.js';
import * as m0018 from './0018_organization_apps.js';
import * as m0019 from './0019_citus_distribution.js';

/** Every migration, in order. `npm run db:new` appends here; landed migrations are never edited. */
export const migrations: Record<string, Migration> = {
  '0001_foundation': m0001,
  '0002_customers_products': m0002,
  '0003_documents': m0003,
  '0004_payments': m0004,
  '0005_document_layout': m0005,
  '0006_einvoicing': m0006,
  '0007_email': m0007,
  '0008_subscriptions': m0008,
  '0009_reminders': m0009,
  '0010_document_links': m0010,
  '0011_two_factor': m0011,
  '0012_team': m0012,
  '0013_default_vat_rate': m0013,
  '0014_document_delivery_address': m0014,
  '0015_company_accounts': m0015,
  '0016_payment_mail_invitations': m0016,
  '0017_document_bank_accounts': m0017,
  '0018_organization_apps': m0018,
  '0019_citus_distribution': m0019,
};
