import { useTranslation } from 'react-i18next';
import {
  isMessageKey,
  translate,
  type SubscriptionFrequency,
  type SubscriptionSendMode,
  type SubscriptionSummary,
} from '../../../contract/index.js';
import { currentLanguage } from '../../i18n';

export type SubscriptionStatus = 'active' | 'paused' | 'ended';

export function subscriptionStatus(
  subscription: Pick<SubscriptionSummary, 'active' | 'ended'>,
): SubscriptionStatus {
  if (subscription.ended) return 'ended';
  return subscription.active ? 'active' : 'paused';
}

export function useFrequencyLabels(): Record<SubscriptionFrequency, string> {
  const { t } = useTranslation();
  return {
    weekly: t('subscriptions.frequencies.weekly'),
    monthly: t('subscriptions.frequencies.monthly'),
    quarterly: t('subscriptions.frequencies.quarterly'),
    yearly: t('subscriptions.frequencies.yearly'),
    everyTwoYears: t('subscriptions.frequencies.everyTwoYears'),
  };
}

export function useSendModeLabels(): Record<SubscriptionSendMode, string> {
  const { t } = useTranslation();
  return {
    off: t('subscriptions.sendModes.off'),
    email: t('subscriptions.sendModes.email'),
    peppol: t('subscriptions.sendModes.peppol'),
  };
}

export function useStatusLabels(): Record<SubscriptionStatus | 'all', string> {
  const { t } = useTranslation();
  return {
    all: t('subscriptions.statuses.all'),
    active: t('subscriptions.statuses.active'),
    paused: t('subscriptions.statuses.paused'),
    ended: t('subscriptions.statuses.ended'),
  };
}

/** The last failure in the user's language: a message key with its values, or a plain text. */
export function lastErrorText(
  subscription: Pick<SubscriptionSummary, 'lastError' | 'lastErrorParams'>,
): string | null {
  const { lastError, lastErrorParams } = subscription;
  if (!lastError) return null;
  return isMessageKey(lastError)
    ? translate(currentLanguage(), lastError, lastErrorParams)
    : lastError;
}

/** `06:00`: the hour of the day invoices are made at (Belgian time). */
export function formatHour(hour: number): string {
  return `${String(hour).padStart(2, '0')}:00`;
}

/**
 * When an invoice is made (`24/12/2026 06:00`), in Belgian time like the creation hour it was set
 * with, whatever the device's time zone.
 */
export function formatRunAt(value: string, language: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(`${language}-BE`, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Brussels',
  }).format(date);
}
