import { Badge, type BadgeProps, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Stored statuses plus the ones dates add (overdue invoices, expired quotes). */
export type DisplayStatus =
  | 'draft'
  | 'finalized'
  | 'sent'
  | 'accepted'
  | 'refused'
  | 'partiallyPaid'
  | 'paid'
  | 'overdue'
  | 'expired'
  | 'invoiced'
  | 'depositInvoiced';

const COLORS: Record<DisplayStatus, MantineColor> = {
  draft: 'gray',
  finalized: 'blue',
  sent: 'indigo',
  accepted: 'teal',
  refused: 'red',
  partiallyPaid: 'yellow',
  paid: 'green',
  overdue: 'red',
  expired: 'orange',
  invoiced: 'grape',
  depositInvoiced: 'violet',
};

export function useStatusLabel(): (status: string) => string {
  const { t } = useTranslation();
  const labels: Record<DisplayStatus, string> = {
    draft: t('documents.statuses.draft'),
    finalized: t('documents.statuses.finalized'),
    sent: t('documents.statuses.sent'),
    accepted: t('documents.statuses.accepted'),
    refused: t('documents.statuses.refused'),
    partiallyPaid: t('documents.statuses.partiallyPaid'),
    paid: t('documents.statuses.paid'),
    overdue: t('documents.statuses.overdue'),
    expired: t('documents.statuses.expired'),
    invoiced: t('documents.statuses.invoiced'),
    depositInvoiced: t('documents.statuses.depositInvoiced'),
  };
  // A status added on the server later still shows, untranslated, rather than nothing.
  return (status) => (isDisplayStatus(status) ? labels[status] : status);
}

function isDisplayStatus(status: string): status is DisplayStatus {
  return status in COLORS;
}

interface StatusBadgeProps extends Omit<BadgeProps, 'children' | 'color'> {
  status: string;
  testId?: string;
}

export function StatusBadge({ status, testId, ...props }: StatusBadgeProps) {
  const label = useStatusLabel();
  const color = isDisplayStatus(status) ? COLORS[status] : 'gray';
  return (
    <Badge
      variant="light"
      color={color}
      radius="sm"
      data-testid={testId}
      data-status={status}
      {...props}
    >
      {label(status)}
    </Badge>
  );
}
