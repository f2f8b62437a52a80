import { ActionIcon, Group, Select, Tooltip } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProductGroup } from '../../../contract/index.js';
import { useMe } from '../me/me-context';
import { productGroupsQueryOptions } from '../product-groups/api';
import { GroupFormModal } from '../product-groups/GroupFormModal';
import type { ProductForm } from './product-form';

interface ProductGroupSelectProps {
  form: ProductForm;
  /** A group was chosen (or created): its default margin may apply. */
  onGroupChosen: (group: ProductGroup) => void;
}

/** Group picker with a "+" to create a group on the spot, without leaving the product. */
export function ProductGroupSelect({ form, onGroupChosen }: ProductGroupSelectProps) {
  const { t } = useTranslation();
  const { organization } = useMe();
  const groups = useQuery(productGroupsQueryOptions(organization.id));
  const [creating, setCreating] = useState(false);
  const inputProps = form.getInputProps('groupId');

  return (
    <>
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <Select
          label={t('products.fields.group')}
          placeholder={t('products.fields.noGroup')}
          data={(groups.data ?? []).map((group) => ({ value: group.id, label: group.name }))}
          clearable
          searchable
          nothingFoundMessage={t('products.filters.noGroup')}
          style={{ flex: 1 }}
          data-testid="product-groupId"
          {...inputProps}
          onChange={(groupId) => {
            inputProps.onChange(groupId);
            const group = groups.data?.find((candidate) => candidate.id === groupId);
            if (group) onGroupChosen(group);
          }}
        />
        <Tooltip label={t('productGroups.new')}>
          <ActionIcon
            variant="default"
            size={36}
            onClick={() => setCreating(true)}
            aria-label={t('productGroups.new')}
            data-testid="product-new-group"
          >
            <IconPlus size={18} stroke={1.6} />
          </ActionIcon>
        </Tooltip>
      </Group>
      {creating && (
        <GroupFormModal
          opened
          onClose={() => setCreating(false)}
          onSaved={(group) => {
            form.setFieldValue('groupId', group.id);
            onGroupChosen(group);
          }}
        />
      )}
    </>
  );
}
