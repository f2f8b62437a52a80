import { Button, Center, Group, Image, Paper, Stack, Text } from '@mantine/core';
import { Dropzone, type FileRejection } from '../../components/ui/Dropzone';
import { IconPhoto, IconTrash, IconUpload, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LOGO_MAX_BYTES, type LOGO_TYPES, type Organization } from '../../../contract/index.js';
import { errorMessage, notifyError, notifySuccess } from '../../lib/notify';
import { useDeleteLogo, useUploadLogo } from './api';

const ACCEPT = {
  'image/png': ['.png'],
  'image/jpeg': ['.jpg', '.jpeg'],
  'image/svg+xml': ['.svg'],
} satisfies Record<(typeof LOGO_TYPES)[number], string[]>;

// A variable, not a literal, so TypeScript accepts the data-* attribute on the hidden input.
const inputProps = { 'data-testid': 'company-logo-input', name: 'file' };

export function LogoSection({ organization }: { organization: Organization }) {
  const { t, i18n } = useTranslation();
  const upload = useUploadLogo();
  const remove = useDeleteLogo();
  const [problem, setProblem] = useState<string | null>(null);
  const maxSize = new Intl.NumberFormat(i18n.language, {
    style: 'unit',
    unit: 'megabyte',
    maximumFractionDigits: 1,
  }).format(LOGO_MAX_BYTES / (1024 * 1024));

  const onDrop = (files: File[]) => {
    const file = files[0];
    if (!file) return;
    setProblem(null);
    upload.mutate(file, {
      onSuccess: () => notifySuccess(t('company.logo.uploaded')),
      onError: (error) => {
        setProblem(errorMessage(error));
        notifyError(error);
      },
    });
  };

  // Checked here to answer at once; the server checks again (and inspects SVG content).
  const onReject = (rejections: FileRejection[]) => {
    const codes = rejections.flatMap((rejection) => rejection.errors.map((error) => error.code));
    setProblem(
      codes.includes('file-too-large')
        ? t('company.logo.tooLarge', { max: maxSize })
        : t('company.logo.wrongType'),
    );
  };

  const onRemove = () =>
    remove.mutate(undefined, {
      onSuccess: () => notifySuccess(t('company.logo.removed')),
      onError: notifyError,
    });

  return (
    <Group align="stretch" gap="lg" wrap="wrap">
      <Paper withBorder w={180} h={120} p="sm" bg="white">
        <Center h="100%">
          {organization.logoUrl ? (
            <Image
              src={organization.logoUrl}
              alt={t('company.logo.alt', { company: organization.legalName })}
              fit="contain"
              mah="100%"
              maw="100%"
              data-testid="company-logo-preview"
            />
          ) : (
            <Stack gap={4} align="center">
              <IconPhoto size={28} stroke={1.4} color="var(--mantine-color-gray-5)" />
              <Text size="xs" c="dimmed">
                {t('company.logo.none')}
              </Text>
            </Stack>
          )}
        </Center>
      </Paper>
      <Stack gap="xs" style={{ flex: '1 1 240px' }}>
        <Dropzone
          onDrop={onDrop}
          onReject={onReject}
          maxSize={LOGO_MAX_BYTES}
          accept={ACCEPT}
          multiple={false}
          loading={upload.isPending}
          inputProps={inputProps}
          label={t('company.logo.drop')}
          data-testid="company-logo-dropzone"
        >
          <Group justify="center" gap="md" mih={88} wrap="nowrap" style={{ pointerEvents: 'none' }}>
            <Dropzone.Accept>
              <IconUpload size={32} stroke={1.5} color="var(--mantine-color-brand-6)" />
            </Dropzone.Accept>
            <Dropzone.Reject>
              <IconX size={32} stroke={1.5} color="var(--mantine-color-red-6)" />
            </Dropzone.Reject>
            <Dropzone.Idle>
              <IconUpload size={32} stroke={1.5} color="var(--mantine-color-dimmed)" />
            </Dropzone.Idle>
            <div>
              <Text size="sm" fw={500}>
                {t('company.logo.drop')}
              </Text>
              <Text size="xs" c="dimmed" mt={4}>
                {t('company.logo.hint', { max: maxSize })}
              </Text>
            </div>
          </Group>
        </Dropzone>
        {problem && (
          <Text size="sm" c="red" role="alert" data-testid="company-logo-error">
            {problem}
          </Text>
        )}
        {organization.logoUrl && (
          <Group>
            <Button
              variant="subtle"
              color="red"
              size="compact-sm"
              leftSection={<IconTrash size={16} />}
              onClick={onRemove}
              loading={remove.isPending}
              data-testid="company-logo-remove"
            >
              {t('company.logo.remove')}
            </Button>
          </Group>
        )}
      </Stack>
    </Group>
  );
}
