// @vitest-environment happy-dom
import '../../../test/dom-setup';
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import {
  createMemoryHistory,
  createRootRoute,
  createRouter,
  RouterProvider,
} from '@tanstack/react-router';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Me, Organization } from '../../../../contract/index.js';
import { cssVariablesResolver, theme } from '../../../app/theme';
import { i18n } from '../../../i18n';
import { customerListQueryOptions } from '../../customers/api';
import { MeProvider } from '../../me/me-context';
import { journalsQueryOptions } from '../../numbering/api';
import { organizationQueryOptions } from '../../organization/api';
import { DocumentEditor } from './DocumentEditor';

const ORGANIZATION_ID = '00000000-0000-4000-8000-000000000001';

const me: Me = {
  user: {
    id: '00000000-0000-4000-8000-000000000002',
    email: 'owner@example.be',
    firstName: 'Anne',
    lastName: 'Dupont',
    language: 'fr',
  },
  organization: { id: ORGANIZATION_ID, name: 'Atelier Dupont' },
  role: 'owner',
  permissions: [],
  language: 'fr',
  disabledApps: [],
  organizations: [{ organizationId: ORGANIZATION_ID, name: 'Atelier Dupont', role: 'owner' }],
  twoFactor: { enabled: false, requiredByOrganization: false },
};

/** A company whose default rate (12 %) is neither emptyLine's fallback nor the rates typed here. */
const organization: Organization = {
  id: ORGANIZATION_ID,
  legalName: 'Atelier Dupont',
  legalForm: null,
  enterpriseNumber: null,
  vatNumber: 'BE0123456749',
  vatRegime: 'liable',
  address: { street: null, number: null, box: null, postalCode: null, city: null, country: 'BE' },
  phone: null,
  email: null,
  website: null,
  registerCourt: null,
  defaultLanguage: 'fr',
  currency: 'EUR',
  defaultVatRate: '12',
  bankAccounts: [],
  logoUrl: null,
  updatedAt: '2026-01-01T00:00:00.000Z',
};

/**
 * The editor for a new invoice, as the app mounts it, with the answers it would fetch already in
 * the query cache (nothing goes to a server: the cache never goes stale).
 */
async function renderEditor() {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { staleTime: Infinity, retry: false } },
  });
  queryClient.setQueryData(organizationQueryOptions(ORGANIZATION_ID).queryKey, organization);
  queryClient.setQueryData(journalsQueryOptions(ORGANIZATION_ID).queryKey, []);
  queryClient.setQueryData(
    customerListQueryOptions(ORGANIZATION_ID, {
      page: 1,
      pageSize: 20,
      sort: 'name:asc',
      archived: 'false',
    }).queryKey,
    { items: [], total: 0, page: 1, pageSize: 20 },
  );
  const rootRoute = createRootRoute({
    component: () => (
      <MeProvider me={me}>
        <DocumentEditor type="invoice" />
      </MeProvider>
    ),
  });
  const router = createRouter({
    routeTree: rootRoute,
    history: createMemoryHistory({ initialEntries: ['/'] }),
  });
  render(
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>,
  );
  await screen.findByTestId('document-lines');
  return userEvent.setup({ delay: null });
}

/** Visible text with every kind of space (Belgian French groups digits with U+202F) as one. */
function textOf(testId: string): string {
  return (screen.getByTestId(testId).textContent ?? '').replace(/\s/gu, ' ');
}

function field(testId: string): HTMLInputElement {
  const element = screen.getByTestId(testId);
  const input = element instanceof HTMLInputElement ? element : element.querySelector('input');
  if (!input) throw new Error(`no input in ${testId}`);
  return input;
}

function select(testId: string): HTMLSelectElement {
  const element = screen.getByTestId(testId);
  if (!(element instanceof HTMLSelectElement)) throw new Error(`${testId} is not a select`);
  return element;
}

type User = ReturnType<typeof userEvent.setup>;

/** Replaces a field's content the way a paste does: one input event, one render of the editor. */
async function fill(user: User, testId: string, value: string) {
  await user.clear(field(testId));
  await user.click(field(testId));
  await user.paste(value);
}

beforeAll(async () => {
  await i18n.changeLanguage('fr');
});

describe('document editor', () => {
  it('shows each line amount and the totals per VAT rate as the core computes them', async () => {
    const user = await renderEditor();
    await fill(user, 'line-0-quantity', '3');
    await fill(user, 'line-0-unitPrice', '12,5');
    await user.selectOptions(select('line-0-vatRate'), '21');
    await user.click(screen.getByTestId('document-add-line'));
    await fill(user, 'line-1-quantity', '2');
    await fill(user, 'line-1-unitPrice', '617.28');
    await user.selectOptions(select('line-1-vatRate'), '6');

    expect(textOf('line-0-total')).toBe('37,50');
    expect(textOf('line-1-total')).toBe('1 234,56');
    expect(textOf('document-total-excl')).toBe('1 272,06 €');
    // 21 % of 37,50 = 7,875 and 6 % of 1 234,56 = 74,0736, each rounded per rate.
    expect(textOf('document-vat-S-21')).toBe('7,88 €');
    expect(textOf('document-vat-S-6')).toBe('74,07 €');
    expect(textOf('document-total-vat')).toBe('81,95 €');
    expect(textOf('document-total-incl')).toBe('1 354,01 €');
    const totals = within(screen.getByTestId('document-totals'));
    expect(spaces(totals.getByText(/^TVA 21 %/).textContent ?? '')).toBe('TVA 21 % sur 37,50 €');
    expect(spaces(totals.getByText(/^TVA 6 %/).textContent ?? '')).toBe('TVA 6 % sur 1 234,56 €');
  });

  it('keeps a rate picked on the starting line before anything is typed', async () => {
    const user = await renderEditor();
    expect(select('line-0-vatRate').value).toBe('12');
    await user.selectOptions(select('line-0-vatRate'), '6');
    await fill(user, 'line-0-unitPrice', '40');
    expect(select('line-0-vatRate').value).toBe('6');
  });

  it("gives a new line the company's default rate, never the previous line's", async () => {
    const user = await renderEditor();
    // The starting line too takes the company's rate once its settings are known.
    expect(select('line-0-vatRate').value).toBe('12');
    await fill(user, 'line-0-unitPrice', '40');
    await user.selectOptions(select('line-0-vatRate'), '6');
    await user.click(screen.getByTestId('document-add-line'));

    expect(select('line-0-vatRate').value).toBe('6');
    expect(select('line-1-vatRate').value).toBe('12');
  });

  it('refuses a unit price with more digits than the contract allows, without a wrong total', async () => {
    const user = await renderEditor();
    await fill(user, 'line-0-quantity', '2');
    await fill(user, 'line-0-unitPrice', '1234567890123');

    expect(textOf('line-0-errors')).toBe(
      'Prix unitaire HTVA : Saisissez un nombre avec un point pour les décimales (dans la limite autorisée).',
    );
    expect(textOf('line-0-total')).toBe('–');
    expect(textOf('document-totals-problem')).toBe(
      'Les totaux ne peuvent pas être calculés' +
        'Ligne 1 : Saisissez un nombre avec un point pour les décimales (dans la limite autorisée).',
    );
    expect(screen.queryByTestId('document-totals')).toBeNull();
    expect(screen.queryByTestId('document-total-incl')).toBeNull();
  });

  it('refuses a unit price above the contract maximum, and computes again once corrected', async () => {
    const user = await renderEditor();
    await fill(user, 'line-0-unitPrice', '100000001');

    expect(textOf('line-0-errors')).toBe('Prix unitaire HTVA : Ce montant est trop élevé.');
    expect(textOf('line-0-total')).toBe('–');
    expect(screen.queryByTestId('document-total-incl')).toBeNull();

    await fill(user, 'line-0-unitPrice', '100000000');
    expect(screen.queryByTestId('line-0-errors')).toBeNull();
    expect(textOf('line-0-total')).toBe('100 000 000,00');
    expect(textOf('document-total-incl')).toBe('112 000 000,00 €');
  });
});

function spaces(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
