import { Stack } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../components/ui/PageHeader';
import { CheckInboxButton } from '../features/inbox/CheckInboxButton';
import type { InboxSearch } from '../features/inbox/inbox-search';
import { InboxList } from '../features/inbox/InboxList';
import { InboxUpload } from '../features/inbox/InboxUpload';
import { usePageTitle } from '../lib/use-page-title';

const route = getRouteApi('/app/inbox');

/** Documents received from suppliers, via PEPPOL or uploaded, waiting to be accepted. */
export function InboxPage() {
  const { t } = useTranslation();
  usePageTitle(t('inbox.title'));
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const onChange = (patch: Partial<InboxSearch>) =>
    void navigate({ search: (previous) => ({ ...previous, page: undefined, ...patch }) });

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
