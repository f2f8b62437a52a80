import { Badge, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDIT_GROUP_NAMES, type AuditEntry, type AuditGroup } from '../../../contract/index.js';
import { DataTable } from '../../components/list/DataTable';
import { ListEmpty } from '../../components/list/ListEmpty';
import { ListPanel } from '../../components/list/ListPanel';
import { formatDateTime } from '../../lib/format';
import { useMe } from '../me/me-context';
import { auditLogQueryOptions, teamQueryOptions } from './api';
import { useAuditGroupLabels } from './use-team-labels';
import { useAuditSentence } from './use-audit-sentence';

const PAGE_SIZE = 50;

interface Filters {
  group: AuditGroup | null;
  userId: string | null;
  from: string;
  to: string;
}

const NO_FILTERS: Filters = { group: null, userId: null, from: '', to: '' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A recorded value as text: lists joined, yes/no for switches; internal ids left out. */
function readable(value: unknown, yes: string, no: string): string | null {
  if (typeof value === 'boolean') return value ? yes : no;
  if (typeof value === 'string') return UUID.test(value) ? null : value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map((item) => readable(item, yes, no)).join(', ');
  return value === null || value === undefined ? null : JSON.stringify(value);
}

/** The audit log, newest first: filtered and paged by the server. */
export function AuditLogPanel() {
  const { t, i18n } = useTranslation();
  const { organization } = useMe();
  const groupLabels = useAuditGroupLabels();
  const sentence = useAuditSentence();
  const fieldLabels: Record<string, string> = {
    number: t('audit.fields.number'),
    from: t('audit.fields.from'),
    to: t('audit.fields.to'),
    type: t('audit.fields.type'),
    email: t('audit.fields.email'),
    filename: t('audit.fields.filename'),
    language: t('audit.fields.language'),
    modules: t('audit.fields.modules'),
    amount: t('audit.fields.amount'),
  };
  const details = (entry: AuditEntry) =>
    Object.entries(entry.data).flatMap(([key, value]) => {
      const text = readable(value, t('audit.fields.yes'), t('audit.fields.no'));
      return text ? [{ label: fieldLabels[key] ?? key, text }] : [];
    });
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [page, setPage] = useState(1);
  const team = useQuery(teamQueryOptions(organization.id));
  const log = useQuery(
    auditLogQueryOptions(organization.id, {
      page,
      pageSize: PAGE_SIZE,
      group: filters.group ?? undefined,
      userId: filters.userId ?? undefined,
      from: filters.from || undefined,
      to: filters.to || undefined,
    }),
  );

  const change = (next: Partial<Filters>) => {
    setFilters((current) => ({ ...current, ...next }));
    setPage(1);
  };

  const users = (team.data ?? []).map((member) => ({
    value: member.userId,
    label: `${member.firstName} ${member.lastName}`.trim() || member.email,
  }));

  return (
    <Stack gap="md">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Select
          label={t('audit.filters.group')}
          placeholder={t('audit.filters.allGroups')}
          data={AUDIT_GROUP_NAMES.map((group) => ({ value: group, label: groupLabels[group] }))}
          value={filters.group}
          onChange={(value) => change({ group: (value as AuditGroup | null) ?? null })}
          clearable
          w={{ base: '100%', xs: 220 }}
          data-testid="audit-filter-group"
        />
        <Select
          label={t('audit.filters.user')}
          placeholder={t('audit.filters.allUsers')}
          data={users}
          value={filters.userId}
          onChange={(value) => change({ userId: value })}
          clearable
          searchable
          w={{ base: '100%', xs: 220 }}
          data-testid="audit-filter-user"
        />
        <TextInput
          type="date"
          label={t('audit.filters.from')}
          value={filters.from}
          max={filters.to || undefined}
          onChange={(event) => change({ from: event.currentTarget.value })}
          data-testid="audit-filter-from"
        />
        <TextInput
          type="date"
          label={t('audit.filters.to')}
          value={filters.to}
          min={filters.from || undefined}
          onChange={(event) => change({ to: event.currentTarget.value })}
          data-testid="audit-filter-to"
        />
        <Button
          variant="subtle"
          onClick={() => change(NO_FILTERS)}
          disabled={JSON.stringify(filters) === JSON.stringify(NO_FILTERS)}
        >
          {t('audit.filters.reset')}
        </Button>
      </Group>
      <ListPanel
        list={log}
        onPage={(next) => setPage(next ?? 1)}
        empty={<ListEmpty icon={IconHistory} title={t('audit.empty')} testId="audit-empty" />}
      >
        {(entries, stale) => (
          <DataTable<AuditEntry>
            rows={entries}
            rowKey={(entry) => entry.id}
            testIdPrefix="audit"
            minWidth={960}
            stale={stale}
            rowProps={(entry) => ({ 'data-testid': 'audit-row', 'data-action': entry.action })}
            columns={[
              {
                key: 'when',
                header: t('audit.columns.when'),
                nowrap: true,
                cell: (entry) => formatDateTime(entry.at, i18n.language),
              },
              {
                key: 'who',
                header: t('audit.columns.who'),
                cell: (entry) =>
                  entry.user ? (
                    <>
                      <Text size="sm">{entry.user.name}</Text>
                      <Text size="xs" c="dimmed">
                        {entry.user.email}
                      </Text>
                    </>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t('audit.system')}
                    </Text>
                  ),
              },
              {
                key: 'what',
                header: t('audit.columns.what'),
                cell: (entry) => (
                  <Stack gap={4} align="flex-start" miw={260}>
                    <Text size="sm" data-testid="audit-sentence">
                      {sentence(entry)}
                    </Text>
                    {details(entry).map(({ label, text }) => (
                      <Text key={label} size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                        {t('documents.lines.fieldError', { field: label, message: text })}
                      </Text>
                    ))}
                    {entry.group && (
                      <Badge size="xs" variant="light">
                        {groupLabels[entry.group]}
                      </Badge>
                    )}
                  </Stack>
                ),
              },
              {
                key: 'from',
                header: t('audit.columns.from'),
                cell: (entry) => (
                  <Text size="sm" ff="monospace">
                    {entry.ip ?? '–'}
                  </Text>
                ),
              },
            ]}
          />
        )}
      </ListPanel>
    </Stack>
  );
}
