import type { ExpressionBuilder } from 'kysely';
import {
  NOTIFICATION_TYPES,
  type Module,
  type NotificationType,
  type Role,
} from '../../../contract/index.js';
import type { DB } from '../../db/schema.generated.js';
import { hasModules } from '../../platform/auth/permissions.js';

/**
 * The modules a reader needs to see a notification of each type: its parameters name the
 * records of those modules (an invoice number and its customer, a supplier). A notification
 * about a document also needs the module of the record it links to (`LINK_MODULES`); one of a
 * type without modules of its own and without such a link (a failed test e-mail) needs settings.
 */
export const NOTIFICATION_MODULES: Record<NotificationType, readonly Module[]> = {
  reminderCreated: ['invoices'],
  subscriptionInvoiceCreated: ['invoices'],
  paymentReceived: ['payments', 'invoices'],
  peppolSendFailed: [],
  quoteSigned: ['quotes'],
  messageReceived: ['purchases'],
  emailFailed: [],
};

/** The module of the record a notification's link leads to, by the link's first segment. */
const LINK_MODULES: Record<string, Module> = {
  '/quotes/': 'quotes',
  '/invoices/': 'invoices',
  '/credit-notes/': 'creditNotes',
  '/inbox/': 'purchases',
  '/purchase-invoices/': 'purchases',
};

type Where = ReturnType<ExpressionBuilder<DB, 'notifications'>['and']>;

/** The notifications a reader with this role and these modules may see, as a condition. */
export function visibleNotifications(role: Role, modules: readonly Module[]) {
  return (eb: ExpressionBuilder<DB, 'notifications'>): Where => {
    const granted = (required: readonly Module[]) => hasModules(role, modules, required);
    const types = NOTIFICATION_TYPES.filter((type) => granted(NOTIFICATION_MODULES[type]));
    const conditions = [eb('type', 'in', types.length > 0 ? types : ['-'])];
    // A link to a module the reader lacks hides the notification.
    for (const [prefix, module] of Object.entries(LINK_MODULES))
      if (!granted([module]))
        conditions.push(eb.or([eb('link', 'is', null), eb('link', 'not like', `${prefix}%`)]));
    // No module of its own and no module by its link: settings.
    if (!granted(['settings'])) {
      const bare = NOTIFICATION_TYPES.filter((type) => NOTIFICATION_MODULES[type].length === 0);
      const linkedSomewhere = Object.keys(LINK_MODULES).map((prefix) =>
        eb('link', 'like', `${prefix}%`),
      );
      conditions.push(eb.or([eb('type', 'not in', bare), ...linkedSomewhere]));
    }
    return eb.and(conditions);
  };
}
