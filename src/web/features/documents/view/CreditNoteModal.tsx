import { Button, Checkbox, Group, Modal, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Document } from '../../../../contract/index.js';
import { formatAmount } from '../../../lib/format';
import { notifyError } from '../../../lib/notify';
import { useCreateCreditNote } from '../api';

interface CreditNoteModalProps {
  invoice: Document;
  opened: boolean;
  onClose: () => void;
  onCreated: (creditNote: Document) => void;
}

/** Which lines of the invoice to credit; all of them unless told otherwise. */
export function CreditNoteModal({ invoice, opened, onClose, onCreated }: CreditNoteModalProps) {
  const { t, i18n } = useTranslation();
  const create = useCreateCreditNote(invoice.id);
  const items = invoice.lines.filter((line) => line.kind === 'item');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(
    () => new Set(items.map((line) => line.id)),
  );
  const all = chosen.size === items.length;

  const toggle = (id: string) =>
    setChosen((previous) => {
      const next = new Set(previous);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const submit = () =>
    create.mutate(all ? {} : { lineIds: [...chosen] }, {
      onSuccess: onCreated,
      onError: notifyError,
    });

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('documents.creditNote.title')}
      size="lg"
      centered
    >
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('documents.creditNote.text')}
        </Text>
        <ScrollArea.Autosize mah={360}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={40}>
                  <Checkbox
                    aria-label={t('documents.creditNote.all')}
                    checked={all}
                    indeterminate={chosen.size > 0 && !all}
                    onChange={() =>
                      setChosen(all ? new Set() : new Set(items.map((line) => line.id)))
                    }
                    data-testid="credit-note-all"
                  />
                </Table.Th>
                <Table.Th>{t('documents.lines.description')}</Table.Th>
                <Table.Th ta="right">{t('documents.lines.total')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((line, index) => (
                <Table.Tr key={line.id}>
                  <Table.Td>
                    <Checkbox
                      aria-label={line.description}
                      checked={chosen.has(line.id)}
                      onChange={() => toggle(line.id)}
                      data-testid={`credit-note-line-${index}`}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" lineClamp={2}>
                      {line.description}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {formatAmount(line.amounts?.net ?? null, i18n.language)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea.Autosize>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            onClick={submit}
            loading={create.isPending}
            disabled={chosen.size === 0}
            data-testid="credit-note-create"
          >
            {t('documents.creditNote.create')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
