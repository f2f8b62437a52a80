import { Button, EmptyState } from '@mantine/core';
import { IconFileOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** A page past the end of the list: an old link, or the last row of the page was removed. */
export function PageOutOfRange({ onFirstPage }: { onFirstPage: () => void }) {
  const { t } = useTranslation();
  return (
    <EmptyState
      icon={<IconFileOff size={28} stroke={1.5} />}
      withIndicatorBackground
      title={t('list.pageEmpty')}
      py="xl"
    >
      <EmptyState.Actions>
        <Button variant="default" onClick={onFirstPage}>
          {t('list.firstPage')}
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}
