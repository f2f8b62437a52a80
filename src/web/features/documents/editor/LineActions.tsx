import { ActionIcon, Tooltip } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface LineActionsProps {
  index: number;
  count: number;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
  className?: string;
}

/** Move up, move down, remove: plain buttons, so reordering works with a keyboard too. */
export function LineActions({ index, count, onMove, onRemove, className }: LineActionsProps) {
  const { t } = useTranslation();
  const number = index + 1;
  return (
    <div className={className}>
      <Tooltip label={t('documents.lines.moveUp')} openDelay={500}>
        <ActionIcon
          variant="subtle"
          color="gray"
          size="md"
          disabled={index === 0}
          onClick={() => onMove(index, index - 1)}
          aria-label={t('documents.lines.moveUpLabel', { number })}
          data-testid={`line-${index}-up`}
        >
          <IconArrowUp size={16} stroke={1.6} />
        </ActionIcon>
      </Tooltip>
      <Tooltip label={t('documents.lines.moveDown')} openDelay={500}>
        <ActionIcon
          variant="subtle"
          color="gray"
          size="md"
          disabled={index === count - 1}
          onClick={() => onMove(index, index + 1)}
          aria-label={t('documents.lines.moveDownLabel', { number })}
          data-testid={`line-${index}-down`}
        >
          <IconArrowDown size={16} stroke={1.6} />
        </ActionIcon>
      </Tooltip>
      <Tooltip label={t('documents.lines.remove')} openDelay={500}>
        <ActionIcon
          variant="subtle"
          color="red"
          size="md"
          onClick={() => onRemove(index)}
          aria-label={t('documents.lines.removeLabel', { number })}
          data-testid={`line-${index}-remove`}
        >
          <IconTrash size={16} stroke={1.6} />
        </ActionIcon>
      </Tooltip>
    </div>
  );
}
