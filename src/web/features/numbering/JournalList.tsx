import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  Tooltip,
} from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentType, Journal } from '../../../contract/index.js';
import { CenteredLoader } from '../../components/ui/CenteredLoader';
import { LoadError } from '../../components/ui/LoadError';
import { useDocumentLabels } from '../documents/use-document-labels';
import { useMe } from '../me/me-context';
import { journalsQueryOptions } from './api';
import { JournalModal } from './JournalModal';

const ORDER: DocumentType[] = ['invoice', 'creditNote', 'quote'];

/** Every journal with the number its next document gets. */
export function JournalList() {
  const { t } = useTranslation();
  const { organization } = useMe();
  const labels = useDocumentLabels();
  const journals = useQuery(journalsQueryOptions(organization.id));
  const [editing, setEditing] = useState<Journal | 'new' | null>(null);

  let body;
  if (journals.isPending) body = <CenteredLoader />;
  else if (journals.isError)
    body = <LoadError error={journals.error} onRetry={() => void journals.refetch()} />;
  else {
    const sorted = [...journals.data].sort(
      (a, b) =>
        ORDER.indexOf(a.documentType) - ORDER.indexOf(b.documentType) ||
        Number(b.isDefault) - Number(a.isDefault) ||
        a.name.localeCompare(b.name),
    );
    body = (
      <Table.ScrollContainer minWidth={620} type="native">
        <Table verticalSpacing="sm" highlightOnHover data-testid="journals-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('numbering.documentType')}</Table.Th>
              <Table.Th>{t('numbering.name')}</Table.Th>
              <Table.Th>{t('numbering.format')}</Table.Th>
              <Table.Th>{t('numbering.nextNumberColumn')}</Table.Th>
              <Table.Th w={48} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sorted.map((journal, index) => (
              <Table.Tr key={journal.id} data-testid={`journal-row-${index}`}>
                <Table.Td>{labels[journal.documentType].plural}</Table.Td>
                <Table.Td>
                  <Group gap="xs">
                    <Text size="sm" fw={500}>
                      {journal.name}
                    </Text>
                    {journal.isDefault && (
                      <Badge size="sm" variant="light">
                        {t('numbering.default')}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" ff="monospace" c="dimmed">
                    {journal.format}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" ff="monospace" fw={600} data-testid={`journal-next-${index}`}>
                    {journal.nextNumberFormatted}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Tooltip label={t('numbering.edit')} openDelay={400}>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      onClick={() => setEditing(journal)}
                      aria-label={t('numbering.editLabel', { name: journal.name })}
                      data-testid={`journal-edit-${index}`}
                    >
                      <IconPencil size={16} stroke={1.6} />
                    </ActionIcon>
                  </Tooltip>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );
  }

  return (
    <Stack gap="md">
      <Group justify="flex-end">
        <Button
          variant="light"
          leftSection={<IconPlus size={18} />}
          onClick={() => setEditing('new')}
          data-testid="journal-new"
        >
          {t('numbering.new')}
        </Button>
      </Group>
      <Paper withBorder p={{ base: 'xs', sm: 'md' }}>
        {body}
      </Paper>
      {editing !== null && (
        <JournalModal
          journal={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
