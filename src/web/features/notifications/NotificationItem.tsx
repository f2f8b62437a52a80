import { Box, Group, Stack, Text, ThemeIcon, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Notification } from '../../../contract/index.js';
import { formatDateTime, formatRelativeTime } from '../../lib/format';
import { useNotificationText } from './use-notification-text';

interface NotificationItemProps {
  notification: Notification;
  onOpen: (notification: Notification) => void;
  testId: string;
}

/** One line of the bell: what happened, how long ago; unread ones stand out. */
export function NotificationItem({ notification, onOpen, testId }: NotificationItemProps) {
  const { i18n } = useTranslation();
  const look = useNotificationText()(notification);
  return (
    <UnstyledButton
      onClick={() => onOpen(notification)}
      px="sm"
      py={10}
      w="100%"
      bg={notification.read ? undefined : 'var(--mantine-color-brand-0)'}
      style={{ borderRadius: 'var(--mantine-radius-sm)' }}
      data-testid={testId}
      data-read={String(notification.read)}
      data-type={notification.type}
    >
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <ThemeIcon variant="light" color={look.color} radius="xl" size={32}>
          <look.icon size={18} stroke={1.6} />
        </ThemeIcon>
        <Stack gap={2} miw={0} style={{ flex: 1 }}>
          <Text size="sm" fw={notification.read ? 500 : 700} lh={1.3}>
            {look.title}
          </Text>
          {look.text && (
            <Text size="sm" c="dimmed" lh={1.35} style={{ overflowWrap: 'anywhere' }}>
              {look.text}
            </Text>
          )}
          <Text
            size="xs"
            c="dimmed"
            component="time"
            dateTime={notification.createdAt}
            title={formatDateTime(notification.createdAt, i18n.language)}
          >
            {formatRelativeTime(notification.createdAt, i18n.language)}
          </Text>
        </Stack>
        {!notification.read && (
          <Box
            w={8}
            h={8}
            mt={6}
            bg="red.6"
            style={{ borderRadius: '50%', flexShrink: 0 }}
            aria-hidden
          />
        )}
      </Group>
    </UnstyledButton>
  );
}
