import { Combobox, Group, Text, Textarea, useCombobox, type TextareaProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Product } from '../../../../contract/index.js';
import { trimDecimal } from '../../../lib/decimal';
import { formatAmount } from '../../../lib/format';
import type { DocumentLanguage } from '../../customers/customer-form-values';
import { useMe } from '../../me/me-context';
import { productListQueryOptions } from '../../products/api';
import { localizedName } from '../../products/product-name';

interface LineDescriptionInputProps extends Omit<TextareaProps, 'value' | 'onChange'> {
  value: string;
  onChange: (value: string) => void;
  /** A product was picked from the suggestions. */
  onProduct: (product: Product) => void;
  /** Enter pressed without a suggestion selected: go on to the next line. */
  onEnter: () => void;
  language: DocumentLanguage;
  priceMode: 'excl' | 'incl';
  inputRef?: Ref<HTMLTextAreaElement>;
  testId: string;
}

const MIN_SEARCH = 2;

/**
 * The description of an item line, which doubles as a product search: while typing, matching
 * products are offered (arrows and Enter, or a click), and picking one fills the line. It grows
 * with long descriptions, but stays one line of text: the API refuses line breaks.
 */
export function LineDescriptionInput({
  value,
  onChange,
  onProduct,
  onEnter,
  language,
  priceMode,
  inputRef,
  testId,
  ...props
}: LineDescriptionInputProps) {
  const { i18n } = useTranslation();
  const { organization } = useMe();
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  // Only what is being typed is searched, never a description loaded with the document.
  const [typing, setTyping] = useState(false);
  const [search] = useDebouncedValue(value.trim(), 200);
  const enabled = typing && search.length >= MIN_SEARCH;
  const products = useQuery({
    ...productListQueryOptions(organization.id, {
      q: search,
      page: 1,
      pageSize: 8,
      sort: 'name:asc',
      active: 'true',
    }),
    enabled,
  });
  const items = enabled ? (products.data?.items ?? []) : [];

  const pick = (id: string) => {
    const product = items.find((item) => item.id === id);
    if (product) onProduct(product);
    setTyping(false);
    combobox.closeDropdown();
  };

  return (
    <Combobox
      store={combobox}
      onOptionSubmit={pick}
      position="bottom-start"
      width={380}
      withinPortal
    >
      <Combobox.Target>
        <Textarea
          {...props}
          ref={inputRef}
          value={value}
          autosize
          minRows={1}
          maxRows={6}
          autoComplete="off"
          data-testid={testId}
          onChange={(event) => {
            onChange(event.currentTarget.value.replace(/[\r\n]+/g, ' '));
            setTyping(true);
            combobox.openDropdown();
            combobox.updateSelectedOptionIndex();
          }}
          onBlur={(event) => {
            combobox.closeDropdown();
            setTyping(false);
            props.onBlur?.(event);
          }}
          onKeyDown={(event) => {
            if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
            const choosing = combobox.dropdownOpened && combobox.getSelectedOptionIndex() !== -1;
            if (choosing && items.length > 0) return;
            event.preventDefault();
            onEnter();
          }}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={items.length === 0}>
        <Combobox.Options>
          {items.map((product, index) => (
            <Combobox.Option
              value={product.id}
              key={product.id}
              data-testid={`${testId}-product-${index}`}
            >
              <Group justify="space-between" wrap="nowrap" gap="sm">
                <div style={{ minWidth: 0 }}>
                  <Text size="sm" truncate>
                    {localizedName(product.name, language)}
                  </Text>
                  <Text size="xs" c="dimmed" ff="monospace">
                    {product.code}
                  </Text>
                </div>
                <Text
                  size="sm"
                  style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}
                >
                  {formatAmount(
                    trimDecimal(priceMode === 'incl' ? product.priceIncl : product.priceExcl),
                    i18n.language,
                  )}
                </Text>
              </Group>
            </Combobox.Option>
          ))}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
