import { ActionIcon, Anchor, Box, Button, Group, Text, VisuallyHidden } from '@mantine/core';
import { IconCategory, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProductGroup } from '../../../contract/index.js';
import { DataTable } from '../../components/list/DataTable';
import { ListEmpty } from '../../components/list/ListEmpty';
import { QueryPanel } from '../../components/list/ListPanel';
import { formatPercent } from '../../lib/format';
import { useMe } from '../me/me-context';
import { productGroupsQueryOptions } from './api';
import { DeleteGroupModal } from './DeleteGroupModal';
import { GroupFormModal } from './GroupFormModal';

type Dialog = { kind: 'edit' | 'delete'; group: ProductGroup };

/** Product groups with their product count; editing and deleting happen in modals. */
export function GroupList({ onCreate }: { onCreate: () => void }) {
  const { t, i18n } = useTranslation();
  const { organization } = useMe();
  const groups = useQuery(productGroupsQueryOptions(organization.id));
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);

  return (
    <>
      <QueryPanel query={groups}>
        {(list) =>
          list.length === 0 ? (
            <ListEmpty
              icon={IconCategory}
              title={t('productGroups.empty.title')}
              text={t('productGroups.empty.text')}
              action={
                <Button leftSection={<IconPlus size={18} />} onClick={onCreate}>
                  {t('productGroups.new')}
                </Button>
              }
              testId="groups-empty"
            />
          ) : (
            <DataTable<ProductGroup>
              rows={list}
              rowKey={(group) => group.id}
              testIdPrefix="groups"
              minWidth={560}
              columns={[
                {
                  key: 'name',
                  header: t('productGroups.fields.name'),
                  cell: (group) => (
                    <Text size="sm" fw={600}>
                      {group.name}
                    </Text>
                  ),
                },
                {
                  key: 'margin',
                  header: t('productGroups.columns.margin'),
                  numeric: true,
                  cell: (group) => formatPercent(group.defaultMarginPercent, i18n.language),
                },
                {
                  key: 'ledger',
                  header: t('productGroups.columns.ledgerAccount'),
                  cell: (group) => (
                    <Text size="sm" ff="monospace">
                      {group.ledgerAccount ?? '–'}
                    </Text>
                  ),
                },
                {
                  key: 'products',
                  header: t('productGroups.columns.products'),
                  numeric: true,
                  cell: (group) =>
                    group.productCount > 0 ? (
                      <Anchor
                        size="sm"
                        renderRoot={(props) => (
                          <Link to="/products" search={{ groupId: group.id }} {...props} />
                        )}
                      >
                        {group.productCount}
                      </Anchor>
                    ) : (
                      <Text size="sm" c="dimmed" component="span">
                        0
                      </Text>
                    ),
                },
                {
                  key: 'actions',
                  width: 96,
                  // Relative, so the hidden label cannot widen the page past the scroll container.
                  header: (
                    <Box pos="relative">
                      <VisuallyHidden>{t('productGroups.columns.actions')}</VisuallyHidden>
                    </Box>
                  ),
                  cell: (group, index) => (
                    <Group gap={4} justify="flex-end" wrap="nowrap">
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        onClick={() => setDialog({ kind: 'edit', group })}
                        aria-label={t('productGroups.edit', { name: group.name })}
                        data-testid={`group-edit-${index}`}
                      >
                        <IconPencil size={18} stroke={1.6} />
                      </ActionIcon>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        onClick={() => setDialog({ kind: 'delete', group })}
                        aria-label={t('productGroups.delete.label', { name: group.name })}
                        data-testid={`group-delete-${index}`}
                      >
                        <IconTrash size={18} stroke={1.6} />
                      </ActionIcon>
                    </Group>
                  ),
                },
              ]}
            />
          )
        }
      </QueryPanel>
      {dialog?.kind === 'edit' && <GroupFormModal opened onClose={close} group={dialog.group} />}
      {dialog?.kind === 'delete' && <DeleteGroupModal group={dialog.group} onClose={close} />}
    </>
  );
}
