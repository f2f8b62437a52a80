import { Paper, SimpleGrid, Stack, Switch, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MODULES, type Module } from '../../../contract/index.js';
import { useModuleLabels } from './use-team-labels';

interface ModuleSwitchesProps {
  value: Module[];
  onChange: (modules: Module[]) => void;
}

/** One switch per module: on = usable and visible, off = hidden and refused. */
export function ModuleSwitches({ value, onChange }: ModuleSwitchesProps) {
  const { t } = useTranslation();
  const labels = useModuleLabels();
  const toggle = (module: Module, on: boolean) =>
    onChange(MODULES.filter((m) => (m === module ? on : value.includes(m))));
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        {t('team.modules.title')}
      </Text>
      <Paper withBorder p="sm">
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" verticalSpacing="sm">
          {MODULES.map((module) => (
            <Switch
              key={module}
              label={labels[module]}
              checked={value.includes(module)}
              onChange={(event) => toggle(module, event.currentTarget.checked)}
              data-testid={`module-${module}`}
            />
          ))}
        </SimpleGrid>
      </Paper>
      <Text size="xs" c="dimmed">
        {t('team.modules.alwaysOpen')}
      </Text>
    </Stack>
  );
}
