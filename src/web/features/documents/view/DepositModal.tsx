import { Button, Group, Modal, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Document } from '../../../../contract/index.js';
import { DecimalInput } from '../../../components/ui/DecimalInput';
import { ApiError } from '../../../lib/api-error';
import { currencySymbol, formatMoney } from '../../../lib/format';
import { notifyError } from '../../../lib/notify';
import { useConvertQuote } from '../api';

interface DepositModalProps {
  quote: Document;
  opened: boolean;
  onClose: () => void;
  onCreated: (invoice: Document) => void;
}

/** A deposit invoice for a share of the quote: a percentage, or an amount in its price mode. */
export function DepositModal({ quote, opened, onClose, onCreated }: DepositModalProps) {
  const { t, i18n } = useTranslation();
  const convert = useConvertQuote(quote.id);
  const [type, setType] = useState<'percent' | 'amount'>('percent');
  const [value, setValue] = useState('30');
  const [error, setError] = useState<string | null>(null);
  const base = quote.priceMode === 'incl' ? quote.totals.totalIncl : quote.totals.totalExcl;

  const submit = () => {
    setError(null);
    convert.mutate(
      { to: 'deposit', deposit: { type, value } },
      {
        onSuccess: onCreated,
        onError: (failure) => {
          const field = failure instanceof ApiError ? failure.fields['deposit.value'] : undefined;
          const message =
            failure instanceof ApiError ? (field ?? failure.fields.deposit) : undefined;
          if (message) setError(message);
          else notifyError(failure);
        },
      },
    );
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('documents.convert.depositTitle')} centered>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('documents.convert.depositText', {
            total: formatMoney(base, quote.currency, i18n.language),
          })}
        </Text>
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <SegmentedControl
            aria-label={t('documents.convert.depositType')}
            value={type}
            onChange={(next) => setType(next === 'amount' ? 'amount' : 'percent')}
            data={[
              { value: 'percent', label: '%' },
              { value: 'amount', label: currencySymbol(quote.currency, i18n.language) },
            ]}
            data-testid="deposit-type"
          />
          <DecimalInput
            aria-label={t('documents.convert.depositValue')}
            value={value}
            onChange={setValue}
            error={error}
            style={{ flex: 1 }}
            data-autofocus
            data-testid="deposit-value"
          />
        </Group>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={submit} loading={convert.isPending} data-testid="deposit-save">
            {t('documents.convert.depositCreate')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
