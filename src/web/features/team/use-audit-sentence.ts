import { useTranslation } from 'react-i18next';
import {
  isAuditAction,
  isOptionalApp,
  type AuditAction,
  type AuditEntry,
} from '../../../contract/index.js';
import { useAppNames } from '../apps/use-app-names';

type Params = { who: string; what: string; name?: string | null; app?: string };
/** i18next's `t` without its key typing (a hundred literal keys make that type too deep). */
type Translate = (key: string, params: Record<string, unknown>) => string;

/**
 * Every audit event as a sentence naming who did what to which record ("Marie Dupont a finalisé
 * la facture 2026/0042"). Keys are written out so the catalogue test sees each one; the
 * Record type makes a new server event (AUDIT_ACTIONS) a compile error until it has its sentence.
 */
function useSentences(): (action: AuditAction, params: Params) => string {
  const { t } = useTranslation();
  const translate: Translate = (key, params) => String(t(key as never, params as never));
  return (action, params) => sentences(translate, params)[action];
}

function sentences(t: Translate, params: Params): Record<AuditAction, string> {
  return {
    'auth.login': t('audit.events.auth.login', params),
    'auth.login_failed': t('audit.events.auth.login_failed', params),
    'auth.password_reset': t('audit.events.auth.password_reset', params),
    'auth.password_changed': t('audit.events.auth.password_changed', params),
    'auth.session_revoked': t('audit.events.auth.session_revoked', params),
    'auth.sessions_revoked': t('audit.events.auth.sessions_revoked', params),
    'auth.two_factor_enabled': t('audit.events.auth.two_factor_enabled', params),
    'auth.two_factor_disabled': t('audit.events.auth.two_factor_disabled', params),
    'auth.two_factor_failed': t('audit.events.auth.two_factor_failed', params),
    'auth.recovery_codes_renewed': t('audit.events.auth.recovery_codes_renewed', params),
    'user.updated': t('audit.events.user.updated', params),
    'organization.created': t('audit.events.organization.created', params),
    'organization.updated': t('audit.events.organization.updated', params),
    'organization.logo_changed': t('audit.events.organization.logo_changed', params),
    'organization.logo_removed': t('audit.events.organization.logo_removed', params),
    'organization.security_updated': t('audit.events.organization.security_updated', params),
    'organization.app_enabled': t('audit.events.organization.app_enabled', params),
    'organization.app_disabled': t('audit.events.organization.app_disabled', params),
    'team.userInvited': t('audit.events.team.userInvited', params),
    'team.userAdded': t('audit.events.team.userAdded', params),
    'team.roleChanged': t('audit.events.team.roleChanged', params),
    'team.modulesChanged': t('audit.events.team.modulesChanged', params),
    'team.userReactivated': t('audit.events.team.userReactivated', params),
    'team.userDeactivated': t('audit.events.team.userDeactivated', params),
    'team.userRemoved': t('audit.events.team.userRemoved', params),
    'team.accountantRemoved': t('audit.events.team.accountantRemoved', params),
    'team.invitationRenewed': t('audit.events.team.invitationRenewed', params),
    'team.invitationAccepted': t('audit.events.team.invitationAccepted', params),
    'team.accountantAdded': t('audit.events.team.accountantAdded', params),
    'support.access': t('audit.events.support.access', params),
    'support.ended': t('audit.events.support.ended', params),
    'support.accessEnabled': t('audit.events.support.accessEnabled', params),
    'support.accessDisabled': t('audit.events.support.accessDisabled', params),
    'contact.created': t('audit.events.contact.created', params),
    'contact.updated': t('audit.events.contact.updated', params),
    'contact.archived': t('audit.events.contact.archived', params),
    'contact.unarchived': t('audit.events.contact.unarchived', params),
    'contact.deleted': t('audit.events.contact.deleted', params),
    'product.created': t('audit.events.product.created', params),
    'product.updated': t('audit.events.product.updated', params),
    'product.deleted': t('audit.events.product.deleted', params),
    'product.prices_changed': t('audit.events.product.prices_changed', params),
    'product_group.created': t('audit.events.product_group.created', params),
    'product_group.updated': t('audit.events.product_group.updated', params),
    'product_group.deleted': t('audit.events.product_group.deleted', params),
    'document.created': t('audit.events.document.created', params),
    'document.updated': t('audit.events.document.updated', params),
    'document.finalized': t('audit.events.document.finalized', params),
    'document.deleted': t('audit.events.document.deleted', params),
    'document.restored': t('audit.events.document.restored', params),
    'document.sent': t('audit.events.document.sent', params),
    'document.accepted': t('audit.events.document.accepted', params),
    'document.refused': t('audit.events.document.refused', params),
    'document.converted': t('audit.events.document.converted', params),
    'document.credited': t('audit.events.document.credited', params),
    'document.signed': t('audit.events.document.signed', params),
    'document.emailQueued': t('audit.events.document.emailQueued', params),
    'document.emailSent': t('audit.events.document.emailSent', params),
    'document.emailRetried': t('audit.events.document.emailRetried', params),
    'document.peppolQueued': t('audit.events.document.peppolQueued', params),
    'document.automaticReminders': t('audit.events.document.automaticReminders', params),
    'reminder.created': t('audit.events.reminder.created', params),
    'reminders.settingsChanged': t('audit.events.reminders.settingsChanged', params),
    'payment.recorded': t('audit.events.payment.recorded', params),
    'payment.deleted': t('audit.events.payment.deleted', params),
    'payment_account.created': t('audit.events.payment_account.created', params),
    'payment_account.updated': t('audit.events.payment_account.updated', params),
    'payment_account.deleted': t('audit.events.payment_account.deleted', params),
    'journal.created': t('audit.events.journal.created', params),
    'journal.updated': t('audit.events.journal.updated', params),
    'layout.updated': t('audit.events.layout.updated', params),
    'email.settingsChanged': t('audit.events.email.settingsChanged', params),
    'email.attachmentAdded': t('audit.events.email.attachmentAdded', params),
    'email.attachmentRemoved': t('audit.events.email.attachmentRemoved', params),
    'email.templateChanged': t('audit.events.email.templateChanged', params),
    'email.templateReset': t('audit.events.email.templateReset', params),
    'link.created': t('audit.events.link.created', params),
    'link.regenerated': t('audit.events.link.regenerated', params),
    'link.revoked': t('audit.events.link.revoked', params),
    'link.opened': t('audit.events.link.opened', params),
    'link.emailCheckFailed': t('audit.events.link.emailCheckFailed', params),
    'settings.links.updated': t('audit.events.settings.links.updated', params),
    'peppol.settingsChanged': t('audit.events.peppol.settingsChanged', params),
    'peppol.disconnected': t('audit.events.peppol.disconnected', params),
    'inbox.accepted': t('audit.events.inbox.accepted', params),
    'inbox.rejected': t('audit.events.inbox.rejected', params),
    'purchase.paid': t('audit.events.purchase.paid', params),
    'purchase.unpaid': t('audit.events.purchase.unpaid', params),
    'subscription.created': t('audit.events.subscription.created', params),
    'subscription.updated': t('audit.events.subscription.updated', params),
    'subscription.deleted': t('audit.events.subscription.deleted', params),
    'subscription.paused': t('audit.events.subscription.paused', params),
    'subscription.resumed': t('audit.events.subscription.resumed', params),
    'subscription.invoiced': t('audit.events.subscription.invoiced', params),
  };
}

type RecordPhrase =
  | 'invoice'
  | 'invoiceDraft'
  | 'quote'
  | 'quoteDraft'
  | 'creditNote'
  | 'creditNoteDraft'
  | 'document'
  | 'contact'
  | 'contactUnknown'
  | 'user'
  | 'userUnknown';

function records(t: Translate, params: { name: string | null }): Record<RecordPhrase, string> {
  return {
    invoice: t('audit.records.invoice', params),
    invoiceDraft: t('audit.records.invoiceDraft', params),
    quote: t('audit.records.quote', params),
    quoteDraft: t('audit.records.quoteDraft', params),
    creditNote: t('audit.records.creditNote', params),
    creditNoteDraft: t('audit.records.creditNoteDraft', params),
    document: t('audit.records.document', params),
    contact: t('audit.records.contact', params),
    contactUnknown: t('audit.records.contactUnknown', params),
    user: t('audit.records.user', params),
    userUnknown: t('audit.records.userUnknown', params),
  };
}

/** "la facture 2026/0042", "le client Dupont", "une facture en brouillon". */
function recordPhrase(subject: AuditEntry['subject']): RecordPhrase {
  if (!subject) return 'document';
  const named = subject.name !== null;
  switch (subject.kind) {
    case 'invoice':
      return named ? 'invoice' : 'invoiceDraft';
    case 'quote':
      return named ? 'quote' : 'quoteDraft';
    case 'creditNote':
      return named ? 'creditNote' : 'creditNoteDraft';
    case 'contact':
      return named ? 'contact' : 'contactUnknown';
    case 'user':
      return named ? 'user' : 'userUnknown';
    default:
      return 'document';
  }
}

/** The sentence of an entry; an event this version of the app does not know keeps its key. */
export function useAuditSentence(): (entry: AuditEntry) => string {
  const { t } = useTranslation();
  const sentence = useSentences();
  const appNames = useAppNames();
  return (entry) => {
    const who = entry.user?.name || entry.user?.email || t('audit.system');
    const name = entry.subject?.name ?? null;
    const translate: Translate = (key, params) => String(t(key as never, params as never));
    const what = records(translate, { name })[recordPhrase(entry.subject)];
    const app =
      typeof entry.data.app === 'string' && isOptionalApp(entry.data.app)
        ? appNames[entry.data.app]
        : '';
    return isAuditAction(entry.action) ? sentence(entry.action, { who, what, app }) : entry.action;
  };
}
