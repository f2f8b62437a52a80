import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  CopyButton,
  Group,
  Stack,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import {
  IconCheck,
  IconCopy,
  IconLink,
  IconLinkOff,
  IconPlus,
  IconRefresh,
  IconSignature,
} from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Document, DocumentLinkStatus } from '../../../../contract/index.js';
import { ConfirmModal } from '../../../components/ui/ConfirmModal';
import { formatDateTime } from '../../../lib/format';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { useMe } from '../../me/me-context';
import { linkStatusQueryOptions, useRevokeLink, useShareLink } from './share-link-api';
import { PanelQuery, SidePanel } from '../../../components/ui/SidePanel';

/**
 * The document's secure public link: create it, copy it, see who may open it and when it was
 * last opened, add an address, replace it (the old URL dies) or revoke it.
 */
export function ShareLinkPanel({ document }: { document: Document }) {
  const { t } = useTranslation();
  const { organization } = useMe();
  const status = useQuery(linkStatusQueryOptions(organization.id, document.type, document.id));

  return (
    <SidePanel title={t('documents.share.title')} testId="share-link-panel">
      <PanelQuery query={status}>
        {(data) => <ShareLinkBody document={document} status={data} />}
      </PanelQuery>
    </SidePanel>
  );
}

function ShareLinkBody({ document, status }: { document: Document; status: DocumentLinkStatus }) {
  const { t, i18n } = useTranslation();
  const share = useShareLink(document.type, document.id);
  const revoke = useRevokeLink(document.type, document.id);
  const [url, setUrl] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<'regenerate' | 'revoke' | null>(null);
  const [address, setAddress] = useState('');
  const { link, signature } = status;

  const create = (regenerate: boolean) =>
    share.mutate(
      { regenerate },
      {
        onSuccess: ({ data }) => {
          setUrl(data.url);
          if (regenerate) notifySuccess(t('documents.share.regenerated'));
        },
        onError: notifyError,
        onSettled: () => setConfirm(null),
      },
    );

  const addAddress = (event: FormEvent) => {
    event.preventDefault();
    if (!address.trim()) return;
    share.mutate(
      { sentTo: [address.trim()] },
      { onSuccess: () => setAddress(''), onError: notifyError },
    );
  };

  return (
    <Stack gap="sm">
      {signature && (
        <Alert color="teal" variant="light" icon={<IconSignature />} data-testid="share-signed">
          {t('documents.share.signedBy', {
            name: signature.name,
            date: formatDateTime(signature.signedAt, i18n.language),
          })}
        </Alert>
      )}
      {!link ? (
        <>
          <Text size="sm" c="dimmed">
            {t('documents.share.none')}
          </Text>
          <div>
            <Button
              leftSection={<IconLink size={18} />}
              variant="light"
              onClick={() => create(false)}
              loading={share.isPending}
              data-testid="share-create"
            >
              {t('documents.share.create')}
            </Button>
          </div>
        </>
      ) : (
        <>
          {url ? (
            <Group gap="xs" wrap="nowrap">
              <TextInput
                value={url}
                readOnly
                flex={1}
                aria-label={t('documents.share.url')}
                onFocus={(event) => event.currentTarget.select()}
                data-testid="share-url"
              />
              <CopyButton value={url}>
                {({ copied, copy }) => (
                  <Tooltip label={copied ? t('documents.share.copied') : t('documents.share.copy')}>
                    <ActionIcon
                      variant="light"
                      size="lg"
                      color={copied ? 'teal' : undefined}
                      onClick={copy}
                      aria-label={t('documents.share.copy')}
                      data-testid="share-copy"
                    >
                      {copied ? <IconCheck size={18} /> : <IconCopy size={18} />}
                    </ActionIcon>
                  </Tooltip>
                )}
              </CopyButton>
            </Group>
          ) : (
            <div>
              <Button
                variant="light"
                leftSection={<IconLink size={18} />}
                onClick={() => create(false)}
                loading={
                  share.isPending && !share.variables?.regenerate && !share.variables?.sentTo
                }
                data-testid="share-show"
              >
                {t('documents.share.show')}
              </Button>
            </div>
          )}
          <Text size="sm" c="dimmed" data-testid="share-opened">
            {link.lastOpenedAt
              ? t('documents.share.opened', {
                  date: formatDateTime(link.lastOpenedAt, i18n.language),
                  times: link.openCount,
                })
              : t('documents.share.notOpened')}
          </Text>
          <Stack gap={4}>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              {t('documents.share.sentTo')}
            </Text>
            {link.sentTo.length > 0 ? (
              <Group gap={6}>
                {link.sentTo.map((email) => (
                  <Badge key={email} variant="light" color="gray" tt="none">
                    {email}
                  </Badge>
                ))}
              </Group>
            ) : (
              status.requireEmail && (
                <Text size="sm" c="orange.8" data-testid="share-no-recipient">
                  {t('documents.share.noRecipient')}
                </Text>
              )
            )}
            <form onSubmit={addAddress}>
              <Group gap="xs" wrap="nowrap">
                <TextInput
                  size="xs"
                  type="email"
                  flex={1}
                  placeholder={t('documents.share.addPlaceholder')}
                  aria-label={t('documents.share.add')}
                  value={address}
                  onChange={(event) => setAddress(event.currentTarget.value)}
                  data-testid="share-add-email"
                />
                <ActionIcon
                  type="submit"
                  variant="default"
                  size="md"
                  aria-label={t('documents.share.add')}
                  loading={share.isPending && Boolean(share.variables?.sentTo)}
                >
                  <IconPlus size={16} />
                </ActionIcon>
              </Group>
            </form>
          </Stack>
          <Text size="xs" c="dimmed">
            {status.requireEmail ? t('documents.share.checkOn') : t('documents.share.checkOff')}
          </Text>
          <Group gap="xs">
            <Button
              size="compact-sm"
              variant="default"
              leftSection={<IconRefresh size={16} />}
              onClick={() => setConfirm('regenerate')}
              data-testid="share-regenerate"
            >
              {t('documents.share.regenerate')}
            </Button>
            <Button
              size="compact-sm"
              variant="default"
              color="red"
              leftSection={<IconLinkOff size={16} />}
              onClick={() => setConfirm('revoke')}
              data-testid="share-revoke"
            >
              {t('documents.share.revoke')}
            </Button>
          </Group>
        </>
      )}
      <ConfirmModal
        opened={confirm !== null}
        onClose={() => setConfirm(null)}
        title={
          confirm === 'revoke'
            ? t('documents.share.revokeTitle')
            : t('documents.share.regenerateTitle')
        }
        confirmLabel={
          confirm === 'revoke' ? t('documents.share.revoke') : t('documents.share.regenerate')
        }
        danger={confirm === 'revoke'}
        loading={share.isPending || revoke.isPending}
        onConfirm={() => {
          if (confirm === 'regenerate') {
            create(true);
            return;
          }
          revoke.mutate(undefined, {
            onSuccess: () => {
              setUrl(null);
              notifySuccess(t('documents.share.revoked'));
            },
            onError: notifyError,
            onSettled: () => setConfirm(null),
          });
        }}
      >
        <Text size="sm">
          {confirm === 'revoke'
            ? t('documents.share.revokeText')
            : t('documents.share.regenerateText')}
        </Text>
      </ConfirmModal>
    </Stack>
  );
}
