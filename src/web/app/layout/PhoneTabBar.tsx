import { Drawer, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconDots } from '@tabler/icons-react';
import { Link, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../features/me/me-context';
import { isActivePath, NavMenu, navTestId } from './AppNavbar';
import classes from './PhoneTabBar.module.css';
import { useNavigation } from './use-navigation';

/**
 * The phone's bottom bar: the reader's four most used modules, and "More" opening the whole
 * grouped menu, so every module is at most two taps away and the four main ones one tap.
 */
export function PhoneTabBar() {
  const { t } = useTranslation();
  const me = useMe();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const { primary } = useNavigation();
  const [moreOpened, more] = useDisclosure(false);
  const onPrimary = primary.some((item) => isActivePath(pathname, item.to));

  return (
    <>
      <nav aria-label={t('nav.tabBar')} className={classes.bar}>
        {primary.map((item) => {
          const active = isActivePath(pathname, item.to);
          return (
            <Link
              key={item.to}
              to={item.to}
              className={classes.tab}
              data-active={active || undefined}
              aria-current={active ? 'page' : undefined}
              data-testid={navTestId('tab', item.to)}
            >
              <item.icon size={22} stroke={1.6} aria-hidden />
              <span className={classes.label}>{item.label}</span>
            </Link>
          );
        })}
        <UnstyledButton
          className={classes.tab}
          data-active={(!onPrimary && pathname !== '/') || undefined}
          onClick={more.open}
          aria-haspopup="dialog"
          aria-expanded={moreOpened}
          data-testid="tab-more"
        >
          <IconDots size={22} stroke={1.6} aria-hidden />
          <span className={classes.label}>{t('nav.more')}</span>
        </UnstyledButton>
      </nav>
      <Drawer
        opened={moreOpened}
        onClose={more.close}
        position="bottom"
        size="90%"
        // Focus goes to the chosen page's heading, not back to "More".
        returnFocus={false}
        title={
          <Stack gap={0}>
            <Text fw={650}>{t('nav.more')}</Text>
            <Group gap={4}>
              <Text size="xs" c="dimmed">
                {t('nav.currentOrganization')}
              </Text>
              <Text size="xs" fw={600} truncate>
                {me.organization.name}
              </Text>
            </Group>
          </Stack>
        }
        closeButtonProps={{ 'aria-label': t('nav.closeMore') }}
        data-testid="more-sheet"
      >
        <NavMenu testIdPrefix="more" onNavigate={more.close} />
      </Drawer>
    </>
  );
}
