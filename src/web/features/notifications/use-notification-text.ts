import {
  IconAlarm,
  IconCash,
  IconInbox,
  IconMailOff,
  IconRepeat,
  IconSendOff,
  IconSignature,
  type Icon,
} from '@tabler/icons-react';
import type { MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Notification, NotificationType } from '../../../contract/index.js';
import { isPlainDecimal } from '../../lib/decimal';
import { formatMoney } from '../../lib/format';

interface NotificationLook {
  icon: Icon;
  color: MantineColor;
  title: string;
  /** The sentence with the notification's values, or null when some of them are missing. */
  text: string | null;
}

/** The params each message is written with: without all of them, only the title shows. */
const PARAMS: Record<NotificationType, readonly string[]> = {
  reminderCreated: ['number', 'customer'],
  subscriptionInvoiceCreated: ['number', 'customer'],
  paymentReceived: ['amount', 'number', 'customer'],
  peppolSendFailed: ['number', 'customer', 'error'],
  quoteSigned: ['number', 'customer'],
  messageReceived: ['sender', 'number'],
  emailFailed: ['number', 'recipient', 'error'],
};

/** Icon, colour and words of a notification, in the UI language. */
export function useNotificationText(): (notification: Notification) => NotificationLook {
  const { t, i18n } = useTranslation();
  return ({ type, params }) => {
    const amount = params.amount ?? '';
    const values = {
      ...params,
      // An amount comes as a decimal string; its currency, when given, beside it.
      amount: isPlainDecimal(amount)
        ? formatMoney(amount, params.currency ?? 'EUR', i18n.language)
        : amount,
    };
    const complete = PARAMS[type].every((name) => Boolean(params[name]?.trim()));
    const looks: Record<NotificationType, () => NotificationLook> = {
      reminderCreated: () => ({
        icon: IconAlarm,
        color: 'orange',
        title: t('notifications.types.reminderCreated.title'),
        text: complete ? t('notifications.types.reminderCreated.text', values) : null,
      }),
      subscriptionInvoiceCreated: () => ({
        icon: IconRepeat,
        color: 'blue',
        title: t('notifications.types.subscriptionInvoiceCreated.title'),
        text: complete ? t('notifications.types.subscriptionInvoiceCreated.text', values) : null,
      }),
      paymentReceived: () => ({
        icon: IconCash,
        color: 'teal',
        title: t('notifications.types.paymentReceived.title'),
        // Partial: what remains; overpaid (a double payment): by how much.
        text: complete
          ? params.outcome === 'partial'
            ? t('notifications.types.paymentReceived.partial', {
                ...values,
                open: formatMoney(params.open ?? '0', params.currency ?? 'EUR', i18n.language),
              })
            : params.outcome === 'overpaid'
              ? t('notifications.types.paymentReceived.overpaid', {
                  ...values,
                  excess: formatMoney(
                    (params.open ?? '0').replace(/^-/, ''),
                    params.currency ?? 'EUR',
                    i18n.language,
                  ),
                })
              : t('notifications.types.paymentReceived.text', values)
          : null,
      }),
      peppolSendFailed: () => ({
        icon: IconSendOff,
        color: 'red',
        title: t('notifications.types.peppolSendFailed.title'),
        text: complete ? t('notifications.types.peppolSendFailed.text', values) : null,
      }),
      quoteSigned: () => ({
        icon: IconSignature,
        color: 'teal',
        title: t('notifications.types.quoteSigned.title'),
        text: complete ? t('notifications.types.quoteSigned.text', values) : null,
      }),
      messageReceived: () => ({
        icon: IconInbox,
        color: 'blue',
        title: t('notifications.types.messageReceived.title'),
        text: complete ? t('notifications.types.messageReceived.text', values) : null,
      }),
      emailFailed: () => ({
        icon: IconMailOff,
        color: 'red',
        title: t('notifications.types.emailFailed.title'),
        text: complete ? t('notifications.types.emailFailed.text', values) : null,
      }),
    };
    return looks[type]();
  };
}
