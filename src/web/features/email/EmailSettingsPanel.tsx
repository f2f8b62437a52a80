import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { IconMailbox } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { CenteredLoader } from '../../components/ui/CenteredLoader';
import { LoadError } from '../../components/ui/LoadError';
import { useMe } from '../me/me-context';
import { emailSettingsQueryOptions } from './api';
import { AttachmentsSection } from './AttachmentsSection';
import { SendingSettingsForm } from './SendingSettingsForm';
import { TemplatesSection } from './TemplatesSection';

/** Settings → E-mail. */
export function EmailSettingsPanel() {
  const { t } = useTranslation();
  const { organization } = useMe();
  const settings = useQuery(emailSettingsQueryOptions(organization.id));
  if (settings.isPending) return <CenteredLoader />;
  if (settings.isError)
    return <LoadError error={settings.error} onRetry={() => void settings.refetch()} />;
  const data = settings.data;
  return (
    <Stack gap="lg">
      {data.transport === 'mailbox' && (
        <Alert
          color="grape"
          variant="light"
          icon={<IconMailbox />}
          data-testid="email-mailbox-notice"
        >
          <Text size="sm">
            {t('email.settings.mailboxNotice')}{' '}
            <Anchor size="sm" renderRoot={(props) => <Link to="/mailbox" {...props} />}>
              {t('email.mailbox.open')}
            </Anchor>
          </Text>
        </Alert>
      )}
      <SendingSettingsForm
        key={`${organization.id}-${data.sending}-${data.smtp?.host ?? ''}`}
        settings={data}
      />
      <TemplatesSection />
      <AttachmentsSection settings={data} />
    </Stack>
  );
}
