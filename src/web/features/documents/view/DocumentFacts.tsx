import { Anchor, Grid, Stack, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Document } from '../../../../contract/index.js';
import { Fact, FactLabel } from '../../../components/ui/Fact';
import { formatDate } from '../../../lib/format';

/** Who the document is for (as it was when issued), its dates and references. */
export function DocumentFacts({ document }: { document: Document }) {
  const { t, i18n } = useTranslation();
  const { customer } = document;
  const box = customer.box && `${t('company.address.box')} ${customer.box}`;
  const street = [customer.street, customer.number, box].filter(Boolean).join(' ');
  const city = [customer.postalCode, customer.city].filter(Boolean).join(' ');
  const date = (value: string | null) => formatDate(value, i18n.language);

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <Stack gap={2}>
          <FactLabel>{t('documents.fields.customer')}</FactLabel>
          <Anchor
            fw={600}
            renderRoot={(props) => (
              <Link
                to="/customers/$customerId"
                params={{ customerId: document.customerId }}
                {...props}
              />
            )}
            data-testid="document-customer-name"
          >
            {customer.name}
          </Anchor>
          {customer.attention && <Text size="sm">{customer.attention}</Text>}
          {street && <Text size="sm">{street}</Text>}
          {(city || customer.country !== 'BE') && (
            <Text size="sm">
              {[city, customer.country !== 'BE' && customer.country].filter(Boolean).join(' · ')}
            </Text>
          )}
          {customer.vatNumber && (
            <Text size="sm" c="dimmed">
              {t('customers.fields.vatNumber')} {customer.vatNumber}
            </Text>
          )}
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 6 }}>
        <Grid gap="sm">
          <Grid.Col span={6}>
            <Fact label={t('documents.fields.issueDate')} testId="document-issue-date">
              {date(document.issueDate)}
            </Fact>
          </Grid.Col>
          {document.dueDate && (
            <Grid.Col span={6}>
              <Fact label={t('documents.fields.dueDate')} testId="document-due-date">
                <Text
                  span
                  size="sm"
                  c={document.displayStatus === 'overdue' ? 'red' : undefined}
                  fw={document.displayStatus === 'overdue' ? 600 : undefined}
                >
                  {date(document.dueDate)}
                </Text>
              </Fact>
            </Grid.Col>
          )}
          {document.validUntil && (
            <Grid.Col span={6}>
              <Fact label={t('documents.fields.validUntil')} testId="document-valid-until">
                {date(document.validUntil)}
              </Fact>
            </Grid.Col>
          )}
          {document.deliveryDate && (
            <Grid.Col span={6}>
              <Fact label={t('documents.fields.deliveryDate')}>{date(document.deliveryDate)}</Fact>
            </Grid.Col>
          )}
          {document.orderReference && (
            <Grid.Col span={6}>
              <Fact label={t('documents.fields.orderReference')}>{document.orderReference}</Fact>
            </Grid.Col>
          )}
          {document.structuredCommunication && (
            <Grid.Col span={12}>
              <Fact
                label={t('documents.fields.structuredCommunication')}
                testId="document-structured-communication"
              >
                <Text span ff="monospace" size="sm">
                  {document.structuredCommunication}
                </Text>
              </Fact>
            </Grid.Col>
          )}
        </Grid>
      </Grid.Col>
    </Grid>
  );
}
