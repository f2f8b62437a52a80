import {
  ActionIcon,
  Alert,
  Button,
  CopyButton,
  Group,
  Modal,
  Stack,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { IconCheck, IconCopy, IconMail } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { InvitationLink } from '../../../contract/index.js';
import { formatDateTime } from '../../lib/format';

interface InvitationLinkModalProps {
  link: InvitationLink | null;
  name: string;
  onClose: () => void;
}

/** The invitation link, shown once (only its hash is kept): to copy and pass on. */
export function InvitationLinkModal({ link, name, onClose }: InvitationLinkModalProps) {
  const { t, i18n } = useTranslation();
  return (
    <Modal opened={link !== null} onClose={onClose} title={t('team.invitation.title')} centered>
      {link && (
        <Stack gap="md">
          <Text size="sm">{t('team.invitation.intro', { name })}</Text>
          {link.emailed ? (
            <Alert color="teal" variant="light" icon={<IconMail />}>
              {t('team.invitation.emailed')}
            </Alert>
          ) : (
            <Alert color="blue" variant="light">
              {t('team.invitation.copyHint')}
            </Alert>
          )}
          <TextInput
            label={t('team.invitation.link')}
            value={link.url}
            readOnly
            onFocus={(event) => event.currentTarget.select()}
            data-testid="invitation-url"
            rightSection={
              <CopyButton value={link.url}>
                {({ copied, copy }) => (
                  <Tooltip label={copied ? t('team.invitation.copied') : t('team.invitation.copy')}>
                    <ActionIcon
                      variant="subtle"
                      color={copied ? 'teal' : 'gray'}
                      onClick={copy}
                      aria-label={t('team.invitation.copy')}
                      data-testid="invitation-copy"
                    >
                      {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                    </ActionIcon>
                  </Tooltip>
                )}
              </CopyButton>
            }
          />
          <Text size="xs" c="dimmed">
            {t('team.invitation.expires', { date: formatDateTime(link.expiresAt, i18n.language) })}
          </Text>
          <Group justify="flex-end">
            <Button onClick={onClose} data-testid="invitation-done">
              {t('team.invitation.done')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
