import { Chip, Group } from '@mantine/core';

interface StatusChipsProps<S extends string> {
  /** The statuses, after "all". */
  statuses: readonly S[];
  labels: Record<S | 'all', string>;
  value: S | undefined;
  onChange: (status: S | undefined) => void;
  label: string;
  testIdPrefix: string;
}

/** One chip per status and one for everything; the chosen one filters the list. */
export function StatusChips<S extends string>({
  statuses,
  labels,
  value,
  onChange,
  label,
  testIdPrefix,
}: StatusChipsProps<S>) {
  const choices: (S | 'all')[] = ['all', ...statuses];
  const current: string = value ?? 'all';
  const choose = (chosen: string) => onChange(statuses.find((status) => status === chosen));
  return (
    <Chip.Group multiple={false} value={current} onChange={choose}>
      <Group gap={6} role="group" aria-label={label}>
        {choices.map((choice) => (
          <Chip
            key={choice}
            value={choice}
            size="sm"
            variant="light"
            wrapperProps={{ 'data-testid': `${testIdPrefix}-filter-${choice}` }}
          >
            {labels[choice]}
          </Chip>
        ))}
      </Group>
    </Chip.Group>
  );
}
