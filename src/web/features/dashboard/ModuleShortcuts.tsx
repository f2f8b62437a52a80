import { Card, Group, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconChevronRight } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useAvailableModules } from './available-modules';

export function ModuleShortcuts() {
  const { t } = useTranslation();
  const modules = useAvailableModules();
  return (
    <Stack gap="md" component="section">
      <Title order={2} fz="lg">
        {t('dashboard.shortcutsTitle')}
      </Title>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="md">
        {modules.map((module) => (
          <Card
            key={module.to}
            padding="lg"
            renderRoot={(props) => <Link to={module.to} {...props} />}
            data-testid={`dashboard-module-${module.to.slice(1)}`}
          >
            <Group justify="space-between" mb="md">
              <ThemeIcon size={40} radius="md" variant="light">
                <module.icon size={22} stroke={1.6} />
              </ThemeIcon>
              <IconChevronRight size={18} stroke={1.6} color="var(--mantine-color-dimmed)" />
            </Group>
            <Text fw={600} mb={4}>
              {module.label}
            </Text>
            <Text size="sm" c="dimmed">
              {module.description}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
