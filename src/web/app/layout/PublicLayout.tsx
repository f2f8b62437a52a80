import { Group, Text } from '@mantine/core';
import { Outlet, useRouter } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Brand } from '../../components/ui/Brand';
import { MAIN_CONTENT_ID } from '../../components/ui/SkipLink';
import { LanguageSwitcher } from '../../features/me/LanguageSwitcher';
import { prefetchSignedInChunks } from '../signed-in-chunks';
import classes from './PublicLayout.module.css';

/** Frame of the login and sign-up pages: brand, language choice, a centred card. */
export function PublicLayout() {
  const { t } = useTranslation();
  const router = useRouter();
  useEffect(() => prefetchSignedInChunks(router), [router]);
  return (
    <div className={classes.root}>
      <Group justify="space-between" px={{ base: 'md', sm: 'xl' }} py="md" component="header">
        <Group gap="md" wrap="nowrap">
          <Brand />
          <Text size="sm" c="dimmed" visibleFrom="sm">
            {t('app.tagline')}
          </Text>
        </Group>
        <LanguageSwitcher />
      </Group>
      <main className={classes.main} id={MAIN_CONTENT_ID} tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
