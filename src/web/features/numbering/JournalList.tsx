import { ActionIcon, Badge, Button, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentType, Journal } from '../../../contract/index.js';
import { DataTable } from '../../components/list/DataTable';
import { QueryPanel } from '../../components/list/ListPanel';
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
      <QueryPanel query={journals}>
        {(list) => (
          <DataTable<Journal>
            rows={[...list].sort(
              (a, b) =>
                ORDER.indexOf(a.documentType) - ORDER.indexOf(b.documentType) ||
                Number(b.isDefault) - Number(a.isDefault) ||
                a.name.localeCompare(b.name),
            )}
            rowKey={(journal) => journal.id}
            testIdPrefix="journals"
            minWidth={620}
            rowProps={(_journal, index) => ({ 'data-testid': `journal-row-${index}` })}
            columns={[
              {
                key: 'type',
                header: t('numbering.documentType'),
                cell: (journal) => labels[journal.documentType].plural,
              },
              {
                key: 'name',
                header: t('numbering.name'),
                cell: (journal) => (
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
                ),
              },
              {
                key: 'format',
                header: t('numbering.format'),
                cell: (journal) => (
                  <Text size="sm" ff="monospace" c="dimmed">
                    {journal.format}
                  </Text>
                ),
              },
              {
                key: 'next',
                header: t('numbering.nextNumberColumn'),
                cell: (journal, index) => (
                  <Text size="sm" ff="monospace" fw={600} data-testid={`journal-next-${index}`}>
                    {journal.nextNumberFormatted}
                  </Text>
                ),
              },
              {
                key: 'edit',
                header: null,
                width: 48,
                cell: (journal, index) => (
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
                ),
              },
            ]}
          />
        )}
      </QueryPanel>
      {editing !== null && (
        <JournalModal
          journal={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
