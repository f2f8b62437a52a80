import { Select } from '@mantine/core';

interface ChoiceFilterProps<C extends string> {
  /** Also its accessible name. */
  label: string;
  options: { value: C; label: string }[];
  /** The choice in the URL; absent means `fallback`. */
  value: C | undefined;
  fallback: C;
  onChange: (value: C | undefined) => void;
  testId: string;
}

/** A filter that always has a choice ("active" until told otherwise); its default stays out of the URL. */
export function ChoiceFilter<C extends string>({
  label,
  options,
  value,
  fallback,
  onChange,
  testId,
}: ChoiceFilterProps<C>) {
  return (
    <Select<C>
      aria-label={label}
      data={options}
      value={value ?? fallback}
      onChange={(chosen) => onChange(chosen === fallback ? undefined : (chosen ?? undefined))}
      allowDeselect={false}
      w={{ base: '100%', xs: 150 }}
      data-testid={testId}
    />
  );
}
