import { AppShell, Container } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Navigate, Outlet } from '@tanstack/react-router';
import { useEffect } from 'react';
import { meQueryOptions } from '../../features/me/api';
import { MeProvider } from '../../features/me/me-context';
import { SupportBanner } from '../../features/team/SupportBanner';
import { switchLanguage } from '../../i18n';
import { AppHeader } from './AppHeader';
import { AppNavbar } from './AppNavbar';

/** Frame of every logged-in page: header, navigation (a drawer on phones) and content. */
export function AppLayout() {
  const { data: me } = useQuery(meQueryOptions);
  const [navbarOpened, navbar] = useDisclosure(false);

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
        navbar={{ width: 260, breakpoint: 'sm', collapsed: { mobile: !navbarOpened } }}
        padding={{ base: 'md', sm: 'xl' }}
      >
        <AppShell.Header>
          <AppHeader navbarOpened={navbarOpened} onToggleNavbar={navbar.toggle} />
        </AppShell.Header>
        <AppShell.Navbar>
          <AppNavbar onNavigate={navbar.close} />
        </AppShell.Navbar>
        <AppShell.Main>
          <Container size="lg" px={0} pb="xl">
            <SupportBanner />
            <Outlet />
          </Container>
        </AppShell.Main>
      </AppShell>
    </MeProvider>
  );
}
