import { Stack } from '@mantine/core';
import { IconRepeat } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { StatusChips } from '../../components/list/FilterChips';
import { ListEmpty } from '../../components/list/ListEmpty';
import { ListPanel } from '../../components/list/ListPanel';
import { ListToolbar } from '../../components/list/ListToolbar';
import { NewButton } from '../../components/list/NewButton';
import type { ListPage } from '../../components/list/use-list-page';
import { PageHeader } from '../../components/ui/PageHeader';
import { usePageTitle } from '../../lib/use-page-title';
import { RunNowButton } from '../jobs/RunNowButton';
import { useMe } from '../me/me-context';
import { subscriptionListQueryOptions, subscriptionsKey } from './api';
import { toSubscriptionListQuery, type SubscriptionSearch } from './subscription-search';
import { SubscriptionTable } from './SubscriptionTable';
import { useStatusLabels } from './use-subscription-labels';

/** Recurring invoices: when each makes its next invoice, for whom, for how much. */
export function SubscriptionsPage({ search, onChange }: ListPage<SubscriptionSearch>) {
  const { t } = useTranslation();
  const { organization } = useMe();
  usePageTitle(t('subscriptions.title'));
  const statusLabels = useStatusLabels();
  const list = useQuery(
    subscriptionListQueryOptions(organization.id, toSubscriptionListQuery(search)),
  );
  const newButton = (testId: string) => (
    <NewButton to="/subscriptions/new" label={t('subscriptions.new')} testId={testId} />
  );

  return (
    <Stack gap="xl">
      <PageHeader
        title={t('subscriptions.title')}
        description={t('subscriptions.subtitle')}
        titleTestId="subscriptions-title"
        actions={newButton('subscriptions-new')}
      />
      <Stack gap="md">
        <ListToolbar
          chips={
            <StatusChips
              statuses={['active', 'paused', 'ended'] as const}
              labels={statusLabels}
              value={search.status}
              onChange={(status) => onChange({ status })}
              label={t('subscriptions.filterLabel')}
              testIdPrefix="subscriptions"
            />
          }
          search={{
            value: search.q,
            onSearch: (q) => onChange({ q }),
            placeholder: t('subscriptions.searchPlaceholder'),
            testId: 'subscriptions-search',
          }}
        >
          {/* The hourly run, now (owners): beside the filters, so the header fits a phone. */}
          <RunNowButton run="subscriptions" invalidate={subscriptionsKey(organization.id)} />
        </ListToolbar>
        <ListPanel
          list={list}
          onPage={(page) => onChange({ page })}
          empty={
            <ListEmpty
              icon={IconRepeat}
              filtered={Boolean(search.q || search.status)}
              title={t('subscriptions.empty.title')}
              text={t('subscriptions.empty.text')}
              action={newButton('subscriptions-empty-new')}
              noMatchTitle={t('subscriptions.empty.noMatchTitle')}
              noMatchText={t('subscriptions.empty.noMatchText')}
              onClear={() => onChange({ q: undefined, status: undefined })}
              testId="subscriptions-empty"
            />
          }
        >
          {(subscriptions, stale) => (
            <SubscriptionTable
              subscriptions={subscriptions}
              search={search}
              onChange={onChange}
              stale={stale}
            />
          )}
        </ListPanel>
      </Stack>
    </Stack>
  );
}
