import { CloseButton, TextInput, type TextInputProps } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface SearchInputProps extends Omit<TextInputProps, 'value' | 'onChange' | 'defaultValue'> {
  /** The search in effect (usually from the URL). */
  value: string;
  /** Called once typing pauses, with the trimmed text. */
  onSearch: (value: string) => void;
  delay?: number;
}

/**
 * Search box that queries as you type, without a request per keystroke. It follows outside
 * changes of `value` (back button) but never overwrites what is still being typed.
 */
export function SearchInput({ value, onSearch, delay = 250, ...props }: SearchInputProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
  const [sent, setSent] = useState(value);
  if (value !== seen) {
    setSeen(value);
    if (value !== sent) {
      setSent(value);
      setText(value);
    }
  }

  const search = useDebouncedCallback((next: string) => {
    setSent(next);
    onSearch(next);
  }, delay);

  const change = (next: string) => {
    setText(next);
    search(next.trim());
  };

  return (
    <TextInput
      // Not type="search": the browser would add a second clear button next to ours.
      enterKeyHint="search"
      leftSection={<IconSearch size={16} stroke={1.6} />}
      rightSection={
        text ? (
          <CloseButton size="sm" aria-label={t('list.clearSearch')} onClick={() => change('')} />
        ) : null
      }
      {...props}
      value={text}
      onChange={(event) => change(event.currentTarget.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') search.flush();
      }}
    />
  );
}
