import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../components/ui/PageHeader';
import { JournalList } from '../features/numbering/JournalList';
import { usePageTitle } from '../lib/use-page-title';

export function NumberingSettingsPage() {
  const { t } = useTranslation();
  usePageTitle(t('numbering.title'));
  return (
    <Stack gap="xl">
      <PageHeader
        title={t('numbering.title')}
        description={t('numbering.subtitle')}
        titleTestId="numbering-title"
      />
      <JournalList />
    </Stack>
  );
}
