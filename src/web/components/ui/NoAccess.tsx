import { Alert, Stack, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../lib/use-page-title';

/**
 * What a page shows when the reader may not use it (the route's module is not theirs, or its API
 * answered 403): said plainly, instead of an empty list or a form that fails on save.
 */
export function NoAccess({
  asPage = true,
  appOff = false,
}: {
  asPage?: boolean;
  /** The page belongs to an app the company switched off: say so, and who can switch it on. */
  appOff?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="md" maw={560} data-testid="no-access">
      {asPage && <NoAccessTitle />}
      <Alert
        color="gray"
        variant="light"
        icon={<IconLock aria-hidden />}
        title={asPage ? undefined : t('noAccess.title')}
      >
        {appOff ? (
          <span data-testid="app-switched-off">
            {t('apps.switchedOff')} {t('apps.switchedOffHint')}
          </span>
        ) : (
          t('noAccess.text')
        )}
      </Alert>
    </Stack>
  );
}

function NoAccessTitle() {
  const { t } = useTranslation();
  usePageTitle(t('noAccess.title'));
  return (
    <Title order={1} fz={{ base: 24, sm: 28 }}>
      {t('noAccess.title')}
    </Title>
  );
}
