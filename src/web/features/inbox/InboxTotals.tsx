import { useTranslation } from 'react-i18next';
import type { InboxDocument } from '../../../contract/index.js';
import { formatMoney } from '../../lib/format';
import { AmountRows, type AmountRow } from '../received/AmountRows';

/** The totals as the supplier stated them, down to the amount to pay. */
export function InboxTotals({ document }: { document: InboxDocument }) {
  const { t, i18n } = useTranslation();
  const { totals } = document;
  const money = (value: string) => formatMoney(value, document.currency, i18n.language);
  const rows: AmountRow[] = [
    { label: t('received.totals.lines'), value: money(totals.lineExtension) },
    {
      label: t('received.totals.excl'),
      value: money(totals.taxExclusive),
      testId: 'inbox-total-excl',
    },
    { label: t('received.totals.vat'), value: money(totals.vat), testId: 'inbox-total-vat' },
    {
      label: t('received.totals.incl'),
      value: money(totals.taxInclusive),
      testId: 'inbox-total-incl',
    },
  ];
  if (totals.prepaid && Number(totals.prepaid) !== 0) {
    rows.push({ label: t('received.totals.prepaid'), value: money(totals.prepaid) });
  }
  rows.push({
    label: t('received.totals.payable'),
    value: money(totals.payable),
    testId: 'inbox-total-payable',
    strong: true,
  });
  return <AmountRows rows={rows} testId="inbox-totals" />;
}
