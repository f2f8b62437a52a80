import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PURCHASE_STATUSES } from '../../../contract/index.js';

export type PurchaseStatus = (typeof PURCHASE_STATUSES)[number];

export function usePurchaseStatusLabels(): Record<PurchaseStatus, string> {
  const { t } = useTranslation();
  return { toPay: t('purchases.statuses.toPay'), paid: t('purchases.statuses.paid') };
}

interface PurchaseStatusBadgeProps extends Omit<BadgeProps, 'children' | 'color'> {
  status: PurchaseStatus;
  /** A purchase to pay whose due date has passed. */
  overdue?: boolean;
  testId?: string;
}

export function PurchaseStatusBadge({
  status,
  overdue = false,
  testId,
  ...props
}: PurchaseStatusBadgeProps) {
  const labels = usePurchaseStatusLabels();
  const color = status === 'paid' ? 'green' : overdue ? 'red' : 'yellow';
  return (
    <Badge
      variant="light"
      radius="sm"
      color={color}
      data-testid={testId}
      data-status={status}
      {...props}
    >
      {labels[status]}
    </Badge>
  );
}
