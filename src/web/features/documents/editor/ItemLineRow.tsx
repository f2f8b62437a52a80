import { NativeSelect, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { UNIT_CODES } from '../../../../contract/index.js';
import { DecimalInput } from '../../../components/ui/DecimalInput';
import { currencySymbol, formatAmount } from '../../../lib/format';
import { useUnitLabels, useVatRateOptions } from '../../products/use-product-options';
import { LineActions } from './LineActions';
import { LineDescriptionInput } from './LineDescriptionInput';
import classes from './LinesEditor.module.css';
import { enterHandler, lineError, type LineRowProps } from './line-row-props';
import { lineFromProduct } from './product-line';

export function ItemLineRow({
  form,
  index,
  count,
  language,
  priceMode,
  currency,
  ratesApply,
  amount,
  problems,
  onMove,
  onRemove,
  onEnter,
  registerInput,
}: LineRowProps) {
  const { t, i18n } = useTranslation();
  const units = useUnitLabels();
  const vatRates = useVatRateOptions();
  const line = form.values.lines[index];
  if (!line) return null;
  const path = `lines.${index}`;
  const labelClass = { label: classes.fieldLabel };
  const next = enterHandler(() => onEnter(index));
  // Cells only turn red; the messages go on a row of their own, too long for narrow cells.
  const fieldLabels: Record<string, string> = {
    description: t('documents.lines.description'),
    quantity: t('documents.lines.quantity'),
    unitCode: t('documents.lines.unit'),
    unitPrice:
      priceMode === 'incl'
        ? t('documents.lines.unitPriceIncl')
        : t('documents.lines.unitPriceExcl'),
    discountValue: t('documents.lines.discount'),
    vatRate: t('documents.lines.vatRate'),
    total: t('documents.lines.total'),
  };
  const messages = Object.entries(fieldLabels).flatMap(([field, label]) => {
    const message = lineError(form, problems, `${path}.${field}`);
    return message ? [t('documents.lines.fieldError', { field: label, message })] : [];
  });
  // Allowed (goods taken back, a deposit deducted: DOMAIN §4.6), but never silent.
  const deduction = amount !== null && amount.startsWith('-');
  const deductionNote = !deduction
    ? null
    : line.isDepositDeduction
      ? t('documents.lines.depositDeduction')
      : t('documents.lines.deduction');
  const input = (field: string) => ({
    ...form.getInputProps(`${path}.${field}`),
    error: Boolean(lineError(form, problems, `${path}.${field}`)),
    classNames: labelClass,
    size: 'sm' as const,
  });

  return (
    <div className={classes.row} data-testid={`line-${index}`} data-kind="item">
      <span className={classes.pos}>{index + 1}</span>
      <LineDescriptionInput
        {...input('description')}
        value={line.description}
        onChange={(description) => form.setFieldValue(`${path}.description`, description)}
        className={classes.desc}
        label={t('documents.lines.description')}
        placeholder={t('documents.lines.descriptionPlaceholder')}
        language={language}
        priceMode={priceMode}
        inputRef={(node) => registerInput(line.key, node)}
        onProduct={(product) =>
          form.setFieldValue(path, lineFromProduct(line, product, language, priceMode))
        }
        onEnter={() => onEnter(index)}
        testId={`line-${index}-description`}
      />
      <DecimalInput
        {...input('quantity')}
        className={`${classes.qty} ${classes.right}`}
        label={t('documents.lines.quantity')}
        onKeyDown={next}
        data-testid={`line-${index}-quantity`}
      />
      <NativeSelect
        {...input('unitCode')}
        className={classes.unit}
        label={t('documents.lines.unit')}
        data={UNIT_CODES.map((code) => ({ value: code, label: units[code] }))}
        data-testid={`line-${index}-unit`}
      />
      <DecimalInput
        {...input('unitPrice')}
        className={`${classes.price} ${classes.right}`}
        // The full name for screen readers; folded into a card, the column's short title shows.
        aria-label={
          priceMode === 'incl'
            ? t('documents.lines.unitPriceIncl')
            : t('documents.lines.unitPriceExcl')
        }
        label={
          priceMode === 'incl'
            ? t('documents.lines.unitPriceInclShort')
            : t('documents.lines.unitPriceExclShort')
        }
        placeholder="0.00"
        onKeyDown={next}
        data-testid={`line-${index}-unitPrice`}
      />
      <DecimalInput
        {...input('discountValue')}
        className={`${classes.disc} ${classes.right}`}
        label={t('documents.lines.discount')}
        rightSection={
          line.discountType === 'percent' ? '%' : currencySymbol(currency, i18n.language)
        }
        rightSectionWidth={24}
        onKeyDown={next}
        data-testid={`line-${index}-discount`}
      />
      <NativeSelect
        {...input('vatRate')}
        // Outside the normal regime every line is at 0 %; the chosen rate waits for a switch back.
        value={ratesApply ? line.vatRate : '0'}
        disabled={!ratesApply}
        className={classes.vat}
        label={t('documents.lines.vatRate')}
        data={vatRates}
        data-testid={`line-${index}-vatRate`}
      />
      <div className={classes.total}>
        <Text size="xs" c="dimmed" className={classes.fieldLabel}>
          {t('documents.lines.total')}
        </Text>
        <Text
          size="sm"
          fw={500}
          c={deduction ? 'orange.9' : undefined}
          data-deduction={deduction || undefined}
          data-testid={`line-${index}-total`}
        >
          {amount === null ? '–' : formatAmount(amount, i18n.language)}
        </Text>
      </div>
      <LineActions
        index={index}
        count={count}
        onMove={onMove}
        onRemove={onRemove}
        className={classes.actions}
      />
      {deductionNote && messages.length === 0 && (
        <div className={classes.errors} data-testid={`line-${index}-deduction`}>
          <Text size="xs" c="orange.9">
            {deductionNote}
          </Text>
        </div>
      )}
      {messages.length > 0 && (
        <div className={classes.errors} role="alert" data-testid={`line-${index}-errors`}>
          {messages.map((message) => (
            <Text key={message} size="xs" c="red">
              {message}
            </Text>
          ))}
        </div>
      )}
    </div>
  );
}
