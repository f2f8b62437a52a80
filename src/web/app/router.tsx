import type { QueryClient } from '@tanstack/react-query';
import { validateNewDocumentSearch } from '../features/documents/new-document-search';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  redirect,
} from '@tanstack/react-router';
import { CenteredLoader } from '../components/ui/CenteredLoader';
import { validateCustomerSearch } from '../features/customers/customer-search';
import { validateDocumentSearch } from '../features/documents/document-search';
import { validateMailboxSearch } from '../features/email/mailbox-search';
import { validateInboxSearch } from '../features/inbox/inbox-search';
import { validateResetSearch } from '../features/password-reset/reset-search';
import { meQueryKey, meQueryOptions } from '../features/me/api';
import { accountQueryOptions } from '../features/team/api';
import { validateProductSearch } from '../features/products/product-search';
import { validatePurchaseSearch } from '../features/purchases/purchase-search';
import { validateSubscriptionSearch } from '../features/subscriptions/subscription-search';
import { parseSearch, stringifySearch } from '../lib/search-params';
import { PublicLayout } from './layout/PublicLayout';
import { NotFoundPage } from './NotFoundPage';
import { RootFrame } from './RootFrame';
import { RouteErrorPage } from './RouteErrorPage';
import { createQueryClient } from './query-client';
import { loadAppLayout, loadDashboard } from './signed-in-chunks';

interface RouterContext {
  queryClient: QueryClient;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: RootFrame,
  notFoundComponent: NotFoundPage,
  errorComponent: RouteErrorPage,
});

/** Pages for visitors: someone already logged in goes straight to the dashboard. */
const publicRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'public',
  beforeLoad: async ({ context }) => {
    // Both asked at once: a visitor's first page waits for one round trip, not two.
    const account = context.queryClient.ensureQueryData(accountQueryOptions);
    if (await context.queryClient.ensureQueryData(meQueryOptions)) {
      account.catch(() => undefined); // not needed after all
      throw redirect({ to: '/' });
    }
    // Signed in without a current company (an accountant without clients yet): the account home.
    if (await account) throw redirect({ to: '/account' });
  },
  component: PublicLayout,
});

const loginRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: '/login',
  component: lazyRouteComponent(() => import('../routes/login'), 'LoginPage'),
});

const signupRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: '/signup',
  component: lazyRouteComponent(() => import('../routes/signup'), 'SignupPage'),
});

const signupAccountantRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: '/signup/accountant',
  component: lazyRouteComponent(
    () => import('../routes/signup-accountant'),
    'AccountantSignupPage',
  ),
});

/** An invitation link: opened signed in or not (it logs its person in once used). */
const inviteFrame = createRoute({
  getParentRoute: () => rootRoute,
  id: 'invite-frame',
  component: PublicLayout,
});

const inviteRoute = createRoute({
  getParentRoute: () => inviteFrame,
  path: '/invite/$token',
  component: lazyRouteComponent(() => import('../routes/invite'), 'InvitePage'),
});

/** The account home: signed in, outside any company (an accountant's client list, support). */
const accountFrame = createRoute({
  getParentRoute: () => rootRoute,
  id: 'account-frame',
  beforeLoad: async ({ context }) => {
    if (!(await context.queryClient.ensureQueryData(accountQueryOptions)))
      throw redirect({ to: '/login' });
  },
  component: lazyRouteComponent(() => import('../features/team/AccountFrame'), 'AccountFrame'),
});

const accountHomeRoute = createRoute({
  getParentRoute: () => accountFrame,
  path: '/account',
  component: lazyRouteComponent(() => import('../routes/account-home'), 'AccountHomePage'),
});

/** A document opened from its public link: no session needed, none used, outside both frames. */
const publicDocumentRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/d/$token',
  component: lazyRouteComponent(() => import('../routes/public-document'), 'PublicDocumentPage'),
});

/**
 * A user whose organization requires two-factor login, before they set it up: the set-up is
 * all they can reach (the API refuses the rest).
 */
const twoFactorSetupFrame = createRoute({
  getParentRoute: () => rootRoute,
  id: 'two-factor-setup-frame',
  beforeLoad: async ({ context }) => {
    const me = await context.queryClient.ensureQueryData(meQueryOptions);
    if (!me) throw redirect({ to: '/login' });
    if (!me.twoFactor.requiredByOrganization || me.twoFactor.enabled) throw redirect({ to: '/' });
  },
  component: PublicLayout,
});

const twoFactorSetupRoute = createRoute({
  getParentRoute: () => twoFactorSetupFrame,
  path: '/two-factor-setup',
  component: lazyRouteComponent(() => import('../routes/two-factor-setup'), 'TwoFactorSetupPage'),
});

/** Everything else needs a session. */
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context }) => {
    const me = await context.queryClient.ensureQueryData(meQueryOptions);
    if (!me) {
      // Signed in without a current company: the account home; else the login page.
      if (await context.queryClient.ensureQueryData(accountQueryOptions))
        throw redirect({ to: '/account' });
      throw redirect({ to: '/login' });
    }
    if (me.twoFactor.requiredByOrganization && !me.twoFactor.enabled)
      throw redirect({ to: '/two-factor-setup' });
  },
  // The signed-in frame (header, menus, bell) is not part of the login page's download.
  component: lazyRouteComponent(loadAppLayout, 'AppLayout'),
});

const dashboardRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  component: lazyRouteComponent(loadDashboard, 'DashboardPage'),
});

const companySettingsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/settings/company',
  component: lazyRouteComponent(() => import('../routes/settings-company'), 'CompanySettingsPage'),
});

const personalSettingsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/settings/personal',
  component: lazyRouteComponent(
    () => import('../routes/settings-personal'),
    'PersonalSettingsPage',
  ),
});

const usersSettingsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/settings/users',
  component: lazyRouteComponent(() => import('../routes/settings-users'), 'UsersSettingsPage'),
});

const appsSettingsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/settings/apps',
  component: lazyRouteComponent(() => import('../routes/settings-apps'), 'AppsSettingsPage'),
});

const gdprSettingsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/settings/gdpr',
  component: lazyRouteComponent(() => import('../routes/settings-gdpr'), 'GdprSettingsPage'),
});

const auditLogRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/settings/audit-log',
  component: lazyRouteComponent(() => import('../routes/settings-audit-log'), 'AuditLogPage'),
});

const customersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/customers',
  validateSearch: validateCustomerSearch,
  component: lazyRouteComponent(() => import('../routes/customers'), 'CustomersPage'),
});

const newCustomerRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/customers/new',
  component: lazyRouteComponent(() => import('../routes/customer-new'), 'NewCustomerPage'),
});

const customerRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/customers/$customerId',
  component: lazyRouteComponent(() => import('../routes/customer-detail'), 'CustomerDetailPage'),
});

const productsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/products',
  validateSearch: validateProductSearch,
  component: lazyRouteComponent(() => import('../routes/products'), 'ProductsPage'),
});

const newProductRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/products/new',
  component: lazyRouteComponent(() => import('../routes/product-new'), 'NewProductPage'),
});

const productGroupsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/products/groups',
  component: lazyRouteComponent(() => import('../routes/product-groups'), 'ProductGroupsPage'),
});

const productRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/products/$productId',
  component: lazyRouteComponent(() => import('../routes/product-detail'), 'ProductDetailPage'),
});

const numberingSettingsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/settings/numbering',
  component: lazyRouteComponent(
    () => import('../routes/settings-numbering'),
    'NumberingSettingsPage',
  ),
});

const layoutSettingsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/settings/layout',
  component: lazyRouteComponent(() => import('../routes/settings-layout'), 'LayoutSettingsPage'),
});

const jobsSettingsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/settings/jobs',
  component: lazyRouteComponent(() => import('../routes/settings-jobs'), 'JobsSettingsPage'),
});

const emailSettingsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/settings/email',
  component: lazyRouteComponent(() => import('../routes/settings-email'), 'EmailSettingsPage'),
});

const mailboxRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/mailbox',
  validateSearch: validateMailboxSearch,
  component: lazyRouteComponent(() => import('../routes/mailbox'), 'MailboxPage'),
});

const forgotPasswordRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: '/forgot-password',
  component: lazyRouteComponent(() => import('../routes/forgot-password'), 'ForgotPasswordPage'),
});

const resetPasswordRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: '/reset-password',
  validateSearch: validateResetSearch,
  component: lazyRouteComponent(() => import('../routes/reset-password'), 'ResetPasswordPage'),
});

const peppolSettingsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/settings/peppol',
  component: lazyRouteComponent(() => import('../routes/settings-peppol'), 'PeppolSettingsPage'),
});

const reminderSettingsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/settings/reminders',
  component: lazyRouteComponent(
    () => import('../routes/settings-reminders'),
    'ReminderSettingsPage',
  ),
});

// Quotes, invoices and credit notes: the same four pages each, under their own path.
const listPage = () => import('../routes/document-lists');
const newPage = () => import('../routes/document-new');
const viewPage = () => import('../routes/document-detail');
const editPage = () => import('../routes/document-edit');

const quotesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/quotes',
  validateSearch: validateDocumentSearch,
  component: lazyRouteComponent(listPage, 'QuotesPage'),
});
const newQuoteRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/quotes/new',
  validateSearch: validateNewDocumentSearch,
  component: lazyRouteComponent(newPage, 'NewQuotePage'),
});
const quoteRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/quotes/$documentId',
  component: lazyRouteComponent(viewPage, 'QuoteDetailPage'),
});
const editQuoteRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/quotes/$documentId/edit',
  component: lazyRouteComponent(editPage, 'EditQuotePage'),
});

const invoicesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/invoices',
  validateSearch: validateDocumentSearch,
  component: lazyRouteComponent(listPage, 'InvoicesPage'),
});
const newInvoiceRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/invoices/new',
  validateSearch: validateNewDocumentSearch,
  component: lazyRouteComponent(newPage, 'NewInvoicePage'),
});
const invoiceRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/invoices/$documentId',
  component: lazyRouteComponent(viewPage, 'InvoiceDetailPage'),
});
const editInvoiceRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/invoices/$documentId/edit',
  component: lazyRouteComponent(editPage, 'EditInvoicePage'),
});

const creditNotesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/credit-notes',
  validateSearch: validateDocumentSearch,
  component: lazyRouteComponent(listPage, 'CreditNotesPage'),
});
const newCreditNoteRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/credit-notes/new',
  validateSearch: validateNewDocumentSearch,
  component: lazyRouteComponent(newPage, 'NewCreditNotePage'),
});
const creditNoteRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/credit-notes/$documentId',
  component: lazyRouteComponent(viewPage, 'CreditNoteDetailPage'),
});
const editCreditNoteRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/credit-notes/$documentId/edit',
  component: lazyRouteComponent(editPage, 'EditCreditNotePage'),
});

const paymentsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/payments',
  validateSearch: validateDocumentSearch,
  component: lazyRouteComponent(() => import('../routes/payments'), 'PaymentsPage'),
});

const inboxRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/inbox',
  validateSearch: validateInboxSearch,
  component: lazyRouteComponent(() => import('../routes/inbox'), 'InboxPage'),
});

const inboxDocumentRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/inbox/$inboxId',
  component: lazyRouteComponent(() => import('../routes/inbox-detail'), 'InboxDetailPage'),
});

const purchasesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/purchases',
  validateSearch: validatePurchaseSearch,
  component: lazyRouteComponent(() => import('../routes/purchases'), 'PurchasesPage'),
});

const purchaseRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/purchases/$purchaseId',
  component: lazyRouteComponent(() => import('../routes/purchase-detail'), 'PurchaseDetailPage'),
});

const subscriptionsPage = () => import('../routes/subscriptions');
const subscriptionsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/subscriptions',
  validateSearch: validateSubscriptionSearch,
  component: lazyRouteComponent(subscriptionsPage, 'SubscriptionsListPage'),
});
const newSubscriptionRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/subscriptions/new',
  component: lazyRouteComponent(subscriptionsPage, 'NewSubscriptionPage'),
});
const subscriptionRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/subscriptions/$subscriptionId',
  component: lazyRouteComponent(subscriptionsPage, 'SubscriptionDetailPage'),
});

const routeTree = rootRoute.addChildren([
  publicRoute.addChildren([
    loginRoute,
    signupRoute,
    signupAccountantRoute,
    forgotPasswordRoute,
    resetPasswordRoute,
  ]),
  inviteFrame.addChildren([inviteRoute]),
  accountFrame.addChildren([accountHomeRoute]),
  twoFactorSetupFrame.addChildren([twoFactorSetupRoute]),
  publicDocumentRoute,
  appRoute.addChildren([
    dashboardRoute,
    companySettingsRoute,
    personalSettingsRoute,
    usersSettingsRoute,
    gdprSettingsRoute,
    appsSettingsRoute,
    auditLogRoute,
    customersRoute,
    newCustomerRoute,
    customerRoute,
    productsRoute,
    newProductRoute,
    productGroupsRoute,
    productRoute,
    numberingSettingsRoute,
    layoutSettingsRoute,
    peppolSettingsRoute,
    emailSettingsRoute,
    mailboxRoute,
    reminderSettingsRoute,
    jobsSettingsRoute,
    quotesRoute,
    newQuoteRoute,
    quoteRoute,
    editQuoteRoute,
    invoicesRoute,
    newInvoiceRoute,
    invoiceRoute,
    editInvoiceRoute,
    creditNotesRoute,
    newCreditNoteRoute,
    creditNoteRoute,
    editCreditNoteRoute,
    paymentsRoute,
    inboxRoute,
    inboxDocumentRoute,
    purchasesRoute,
    purchaseRoute,
    subscriptionsRoute,
    newSubscriptionRoute,
    subscriptionRoute,
  ]),
]);

/** A 401 anywhere means the session is gone: forget its data and go to the login page. */
function onUnauthorized(): void {
  queryClient.setQueryData(meQueryKey, null);
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
  void router.navigate({ to: '/login' });
}

/** A 403 "set up two-factor login first": fetch the profile again and go to the set-up. */
function onTwoFactorSetupRequired(): void {
  void queryClient
    .invalidateQueries({ queryKey: meQueryKey })
    .then(() => router.navigate({ to: '/two-factor-setup' }));
}

export const queryClient = createQueryClient(onUnauthorized, onTwoFactorSetupRequired);

export const router = createRouter({
  routeTree,
  context: { queryClient },
  defaultPreload: 'intent',
  // Route data lives in TanStack Query, which decides freshness itself.
  defaultPreloadStaleTime: 0,
  defaultPendingComponent: CenteredLoader,
  scrollRestoration: true,
  parseSearch,
  stringifySearch,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
