import { Stack } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useListPage } from '../components/list/use-list-page';
import { BackLink } from '../components/ui/BackLink';
import { PageHeader } from '../components/ui/PageHeader';
import { SubscriptionDetail } from '../features/subscriptions/SubscriptionDetail';
import { SubscriptionEditor } from '../features/subscriptions/SubscriptionEditor';
import { SubscriptionsPage } from '../features/subscriptions/SubscriptionsPage';
import { usePageTitle } from '../lib/use-page-title';

const listRoute = getRouteApi('/app/subscriptions');
const detailRoute = getRouteApi('/app/subscriptions/$subscriptionId');

export function SubscriptionsListPage() {
  return <SubscriptionsPage {...useListPage(listRoute)} />;
}

export function NewSubscriptionPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  usePageTitle(t('subscriptions.new'));
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <BackLink to="/subscriptions">{t('subscriptions.title')}</BackLink>
        <PageHeader title={t('subscriptions.new')} titleTestId="subscription-editor-title" />
      </Stack>
      <SubscriptionEditor
        onSaved={(saved) =>
          void navigate({
            to: '/subscriptions/$subscriptionId',
            params: { subscriptionId: saved.id },
            replace: true,
          })
        }
        onCancel={() => void navigate({ to: '/subscriptions' })}
      />
    </Stack>
  );
}

export function SubscriptionDetailPage() {
  const { subscriptionId } = detailRoute.useParams();
  // Another subscription (the URL changed) means a fresh page, never the previous one's state.
  return <SubscriptionDetail key={subscriptionId} id={subscriptionId} />;
}
