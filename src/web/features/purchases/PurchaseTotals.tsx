import { useTranslation } from 'react-i18next';
import type { PurchaseInvoice } from '../../../contract/index.js';
import { formatMoney } from '../../lib/format';
import { AmountRows, type AmountRow } from '../received/AmountRows';

export function PurchaseTotals({ purchase }: { purchase: PurchaseInvoice }) {
  const { t, i18n } = useTranslation();
  const money = (value: string) => formatMoney(value, purchase.currency, i18n.language);
  const rows: AmountRow[] = [
    {
      label: t('received.totals.excl'),
      value: money(purchase.totalExcl),
      testId: 'purchase-total-excl',
    },
    {
      label: t('received.totals.vat'),
      value: money(purchase.totalVat),
      testId: 'purchase-total-vat',
    },
    {
      label: t('received.totals.incl'),
      value: money(purchase.totalIncl),
      testId: 'purchase-total-incl',
    },
    {
      label: t('received.totals.payable'),
      value: money(purchase.totalPayable),
      testId: 'purchase-total-payable',
      strong: true,
    },
  ];
  return <AmountRows rows={rows} testId="purchase-totals" />;
}
