import { Chip, Group } from '@mantine/core';

interface FilterChipsProps<C extends string> {
  /** Every choice, in order; one of them is always chosen. */
  choices: readonly C[];
  labels: Record<C, string>;
  value: C;
  onChange: (choice: C) => void;
  /** What the group filters, for screen readers. */
  label: string;
  testIdPrefix: string;
}

/** One chip per choice; the chosen one filters the list (`<prefix>-filter-<choice>`). */
export function FilterChips<C extends string>({
  choices,
  labels,
  value,
  onChange,
  label,
  testIdPrefix,
}: FilterChipsProps<C>) {
  const choose = (chosen: string) => {
    const choice = choices.find((candidate) => candidate === chosen);
    if (choice !== undefined) onChange(choice);
  };
  return (
    <Chip.Group multiple={false} value={value} onChange={choose}>
      <Group gap={6} role="group" aria-label={label}>
        {choices.map((choice) => (
          <Chip
            key={choice}
            value={choice}
            size="sm"
            variant="light"
            // On the visible chip: the radio input inside is hidden.
            wrapperProps={{ 'data-testid': `${testIdPrefix}-filter-${choice}` }}
          >
            {labels[choice]}
          </Chip>
        ))}
      </Group>
    </Chip.Group>
  );
}

interface StatusChipsProps<S extends string> {
  /** The statuses, after "all". */
  statuses: readonly S[];
  labels: Record<S | 'all', string>;
  /** No status in the URL means "all". */
  value: S | undefined;
  onChange: (status: S | undefined) => void;
  label: string;
  testIdPrefix: string;
}

/** A chip for everything, then one per status: "all" leaves the status out of the URL. */
export function StatusChips<S extends string>({
  statuses,
  value,
  onChange,
  ...props
}: StatusChipsProps<S>) {
  const choices: readonly (S | 'all')[] = ['all', ...statuses];
  return (
    <FilterChips<S | 'all'>
      {...props}
      choices={choices}
      value={value ?? 'all'}
      onChange={(choice) => onChange(choice === 'all' ? undefined : choice)}
    />
  );
}
