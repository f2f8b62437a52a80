import { Stack } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useListPage } from '../components/list/use-list-page';
import { PageHeader } from '../components/ui/PageHeader';
import { MailboxList } from '../features/email/MailboxList';
import { MailboxMessageModal } from '../features/email/MailboxMessageModal';
import { usePageTitle } from '../lib/use-page-title';

const route = getRouteApi('/app/mailbox');

/** The built-in mailbox: what would have been sent while no SMTP server is configured. */
export function MailboxPage() {
  const { t } = useTranslation();
  usePageTitle(t('email.mailbox.title'));
  const { search, onChange } = useListPage(route, { keepPage: ['message'] });
  return (
    <Stack gap="xl">
      <PageHeader
        title={t('email.mailbox.title')}
        description={t('email.mailbox.subtitle')}
        titleTestId="mailbox-title"
      />
      <MailboxList search={search} onChange={onChange} />
      <MailboxMessageModal id={search.message} onClose={() => onChange({ message: undefined })} />
    </Stack>
  );
}
