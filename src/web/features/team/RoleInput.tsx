import { SegmentedControl, Stack, Text } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamRole } from '../../../contract/index.js';

/** Employee or owner, for a new member and for an existing one. */
export function RoleInput({
  testId,
  inputProps,
  hint,
}: {
  testId: string;
  inputProps: GetInputPropsReturnType;
  /** What the chosen role may do. */
  hint?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {t('team.role.label')}
      </Text>
      <SegmentedControl<TeamRole>
        data={[
          { value: 'employee', label: t('roles.employee') },
          { value: 'owner', label: t('roles.owner') },
        ]}
        data-testid={testId}
        {...inputProps}
      />
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </Stack>
  );
}
