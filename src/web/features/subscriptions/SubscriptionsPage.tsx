import { Button, EmptyState, Group, Paper, Stack } from '@mantine/core';
import { IconPlus, IconRepeat } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { CenteredLoader } from '../../components/ui/CenteredLoader';
import { ListFooter } from '../../components/ui/ListFooter';
import { LoadError } from '../../components/ui/LoadError';
import { PageHeader } from '../../components/ui/PageHeader';
import { PageOutOfRange } from '../../components/ui/PageOutOfRange';
import { SearchInput } from '../../components/ui/SearchInput';
import { StatusChips } from '../../components/ui/StatusChips';
import { formatSort, toggleSort } from '../../lib/sort';
import { usePageTitle } from '../../lib/use-page-title';
import { RunNowButton } from '../jobs/RunNowButton';
import { useMe } from '../me/me-context';
import { subscriptionListQueryOptions, subscriptionsKey } from './api';
import {
  subscriptionSort,
  toSubscriptionListQuery,
  type SubscriptionSearch,
  type SubscriptionSortField,
} from './subscription-search';
import { SubscriptionTable } from './SubscriptionTable';
import { useStatusLabels } from './use-subscription-labels';

interface SubscriptionsPageProps {
  search: SubscriptionSearch;
  onChange: (patch: Partial<SubscriptionSearch>) => void;
}

/** Recurring invoices: when each makes its next invoice, for whom, for how much. */
export function SubscriptionsPage({ search, onChange }: SubscriptionsPageProps) {
  const { t } = useTranslation();
  const { organization } = useMe();
  usePageTitle(t('subscriptions.title'));
  const statusLabels = useStatusLabels();
  const list = useQuery(
    subscriptionListQueryOptions(organization.id, toSubscriptionListQuery(search)),
  );
  const sort = subscriptionSort(search);
  const filtered = Boolean(search.q || search.status);
  const onSort = (field: SubscriptionSortField) =>
    onChange({ sort: formatSort(toggleSort(sort, field)) });
  const newButton = (testId: string) => (
    <Button
      leftSection={<IconPlus size={18} />}
      renderRoot={(props) => <Link to="/subscriptions/new" {...props} />}
      data-testid={testId}
    >
      {t('subscriptions.new')}
    </Button>
  );

  let body;
  if (list.isPending) body = <CenteredLoader />;
  else if (list.isError)
    body = <LoadError error={list.error} onRetry={() => void list.refetch()} />;
  else if (list.data.items.length === 0 && list.data.total > 0)
    body = <PageOutOfRange onFirstPage={() => onChange({ page: undefined })} />;
  else if (list.data.items.length === 0)
    body = (
      <EmptyState
        icon={<IconRepeat size={28} stroke={1.5} />}
        variant="light"
        title={filtered ? t('subscriptions.empty.noMatchTitle') : t('subscriptions.empty.title')}
        description={
          filtered ? t('subscriptions.empty.noMatchText') : t('subscriptions.empty.text')
        }
        py="xl"
        data-testid="subscriptions-empty"
      >
        <EmptyState.Actions>
          {filtered ? (
            <Button variant="default" onClick={() => onChange({ q: undefined, status: undefined })}>
              {t('list.clearFilters')}
            </Button>
          ) : (
            newButton('subscriptions-empty-new')
          )}
        </EmptyState.Actions>
      </EmptyState>
    );
  else
    body = (
      <Stack gap="md">
        <SubscriptionTable
          subscriptions={list.data.items}
          sort={sort}
          onSort={onSort}
          stale={list.isPlaceholderData}
        />
        <ListFooter
          page={list.data.page}
          pageSize={list.data.pageSize}
          total={list.data.total}
          onPage={(page) => onChange({ page: page === 1 ? undefined : page })}
        />
      </Stack>
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
        <Group gap="sm" justify="space-between" wrap="wrap">
          <StatusChips
            statuses={['active', 'paused', 'ended'] as const}
            labels={statusLabels}
            value={search.status}
            onChange={(status) => onChange({ status })}
            label={t('subscriptions.filterLabel')}
            testIdPrefix="subscriptions"
          />
          <SearchInput
            value={search.q ?? ''}
            onSearch={(q) => onChange({ q: q || undefined })}
            placeholder={t('subscriptions.searchPlaceholder')}
            aria-label={t('subscriptions.searchPlaceholder')}
            style={{ flex: '1 1 240px', maxWidth: 420 }}
            data-testid="subscriptions-search"
          />
          {/* The hourly run, now (owners): beside the filters, so the header fits a phone. */}
          <RunNowButton run="subscriptions" invalidate={subscriptionsKey(organization.id)} />
        </Group>
        <Paper withBorder p={{ base: 'xs', sm: 'md' }}>
          {body}
        </Paper>
      </Stack>
    </Stack>
  );
}
