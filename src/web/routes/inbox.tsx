import { Stack } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useListPage } from '../components/list/use-list-page';
import { PageHeader } from '../components/ui/PageHeader';
import { CheckInboxButton } from '../features/inbox/CheckInboxButton';
import { InboxList } from '../features/inbox/InboxList';
import { InboxUpload } from '../features/inbox/InboxUpload';
import { usePageTitle } from '../lib/use-page-title';

const route = getRouteApi('/app/inbox');

/** Documents received from suppliers, via PEPPOL or uploaded, waiting to be accepted. */
export function InboxPage() {
  const { t } = useTranslation();
  usePageTitle(t('inbox.title'));
  const { search, onChange } = useListPage(route);

  return (
    <Stack gap="xl">
      <PageHeader
        title={t('inbox.title')}
        description={t('inbox.subtitle')}
        titleTestId="inbox-title"
        actions={<CheckInboxButton />}
      />
      <InboxUpload />
      <InboxList search={search} onChange={onChange} />
    </Stack>
  );
}
