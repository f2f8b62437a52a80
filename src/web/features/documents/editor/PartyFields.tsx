import { Grid, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DocumentType } from '../../../../contract/index.js';
import { dueDate } from '../../../../core/numbering/index.js';
import { addDaysIso } from '../../../lib/dates';
import { formatDate } from '../../../lib/format';
import { hasDueDate, hasValidity } from '../document-types';
import { CustomerPicker } from './CustomerPicker';
import { DeliveryAddressFields } from './DeliveryAddressFields';
import type { DocumentForm } from './document-form';
import type { EditorContext } from './use-editor-context';

/** Without a payment term on the customer, the server gives 30 days. */
const DEFAULT_TERM_DAYS = 30;
const QUOTE_VALIDITY_DAYS = 30;

interface PartyFieldsProps {
  type: DocumentType;
  form: DocumentForm;
  context: EditorContext;
  initialCustomerName: string | null;
  onCustomerChange: (customerId: string | null) => void;
}

/** Who the document is for, its dates and references, and where it is delivered. */
export function PartyFields({
  type,
  form,
  context,
  initialCustomerName,
  onCustomerChange,
}: PartyFieldsProps) {
  const { t, i18n } = useTranslation();
  const { customer } = context;
  const { issueDate } = form.values;

  // What the server will fill in when the date is left empty, shown as the hint.
  let computedDue: string | null = null;
  if (hasDueDate(type) && customer && /^\d{4}-\d{2}-\d{2}$/.test(issueDate)) {
    try {
      computedDue = dueDate(issueDate, {
        days: customer.paymentTermDays ?? DEFAULT_TERM_DAYS,
        endOfMonth: customer.paymentTermEndOfMonth,
      });
    } catch {
      computedDue = null;
    }
  }
  const computedValidity = hasValidity(type) ? addDaysIso(issueDate, QUOTE_VALIDITY_DAYS) : null;
  const customerLine = customer
    ? [customer.vatNumber, customer.address.city, customer.reference].filter(Boolean).join(' · ')
    : null;

  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, md: 6 }}>
        <CustomerPicker
          label={t('documents.fields.customer')}
          placeholder={t('documents.fields.customerPlaceholder')}
          required
          initialName={initialCustomerName}
          {...form.getInputProps('customerId')}
          value={form.values.customerId}
          onChange={onCustomerChange}
          description={customerLine}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          data-testid="document-customer"
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, xs: 6, md: 3 }}>
        <TextInput
          type="date"
          label={t('documents.fields.issueDate')}
          required
          data-testid="document-issueDate"
          {...form.getInputProps('issueDate')}
        />
      </Grid.Col>
      {hasDueDate(type) && (
        <Grid.Col span={{ base: 12, xs: 6, md: 3 }}>
          <TextInput
            type="date"
            label={t('documents.fields.dueDate')}
            description={
              computedDue && !form.values.dueDate
                ? t('documents.fields.dueDateComputed', {
                    date: formatDate(computedDue, i18n.language),
                  })
                : null
            }
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            min={issueDate}
            data-testid="document-dueDate"
            {...form.getInputProps('dueDate')}
          />
        </Grid.Col>
      )}
      {hasValidity(type) && (
        <Grid.Col span={{ base: 12, xs: 6, md: 3 }}>
          <TextInput
            type="date"
            label={t('documents.fields.validUntil')}
            description={
              computedValidity && !form.values.validUntil
                ? t('documents.fields.validUntilComputed', {
                    date: formatDate(computedValidity, i18n.language),
                  })
                : null
            }
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            min={issueDate}
            data-testid="document-validUntil"
            {...form.getInputProps('validUntil')}
          />
        </Grid.Col>
      )}
      <Grid.Col span={{ base: 12, md: 6 }}>
        <TextInput
          label={t('documents.fields.orderReference')}
          placeholder={t('documents.fields.orderReferencePlaceholder')}
          autoComplete="off"
          data-testid="document-orderReference"
          {...form.getInputProps('orderReference')}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, xs: 6, md: 3 }}>
        <TextInput
          type="date"
          label={t('documents.fields.deliveryDate')}
          data-testid="document-deliveryDate"
          {...form.getInputProps('deliveryDate')}
        />
      </Grid.Col>
      <DeliveryAddressFields form={form} customer={customer} />
      {customer?.archived && (
        <Grid.Col span={12}>
          <Text size="sm" c="orange">
            {t('documents.fields.customerArchived')}
          </Text>
        </Grid.Col>
      )}
    </Grid>
  );
}
