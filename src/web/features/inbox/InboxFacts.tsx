import { Grid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InboxDocument } from '../../../contract/index.js';
import { formatDate, formatDateTime } from '../../lib/format';
import { Fact } from '../../components/ui/Fact';

/** Dates and references of a received document, and how it reached us. */
export function InboxFacts({ document }: { document: InboxDocument }) {
  const { t, i18n } = useTranslation();
  const date = (value: string | null) => formatDate(value, i18n.language);
  const received = formatDateTime(document.receivedAt, i18n.language);
  return (
    <Grid gap="sm">
      <Grid.Col span={{ base: 6, sm: 3 }}>
        <Fact label={t('inbox.detail.issueDate')} testId="inbox-issue-date">
          {date(document.issueDate)}
        </Fact>
      </Grid.Col>
      {document.dueDate && (
        <Grid.Col span={{ base: 6, sm: 3 }}>
          <Fact label={t('inbox.detail.dueDate')} testId="inbox-due-date">
            {date(document.dueDate)}
          </Fact>
        </Grid.Col>
      )}
      {document.orderReference && (
        <Grid.Col span={{ base: 6, sm: 3 }}>
          <Fact label={t('inbox.detail.orderReference')}>{document.orderReference}</Fact>
        </Grid.Col>
      )}
      {document.buyerReference && (
        <Grid.Col span={{ base: 6, sm: 3 }}>
          <Fact label={t('inbox.detail.buyerReference')}>{document.buyerReference}</Fact>
        </Grid.Col>
      )}
      {document.billingReferences.length > 0 && (
        <Grid.Col span={{ base: 12, sm: 6 }}>
          <Fact label={t('inbox.detail.billingReferences')}>
            {document.billingReferences.join(', ')}
          </Fact>
        </Grid.Col>
      )}
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <Fact label={t('inbox.detail.received')}>
          {document.source === 'peppol'
            ? t('inbox.detail.receivedPeppol', { date: received })
            : t('inbox.detail.receivedUpload', { date: received })}
        </Fact>
      </Grid.Col>
    </Grid>
  );
}
