import {
  Alert,
  Badge,
  Button,
  Card,
  Code,
  Group,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconBuilding, IconInfoCircle, IconLifebuoy } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../contract/index.js';
import { CenteredLoader } from '../../components/ui/CenteredLoader';
import { LoadError } from '../../components/ui/LoadError';
import { notifyError } from '../../lib/notify';
import { useRoleLabel } from '../me/use-role-label';
import {
  accountQueryOptions,
  supportOrganizationsQueryOptions,
  useStartSupportSession,
} from './api';
import { useOpenOrganization } from './me-and-links-api';

/**
 * The account home: an accountant's client companies (open one to work in it), and for
 * platform support staff the companies that allow a support session.
 */
export function AccountHome() {
  const { t } = useTranslation();
  const account = useQuery(accountQueryOptions);
  if (account.isPending) return <CenteredLoader />;
  if (account.isError)
    return <LoadError error={account.error} onRetry={() => void account.refetch()} />;
  if (!account.data) return null;
  const data = account.data;
  return (
    <Stack gap="xl">
      <Stack gap={4}>
        <Title order={1} fz={{ base: 24, sm: 28 }} data-testid="account-home-title">
          {t('accountant.home.title', { name: data.user.firstName })}
        </Title>
        <Text c="dimmed">
          {data.isAccountant ? t('accountant.home.subtitle') : t('accountant.home.subtitleUser')}
        </Text>
      </Stack>
      <Companies account={data} />
      {data.isSupport && <SupportConsole />}
    </Stack>
  );
}

function Companies({ account }: { account: Account }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const roleLabel = useRoleLabel();
  const open = useOpenOrganization();
  const onOpen = (organizationId: string) =>
    open.mutate(organizationId, {
      onSuccess: () => void navigate({ to: '/' }),
      onError: notifyError,
    });

  if (account.organizations.length === 0)
    return (
      <Alert
        variant="light"
        icon={<IconInfoCircle />}
        title={t('accountant.home.emptyTitle')}
        data-testid="account-no-companies"
      >
        <Stack gap="xs">
          <Text size="sm">{t('accountant.home.emptyText')}</Text>
          <Code block>{account.user.email}</Code>
        </Stack>
      </Alert>
    );

  return (
    <Stack gap="sm">
      <Title order={2} fz="lg">
        {t('accountant.home.companies')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
        {account.organizations.map((organization) => {
          const current = organization.organizationId === account.currentOrganizationId;
          return (
            <Card
              key={organization.organizationId}
              withBorder
              padding="lg"
              data-testid={`account-company-${organization.name}`}
            >
              <Stack gap="sm">
                <Group gap="xs" wrap="nowrap">
                  <IconBuilding size={20} stroke={1.6} />
                  <Text fw={600} truncate>
                    {organization.name}
                  </Text>
                </Group>
                <Group gap="xs">
                  <Badge variant="light">{roleLabel(organization.role)}</Badge>
                  {current && (
                    <Badge variant="outline" color="gray">
                      {t('accountant.home.current')}
                    </Badge>
                  )}
                </Group>
                <Button
                  variant={current ? 'light' : 'filled'}
                  onClick={() => onOpen(organization.organizationId)}
                  loading={open.isPending && open.variables === organization.organizationId}
                  data-testid={`account-open-${organization.name}`}
                >
                  {t('accountant.home.open')}
                </Button>
              </Stack>
            </Card>
          );
        })}
      </SimpleGrid>
    </Stack>
  );
}

function SupportConsole() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q, 250);
  const organizations = useQuery(supportOrganizationsQueryOptions(debounced));
  const start = useStartSupportSession();
  return (
    <Stack gap="sm">
      <Group gap="xs">
        <IconLifebuoy size={20} stroke={1.6} />
        <Title order={2} fz="lg">
          {t('support.title')}
        </Title>
      </Group>
      <Text size="sm" c="dimmed">
        {t('support.description')}
      </Text>
      <TextInput
        placeholder={t('support.search')}
        value={q}
        onChange={(event) => setQ(event.currentTarget.value)}
        maw={420}
        data-testid="support-search"
      />
      {organizations.isError ? (
        <LoadError error={organizations.error} onRetry={() => void organizations.refetch()} />
      ) : organizations.data?.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('support.none')}
        </Text>
      ) : (
        <Stack gap="xs">
          {(organizations.data ?? []).map((organization) => (
            <Group key={organization.id} justify="space-between" wrap="nowrap">
              <Text size="sm">
                {organization.name}
                {organization.enterpriseNumber ? ` · ${organization.enterpriseNumber}` : ''}
              </Text>
              <Button
                size="xs"
                variant="light"
                onClick={() =>
                  start.mutate(organization.id, {
                    onSuccess: () => void navigate({ to: '/' }),
                    onError: notifyError,
                  })
                }
                data-testid={`support-open-${organization.id}`}
              >
                {t('support.open')}
              </Button>
            </Group>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
