import { AppShell, Container } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Navigate, Outlet, useRouterState } from '@tanstack/react-router';
import { useEffect } from 'react';
import { NoAccess } from '../../components/ui/NoAccess';
import { meQueryOptions } from '../../features/me/api';
import { MeProvider, useMe } from '../../features/me/me-context';
import { SupportBanner } from '../../features/team/SupportBanner';
import { switchLanguage } from '../../i18n';
import { AppHeader } from './AppHeader';
import { AppNavbar } from './AppNavbar';
import { mayOpen, pageRequirement } from './navigation';
import { PhoneTabBar } from './PhoneTabBar';
import { MAIN_CONTENT_ID } from '../../components/ui/SkipLink';
import { useNavigation } from './use-navigation';

/**
 * Frame of every logged-in page: header, the grouped sidebar on laptops, a bottom bar with
 * "more" on phones, and the content.
 */
export function AppLayout() {
  const { data: me } = useQuery(meQueryOptions);

  // The language saved on the account wins over the one picked before logging in.
  const savedLanguage = me?.language;
  useEffect(() => {
    if (savedLanguage) void switchLanguage(savedLanguage);
  }, [savedLanguage]);

  // The session ended (logout, or a refetch found it expired).
  if (!me) return <Navigate to="/login" />;

  return (
    <MeProvider me={me}>
      <AppShell
        header={{ height: 64 }}
        navbar={{ width: 260, breakpoint: 'sm', collapsed: { mobile: true } }}
        footer={{ height: { base: 64, sm: 0 } }}
        padding={{ base: 'md', sm: 'xl' }}
      >
        <AppShell.Header>
          <AppHeader />
        </AppShell.Header>
        {/* Out of the page (and of the Tab order) on phones, where the bottom bar takes over. */}
        <AppShell.Navbar visibleFrom="sm">
          <AppNavbar />
        </AppShell.Navbar>
        <AppShell.Main id={MAIN_CONTENT_ID} tabIndex={-1}>
          <Container size="lg" px={0} pb="xl">
            <SupportBanner />
            <GuardedPage />
          </Container>
        </AppShell.Main>
        <AppShell.Footer hiddenFrom="sm">
          <PhoneTabBar />
        </AppShell.Footer>
      </AppShell>
    </MeProvider>
  );
}

/** The page, or "no access" when the reader lacks what its API requires (never a false empty page). */
function GuardedPage() {
  const me = useMe();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const { all } = useNavigation();
  const requirement = pageRequirement(pathname, all);
  if (mayOpen(me, requirement)) return <Outlet />;
  const appOff = requirement.app !== undefined && me.disabledApps.includes(requirement.app);
  return <NoAccess appOff={appOff} />;
}
