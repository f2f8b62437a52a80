import { Badge, Card, Group, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useUpcomingModules } from './upcoming-modules';

export function UpcomingModules() {
  const { t } = useTranslation();
  const modules = useUpcomingModules();
  if (modules.length === 0) return null;
  return (
    <Stack gap="md" component="section">
      <Stack gap={2}>
        <Title order={2} fz="lg">
          {t('dashboard.modulesTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('dashboard.modulesText')}
        </Text>
      </Stack>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="md">
        {modules.map((module) => (
          <Card key={module.key} padding="lg">
            <Group justify="space-between" mb="md">
              <ThemeIcon size={40} radius="md" variant="light">
                <module.icon size={22} stroke={1.6} />
              </ThemeIcon>
              <Badge variant="light" color="gray" size="sm">
                {t('common.soon')}
              </Badge>
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
