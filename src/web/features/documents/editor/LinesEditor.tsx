import { Button, Group, Stack, Text } from '@mantine/core';
import { IconHeading, IconLetterT, IconPlus } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentLanguage } from '../../customers/customer-form-values';
import type { VatRate } from '../../products/use-product-options';
import type { DocumentForm } from './document-form';
import { emptyLine, type LineKind } from './document-form-values';
import type { TotalsProblem } from './editor-totals';
import { ItemLineRow } from './ItemLineRow';
import classes from './LinesEditor.module.css';
import { NoteLineRow } from './NoteLineRow';

interface LinesEditorProps {
  form: DocumentForm;
  /** Each line's amount, null while uncomputable (see editorTotals). */
  lineAmounts: readonly (string | null)[];
  problems: readonly TotalsProblem[];
  language: DocumentLanguage;
  currency: string;
  ratesApply: boolean;
  /** The organization's rate for a line without a product (a product brings its own). */
  defaultVatRate: VatRate;
}

/**
 * The lines: items, section headings and text. Tab walks through the cells; Enter moves on to
 * the next line and, on the last one, adds a new line.
 */
export function LinesEditor({
  form,
  lineAmounts,
  problems,
  language,
  currency,
  ratesApply,
  defaultVatRate,
}: LinesEditorProps) {
  const { t } = useTranslation();
  const { lines, priceMode } = form.values;
  const inputs = useRef(new Map<string, HTMLElement>());
  // A line just added gets the focus once it is on screen.
  const pendingFocus = useRef<string | null>(null);
  useEffect(() => {
    if (pendingFocus.current === null) return;
    inputs.current.get(pendingFocus.current)?.focus();
    pendingFocus.current = null;
  });

  const registerInput = (key: string, node: HTMLElement | null) => {
    if (node) inputs.current.set(key, node);
    else inputs.current.delete(key);
  };

  const add = (kind: LineKind, at = lines.length) => {
    // Never the previous line's rate: a free-text line after a 6 % one is not 6 % by default.
    const line = emptyLine(kind, defaultVatRate);
    pendingFocus.current = line.key;
    form.insertListItem('lines', line, at);
  };

  const onEnter = (index: number) => {
    const following = lines[index + 1];
    if (following) inputs.current.get(following.key)?.focus();
    else add('item');
  };

  const rowProps = (index: number) => ({
    form,
    index,
    count: lines.length,
    language,
    priceMode,
    currency,
    ratesApply,
    amount: lineAmounts[index] ?? null,
    problems,
    onMove: (from: number, to: number) => form.reorderListItem('lines', { from, to }),
    onRemove: (at: number) => form.removeListItem('lines', at),
    onEnter,
    registerInput,
  });

  return (
    <Stack gap="md">
      <div className={classes.lines} data-testid="document-lines">
        <div className={`${classes.row} ${classes.header}`} aria-hidden>
          <span className={classes.pos}>#</span>
          <span className={classes.desc}>{t('documents.lines.description')}</span>
          <span className={classes.qty} style={{ textAlign: 'right' }}>
            {t('documents.lines.quantityShort')}
          </span>
          <span className={classes.unit}>{t('documents.lines.unit')}</span>
          <span className={classes.price} style={{ textAlign: 'right' }}>
            {priceMode === 'incl'
              ? t('documents.lines.unitPriceInclShort')
              : t('documents.lines.unitPriceExclShort')}
          </span>
          <span className={classes.disc} style={{ textAlign: 'right' }}>
            {t('documents.lines.discountShort')}
          </span>
          <span className={classes.vat}>{t('documents.lines.vatRateShort')}</span>
          <span className={classes.total}>{t('documents.lines.total')}</span>
          <span className={classes.actions} />
        </div>
        {lines.map((line, index) =>
          line.kind === 'item' ? (
            <ItemLineRow key={line.key} {...rowProps(index)} />
          ) : (
            <NoteLineRow key={line.key} {...rowProps(index)} />
          ),
        )}
        {lines.length === 0 && (
          <Text size="sm" c="dimmed" py="md" ta="center">
            {t('documents.lines.empty')}
          </Text>
        )}
      </div>
      <Group gap="xs">
        <Button
          variant="light"
          size="sm"
          leftSection={<IconPlus size={16} />}
          onClick={() => add('item')}
          data-testid="document-add-line"
        >
          {t('documents.lines.addItem')}
        </Button>
        <Button
          variant="subtle"
          size="sm"
          leftSection={<IconHeading size={16} stroke={1.6} />}
          onClick={() => add('section')}
          data-testid="document-add-section"
        >
          {t('documents.lines.addSection')}
        </Button>
        <Button
          variant="subtle"
          size="sm"
          leftSection={<IconLetterT size={16} stroke={1.6} />}
          onClick={() => add('text')}
          data-testid="document-add-text"
        >
          {t('documents.lines.addText')}
        </Button>
      </Group>
    </Stack>
  );
}
