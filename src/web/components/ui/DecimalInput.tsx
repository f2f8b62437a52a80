import { TextInput, type TextInputProps } from '@mantine/core';
import type { ChangeEvent } from 'react';
import { normalizeDecimalInput } from '../../lib/decimal';

interface DecimalInputProps extends Omit<TextInputProps, 'onChange' | 'value'> {
  value?: string;
  onChange?: (value: string) => void;
}

/**
 * Amounts and percentages as the strings the API takes. A text input, not NumberInput: the
 * value must never pass through a float, and a typed comma is turned into a dot.
 */
export function DecimalInput({ value, onChange, ...props }: DecimalInputProps) {
  const change = (event: ChangeEvent<HTMLInputElement>) =>
    onChange?.(normalizeDecimalInput(event.currentTarget.value));
  return (
    <TextInput
      inputMode="decimal"
      autoComplete="off"
      spellCheck={false}
      {...props}
      value={value ?? ''}
      onChange={change}
    />
  );
}
