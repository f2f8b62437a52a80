import { Badge, Group, Tooltip, type MantineColor } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { SubscriptionSummary } from '../../../contract/index.js';
import {
  lastErrorText,
  subscriptionStatus,
  useStatusLabels,
  type SubscriptionStatus,
} from './use-subscription-labels';

const COLORS: Record<SubscriptionStatus, MantineColor> = {
  active: 'teal',
  paused: 'yellow',
  ended: 'gray',
};

/** Active, paused or ended; a warning sign when the last invoice could not be made or sent. */
export function SubscriptionStatusBadge({
  subscription,
  testId,
}: {
  subscription: Pick<SubscriptionSummary, 'active' | 'ended' | 'lastError' | 'lastErrorParams'>;
  testId?: string;
}) {
  const labels = useStatusLabels();
  const status = subscriptionStatus(subscription);
  const problem = lastErrorText(subscription);
  return (
    <Group gap={6} wrap="nowrap">
      <Badge
        variant="light"
        color={COLORS[status]}
        radius="sm"
        data-testid={testId}
        data-status={status}
      >
        {labels[status]}
      </Badge>
      {problem && (
        <Tooltip label={problem} multiline maw={320} withArrow>
          <IconAlertTriangle
            size={18}
            color="var(--mantine-color-orange-6)"
            aria-label={problem}
            role="img"
          />
        </Tooltip>
      )}
    </Group>
  );
}
