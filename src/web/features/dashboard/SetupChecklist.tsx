import { Button, Group, List, Paper, Progress, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCheck, IconCircleDashed } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Organization } from '../../../contract/index.js';
import { canManageSettings, useMe } from '../me/me-context';
import { organizationQueryOptions } from '../organization/api';

function steps(organization: Organization, t: TFunction) {
  const { address } = organization;
  return [
    {
      label: t('company.identity.title'),
      done:
        Boolean(organization.legalName && organization.enterpriseNumber) &&
        (organization.vatRegime !== 'liable' || Boolean(organization.vatNumber)),
    },
    {
      label: t('company.address.title'),
      done: Boolean(address.street && address.postalCode && address.city),
    },
    { label: t('company.bank.title'), done: organization.bankAccounts.length > 0 },
    { label: t('company.logo.title'), done: organization.logoUrl !== null },
  ];
}

/** Nudges owners to fill in what every invoice will need; disappears once complete. */
export function SetupChecklist() {
  const { t } = useTranslation();
  const me = useMe();
  const allowed = canManageSettings(me);
  const { data: organization } = useQuery({
    ...organizationQueryOptions(me.organization.id),
    enabled: allowed,
  });
  if (!allowed || !organization) return null;

  const items = steps(organization, t);
  const done = items.filter((item) => item.done).length;
  if (done === items.length) return null;

  return (
    <Paper withBorder p={{ base: 'md', sm: 'xl' }} data-testid="setup-checklist">
      <Group justify="space-between" align="flex-start" gap="lg">
        <Stack gap="xs" style={{ flex: '1 1 320px' }}>
          <Title order={2} fz="lg">
            {t('dashboard.setup.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('dashboard.setup.text')}
          </Text>
          <Progress.Root size="sm" mt="xs" maw={360}>
            <Progress.Section
              value={(done / items.length) * 100}
              aria-label={t('dashboard.setup.title')}
            />
          </Progress.Root>
          <List spacing={6} mt="xs" size="sm" center>
            {items.map((item) => (
              <List.Item
                key={item.label}
                icon={
                  <ThemeIcon
                    size={20}
                    radius="xl"
                    color={item.done ? 'teal' : 'gray'}
                    variant={item.done ? 'filled' : 'light'}
                  >
                    {item.done ? <IconCheck size={12} /> : <IconCircleDashed size={12} />}
                  </ThemeIcon>
                }
              >
                <Text
                  size="sm"
                  c={item.done ? 'dimmed' : undefined}
                  td={item.done ? 'line-through' : undefined}
                >
                  {item.label}
                </Text>
              </List.Item>
            ))}
          </List>
        </Stack>
        <Button renderRoot={(props) => <Link to="/settings/company" {...props} />}>
          {t('dashboard.setup.action')}
        </Button>
      </Group>
    </Paper>
  );
}
