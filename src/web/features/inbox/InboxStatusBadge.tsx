import { Badge, type BadgeProps, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InboxStatus } from '../../../contract/index.js';

const COLORS: Record<InboxStatus, MantineColor> = {
  new: 'blue',
  accepted: 'teal',
  rejected: 'red',
};

export function useInboxStatusLabels(): Record<InboxStatus, string> {
  const { t } = useTranslation();
  return {
    new: t('inbox.statuses.new'),
    accepted: t('inbox.statuses.accepted'),
    rejected: t('inbox.statuses.rejected'),
  };
}

interface InboxStatusBadgeProps extends Omit<BadgeProps, 'children' | 'color'> {
  status: InboxStatus;
  testId?: string;
}

export function InboxStatusBadge({ status, testId, ...props }: InboxStatusBadgeProps) {
  const labels = useInboxStatusLabels();
  return (
    <Badge
      variant="light"
      radius="sm"
      color={COLORS[status]}
      data-testid={testId}
      data-status={status}
      {...props}
    >
      {labels[status]}
    </Badge>
  );
}
