import {
  ActionIcon,
  Button,
  Divider,
  Group,
  Indicator,
  Popover,
  ScrollArea,
  Stack,
  Text,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBell, IconChecks } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Notification } from '../../../contract/index.js';
import { notifyError } from '../../lib/notify';
import { useMe } from '../me/me-context';
import {
  notificationsQueryOptions,
  useMarkAllNotificationsRead,
  useMarkNotificationRead,
} from './api';
import { NotificationItem } from './NotificationItem';

/** Only links inside the app are followed. */
const isAppPath = (link: string | null): link is string =>
  link !== null && link.startsWith('/') && !link.startsWith('//');

/** The bell at the top right: a red dot for what is new, the latest notifications on click. */
export function NotificationBell() {
  const { t } = useTranslation();
  const { organization } = useMe();
  const navigate = useNavigate();
  const [opened, popover] = useDisclosure(false);
  const list = useQuery(notificationsQueryOptions(organization.id));
  const markRead = useMarkNotificationRead();
  const markAllRead = useMarkAllNotificationsRead();
  const unread = list.data?.unread ?? 0;
  const items = list.data?.items ?? [];

  const open = (notification: Notification) => {
    if (!notification.read) markRead.mutate(notification.id, { onError: notifyError });
    popover.close();
    if (isAppPath(notification.link)) void navigate({ href: notification.link });
  };

  return (
    <Popover
      opened={opened}
      onChange={(next) => (next ? popover.open() : popover.close())}
      position="bottom-end"
      width={360}
      shadow="md"
      withinPortal
      trapFocus
    >
      {/* The target is the button itself, so aria-expanded sits on it, not on the dot's wrapper. */}
      <Indicator
        color="red"
        size={10}
        offset={7}
        disabled={unread === 0}
        withBorder
        processing={false}
      >
        <Popover.Target>
          <ActionIcon
            variant="subtle"
            color="gray"
            size={40}
            radius="xl"
            onClick={popover.toggle}
            aria-label={
              unread > 0
                ? t('notifications.openUnread', { number: unread })
                : t('notifications.open')
            }
            data-testid="notification-bell"
            data-unread={unread}
          >
            <IconBell size={22} stroke={1.6} />
          </ActionIcon>
        </Popover.Target>
      </Indicator>
      <Popover.Dropdown p={0} maw="calc(100vw - 16px)" data-testid="notification-popover">
        <Group justify="space-between" px="md" py="sm" gap="xs">
          <Text fw={650}>{t('notifications.title')}</Text>
          {unread > 0 && (
            <Button
              variant="subtle"
              size="compact-sm"
              leftSection={<IconChecks size={16} stroke={1.6} />}
              onClick={() => markAllRead.mutate(undefined, { onError: notifyError })}
              data-testid="notification-read-all"
            >
              {t('notifications.readAll')}
            </Button>
          )}
        </Group>
        <Divider />
        {items.length === 0 ? (
          <Text size="sm" c="dimmed" ta="center" p="lg" data-testid="notification-empty">
            {list.isError ? t('notifications.loadFailed') : t('notifications.empty')}
          </Text>
        ) : (
          <ScrollArea.Autosize mah="min(480px, 70vh)" type="auto">
            <Stack gap={2} p={4}>
              {items.map((notification, index) => (
                <NotificationItem
                  key={notification.id}
                  notification={notification}
                  onOpen={open}
                  testId={`notification-${index}`}
                />
              ))}
            </Stack>
          </ScrollArea.Autosize>
        )}
      </Popover.Dropdown>
    </Popover>
  );
}
