import { Card, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, type LinkProps } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../components/ui/LoadError';
import { formatMoney } from '../../lib/format';
import { useMe } from '../me/me-context';
import { organizationQueryOptions } from '../organization/api';
import { dashboardSummaryQueryOptions } from './api';

interface FigureProps {
  testId: string;
  label: string;
  value: ReactNode;
  detail?: ReactNode;
  /** The list behind the figure. */
  link?: Pick<LinkProps, 'to' | 'search'>;
}

function Figure({ testId, label, value, detail, link }: FigureProps) {
  const body = (
    <>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text
        fz={{ base: 'lg', sm: 22 }}
        fw={700}
        lh={1.3}
        style={{ fontVariantNumeric: 'tabular-nums' }}
        data-testid={`${testId}-value`}
      >
        {value}
      </Text>
      {detail && (
        <Text size="xs" c="dimmed">
          {detail}
        </Text>
      )}
    </>
  );
  return link ? (
    <Card
      padding="md"
      data-testid={testId}
      renderRoot={(props) => <Link to={link.to} search={link.search} {...props} />}
    >
      {body}
    </Card>
  ) : (
    <Card padding="md" data-testid={testId}>
      {body}
    </Card>
  );
}

/**
 * Receivables, turnover, drafts and quotes waiting for an answer: only the figures of the
 * reader's modules (the API leaves the others out), each leading to its list.
 */
export function MoneyFigures() {
  const { t, i18n } = useTranslation();
  const { organization } = useMe();
  const summary = useQuery(dashboardSummaryQueryOptions(organization.id));
  const currency = useQuery(organizationQueryOptions(organization.id)).data?.currency ?? 'EUR';
  const money = (value: string) => formatMoney(value, currency, i18n.language);

  if (summary.isError)
    return <LoadError error={summary.error} onRetry={() => void summary.refetch()} />;
  const data = summary.data;
  if (!data)
    return (
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing={{ base: 'xs', sm: 'md' }}>
        {[0, 1, 2, 3].map((index) => (
          <Skeleton key={index} h={96} radius="md" />
        ))}
      </SimpleGrid>
    );

  const figures: ReactNode[] = [];
  if (data.receivables) {
    figures.push(
      <Figure
        key="open"
        testId="figure-open"
        label={t('dashboard.figures.open')}
        value={money(data.receivables.open.amount)}
        detail={t('dashboard.figures.invoices', { count: data.receivables.open.count })}
        link={{ to: '/invoices', search: { status: 'unpaid' } }}
      />,
      <Figure
        key="overdue"
        testId="figure-overdue"
        label={t('dashboard.figures.overdue')}
        value={money(data.receivables.overdue.amount)}
        detail={t('dashboard.figures.invoices', { count: data.receivables.overdue.count })}
        link={{ to: '/invoices', search: { status: 'overdue' } }}
      />,
    );
  }
  if (data.turnover) {
    figures.push(
      <Figure
        key="month"
        testId="figure-turnover-month"
        label={t('dashboard.figures.turnoverMonth')}
        value={money(data.turnover.month)}
        detail={t('dashboard.figures.exclVat')}
      />,
      <Figure
        key="year"
        testId="figure-turnover-year"
        label={t('dashboard.figures.turnoverYear')}
        value={money(data.turnover.year)}
        detail={t('dashboard.figures.exclVat')}
      />,
    );
  }
  if (data.quotesWaiting) {
    figures.push(
      <Figure
        key="quotes"
        testId="figure-quotes-waiting"
        label={t('dashboard.figures.quotesWaiting')}
        value={money(data.quotesWaiting.amount)}
        detail={t('dashboard.figures.quotes', { count: data.quotesWaiting.count })}
        link={{ to: '/quotes', search: { status: 'sent' } }}
      />,
    );
  }
  const drafts = data.drafts;
  if (drafts) {
    const parts = [
      drafts.invoices !== undefined &&
        t('dashboard.figures.draftInvoices', { count: drafts.invoices }),
      drafts.quotes !== undefined && t('dashboard.figures.draftQuotes', { count: drafts.quotes }),
      drafts.creditNotes !== undefined &&
        t('dashboard.figures.draftCreditNotes', { count: drafts.creditNotes }),
    ].filter((part): part is string => typeof part === 'string');
    const total = (drafts.invoices ?? 0) + (drafts.quotes ?? 0) + (drafts.creditNotes ?? 0);
    figures.push(
      <Figure
        key="drafts"
        testId="figure-drafts"
        label={t('dashboard.figures.drafts')}
        value={total}
        detail={parts.join(' · ')}
        link={
          drafts.invoices !== undefined
            ? { to: '/invoices', search: { status: 'draft' } }
            : drafts.quotes !== undefined
              ? { to: '/quotes', search: { status: 'draft' } }
              : { to: '/credit-notes', search: { status: 'draft' } }
        }
      />,
    );
  }
  if (figures.length === 0) return null;

  return (
    <Stack gap="md" component="section" aria-labelledby="dashboard-figures-title">
      <Title order={2} fz="lg" id="dashboard-figures-title">
        {t('dashboard.figures.title')}
      </Title>
      <SimpleGrid
        cols={{ base: 2, md: 3 }}
        spacing={{ base: 'xs', sm: 'md' }}
        data-testid="money-figures"
      >
        {figures}
      </SimpleGrid>
    </Stack>
  );
}
