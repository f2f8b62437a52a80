import { useTranslation } from 'react-i18next';

/** A received invoice or credit note, in words. */
export function useReceivedKindLabels(): Record<'invoice' | 'creditNote', string> {
  const { t } = useTranslation();
  return { invoice: t('received.kinds.invoice'), creditNote: t('received.kinds.creditNote') };
}
