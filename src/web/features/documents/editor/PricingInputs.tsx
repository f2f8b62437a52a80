import { Group, Input, SegmentedControl } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { DecimalInput } from '../../../components/ui/DecimalInput';
import { currencySymbol } from '../../../lib/format';

/** Prices excluding or including VAT: the documents' and the subscriptions' editors. */
export function PriceModeInput({
  id,
  testId,
  inputProps,
}: {
  /** The label's id, unique on the page. */
  id: string;
  testId?: string;
  inputProps: GetInputPropsReturnType;
}) {
  const { t } = useTranslation();
  return (
    <div>
      <Input.Label component="div" mb={4} id={id}>
        {t('documents.fields.priceMode')}
      </Input.Label>
      <SegmentedControl
        fullWidth
        maw={360}
        aria-labelledby={id}
        data={[
          { value: 'excl', label: t('products.priceModes.excl') },
          { value: 'incl', label: t('products.priceModes.incl') },
        ]}
        data-testid={testId}
        {...inputProps}
      />
    </div>
  );
}

interface DiscountInputsProps {
  currency: string;
  typeProps: GetInputPropsReturnType;
  valueProps: GetInputPropsReturnType;
  /** `document` gives `document-discountType` and `document-discount`. */
  testIdPrefix?: string;
  maw?: number;
}

/** A discount on the whole document: a percentage or an amount. */
export function DiscountInputs({
  currency,
  typeProps,
  valueProps,
  testIdPrefix,
  maw,
}: DiscountInputsProps) {
  const { t, i18n } = useTranslation();
  return (
    <div>
      <Input.Label component="div" mb={4}>
        {t('documents.fields.discount')}
      </Input.Label>
      <Group gap="xs" wrap="nowrap" align="flex-start" maw={maw}>
        <SegmentedControl
          aria-label={t('documents.fields.discountType')}
          data={[
            { value: 'percent', label: '%' },
            { value: 'amount', label: currencySymbol(currency, i18n.language) },
          ]}
          data-testid={testIdPrefix && `${testIdPrefix}-discountType`}
          {...typeProps}
        />
        <DecimalInput
          aria-label={t('documents.fields.discount')}
          placeholder="0"
          style={{ flex: 1 }}
          data-testid={testIdPrefix && `${testIdPrefix}-discount`}
          {...valueProps}
        />
      </Group>
    </div>
  );
}
