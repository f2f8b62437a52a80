import { Button, EmptyState } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ListEmptyProps {
  icon: Icon;
  /** The list has filters set: nothing matches them, rather than nothing exists. */
  filtered?: boolean;
  title: string;
  text?: string;
  /** What to do about an empty list (create the first one); not shown when filtered. */
  action?: ReactNode;
  noMatchTitle?: string;
  noMatchText?: string;
  /** Offers "Clear filters" when nothing matches. */
  onClear?: () => void;
  testId: string;
}

/** An empty list: "nothing yet, create one", or "nothing matches, clear the filters". */
export function ListEmpty({
  icon: IconComponent,
  filtered = false,
  title,
  text,
  action,
  noMatchTitle,
  noMatchText,
  onClear,
  testId,
}: ListEmptyProps) {
  const { t } = useTranslation();
  const actions = filtered
    ? onClear && (
        <Button variant="default" onClick={onClear}>
          {t('list.clearFilters')}
        </Button>
      )
    : action;
  return (
    <EmptyState
      icon={<IconComponent size={28} stroke={1.5} />}
      variant={filtered ? undefined : 'light'}
      withIndicatorBackground={filtered}
      title={filtered ? (noMatchTitle ?? title) : title}
      description={filtered ? noMatchText : text}
      py="xl"
      data-testid={testId}
    >
      {actions && <EmptyState.Actions>{actions}</EmptyState.Actions>}
    </EmptyState>
  );
}
