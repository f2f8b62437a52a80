import { Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatAmount } from '../../../lib/format';
import { LineActions } from './LineActions';
import classes from './LinesEditor.module.css';
import { enterHandler, lineError, type LineRowProps } from './line-row-props';

/** A section heading (with the subtotal of the lines under it) or a free text line. */
export function NoteLineRow({
  form,
  index,
  count,
  amount,
  problems,
  onMove,
  onRemove,
  onEnter,
  registerInput,
}: LineRowProps) {
  const { t, i18n } = useTranslation();
  const line = form.values.lines[index];
  if (!line) return null;
  const path = `lines.${index}.description`;
  const section = line.kind === 'section';
  return (
    <div
      className={`${classes.row} ${classes.note}`}
      data-testid={`line-${index}`}
      data-kind={line.kind}
    >
      <span className={classes.pos}>{index + 1}</span>
      <Textarea
        {...form.getInputProps(path)}
        // One line of text for the API, however long: it refuses line breaks.
        onChange={(event) =>
          form.setFieldValue(path, event.currentTarget.value.replace(/[\r\n]+/g, ' '))
        }
        autosize
        minRows={1}
        maxRows={6}
        error={lineError(form, problems, path)}
        ref={(node) => registerInput(line.key, node)}
        className={`${classes.desc} ${section ? classes.sectionInput : ''}`}
        classNames={{ label: classes.fieldLabel }}
        label={section ? t('documents.lines.section') : t('documents.lines.text')}
        placeholder={
          section ? t('documents.lines.sectionPlaceholder') : t('documents.lines.textPlaceholder')
        }
        variant={section ? 'default' : 'filled'}
        size="sm"
        autoComplete="off"
        onKeyDown={enterHandler(() => onEnter(index))}
        data-testid={`line-${index}-description`}
      />
      <div className={classes.total}>
        {section && amount !== null && (
          <Text size="sm" c="dimmed" data-testid={`line-${index}-subtotal`}>
            {t('documents.lines.subtotal', { amount: formatAmount(amount, i18n.language) })}
          </Text>
        )}
      </div>
      <LineActions
        index={index}
        count={count}
        onMove={onMove}
        onRemove={onRemove}
        className={classes.actions}
      />
    </div>
  );
}
