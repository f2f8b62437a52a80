import {
  ActionIcon,
  Anchor,
  Button,
  EmptyState,
  Group,
  Paper,
  Table,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { IconCategory, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProductGroup } from '../../../contract/index.js';
import { CenteredLoader } from '../../components/ui/CenteredLoader';
import { LoadError } from '../../components/ui/LoadError';
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

  let body;
  if (groups.isPending) body = <CenteredLoader />;
  else if (groups.isError)
    body = <LoadError error={groups.error} onRetry={() => void groups.refetch()} />;
  else if (groups.data.length === 0)
    body = (
      <EmptyState
        icon={<IconCategory size={28} stroke={1.5} />}
        variant="light"
        title={t('productGroups.empty.title')}
        description={t('productGroups.empty.text')}
        py="xl"
        data-testid="groups-empty"
      >
        <EmptyState.Actions>
          <Button leftSection={<IconPlus size={18} />} onClick={onCreate}>
            {t('productGroups.new')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    );
  else
    body = (
      <Table.ScrollContainer minWidth={560} type="native">
        <Table highlightOnHover verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('productGroups.fields.name')}</Table.Th>
              <Table.Th ta="right">{t('productGroups.columns.margin')}</Table.Th>
              <Table.Th>{t('productGroups.columns.ledgerAccount')}</Table.Th>
              <Table.Th ta="right">{t('productGroups.columns.products')}</Table.Th>
              {/* Relative, so the hidden label cannot widen the page past the scroll container. */}
              <Table.Th w={96} pos="relative">
                <VisuallyHidden>{t('productGroups.columns.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {groups.data.map((group, index) => (
              <Table.Tr key={group.id} data-testid={`groups-row-${index}`}>
                <Table.Td fw={600}>{group.name}</Table.Td>
                <Table.Td ta="right">
                  {formatPercent(group.defaultMarginPercent, i18n.language)}
                </Table.Td>
                <Table.Td ff="monospace">{group.ledgerAccount ?? '–'}</Table.Td>
                <Table.Td ta="right">
                  {group.productCount > 0 ? (
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
                  )}
                </Table.Td>
                <Table.Td>
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
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );

  return (
    <>
      <Paper withBorder p={{ base: 'xs', sm: 'md' }}>
        {body}
      </Paper>
      {dialog?.kind === 'edit' && <GroupFormModal opened onClose={close} group={dialog.group} />}
      {dialog?.kind === 'delete' && <DeleteGroupModal group={dialog.group} onClose={close} />}
    </>
  );
}
