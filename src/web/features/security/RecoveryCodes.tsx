import { Alert, Button, Code, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconDownload, IconKey } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Offers the codes as a text file, so they can be printed or kept in a password manager. */
function downloadCodes(codes: readonly string[], heading: string): void {
  const text = `${heading}\r\n\r\n${codes.join('\r\n')}\r\n`;
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'facto-recovery-codes.txt';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The recovery codes, shown once: only their hashes are kept. */
export function RecoveryCodes({ codes, onDone }: { codes: readonly string[]; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md" data-testid="recovery-codes">
      <Alert color="yellow" variant="light" icon={<IconKey />} title={t('security.recovery.title')}>
        {t('security.recovery.explanation')}
      </Alert>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
        {codes.map((code) => (
          <Code key={code} fz="md" ta="center" py={6} data-testid="recovery-code">
            {code}
          </Code>
        ))}
      </SimpleGrid>
      <Text size="xs" c="dimmed">
        {t('security.recovery.once')}
      </Text>
      <Group justify="flex-end">
        <Button
          variant="default"
          leftSection={<IconDownload size={16} />}
          onClick={() => downloadCodes(codes, t('security.recovery.fileHeading'))}
          data-testid="recovery-download"
        >
          {t('security.recovery.download')}
        </Button>
        <Button onClick={onDone} data-testid="recovery-done">
          {t('security.recovery.done')}
        </Button>
      </Group>
    </Stack>
  );
}
