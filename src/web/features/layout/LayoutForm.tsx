import { Button, ColorInput, Group, Input, SegmentedControl, Stack, Switch } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LAYOUT_FONTS, LAYOUT_TEMPLATES, LOGO_POSITIONS } from '../../../contract/index.js';
import type { LayoutValues } from './layout-values';

/** Colours that print well and stay readable as white text on a filled header. */
const SWATCHES = [
  '#1f4e79',
  '#2b2a72',
  '#5b5bd6',
  '#0b7285',
  '#2b8a3e',
  '#c2410c',
  '#9d174d',
  '#343a40',
];

interface LayoutFormProps {
  form: UseFormReturnType<LayoutValues>;
  saving: boolean;
  canSave: boolean;
}

/** A label over a group of controls, looking like every input's own label. */
function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="group" aria-label={label}>
      <Input.Label component="div" mb={4}>
        {label}
      </Input.Label>
      {children}
    </div>
  );
}

export function LayoutForm({ form, saving, canSave }: LayoutFormProps) {
  const { t } = useTranslation();
  const templates: Record<(typeof LAYOUT_TEMPLATES)[number], string> = {
    classic: t('layout.templates.classic'),
    modern: t('layout.templates.modern'),
    compact: t('layout.templates.compact'),
  };
  const fonts: Record<(typeof LAYOUT_FONTS)[number], string> = {
    sans: t('layout.fonts.sans'),
    serif: t('layout.fonts.serif'),
  };
  const positions: Record<(typeof LOGO_POSITIONS)[number], string> = {
    left: t('layout.logoPositions.left'),
    center: t('layout.logoPositions.center'),
    right: t('layout.logoPositions.right'),
  };
  const toggles: { field: keyof LayoutValues; label: string }[] = [
    { field: 'showOrderReference', label: t('layout.fields.showOrderReference') },
    { field: 'showDeliveryDate', label: t('layout.fields.showDeliveryDate') },
    { field: 'showCustomerReference', label: t('layout.fields.showCustomerReference') },
    { field: 'showUnitColumn', label: t('layout.fields.showUnitColumn') },
    { field: 'showPaymentQr', label: t('layout.fields.showPaymentQr') },
  ];

  return (
    <Stack gap="lg">
      <Field label={t('layout.template')}>
        <SegmentedControl
          fullWidth
          data={LAYOUT_TEMPLATES.map((value) => ({ value, label: templates[value] }))}
          data-testid="layout-template"
          {...form.getInputProps('template')}
        />
      </Field>
      <ColorInput
        label={t('layout.color')}
        format="hex"
        swatches={SWATCHES}
        swatchesPerRow={8}
        withEyeDropper={false}
        data-testid="layout-color"
        {...form.getInputProps('color')}
      />
      <Field label={t('layout.font')}>
        <SegmentedControl
          fullWidth
          data={LAYOUT_FONTS.map((value) => ({ value, label: fonts[value] }))}
          data-testid="layout-font"
          {...form.getInputProps('font')}
        />
      </Field>
      <Field label={t('layout.logoPosition')}>
        <SegmentedControl
          fullWidth
          data={LOGO_POSITIONS.map((value) => ({ value, label: positions[value] }))}
          data-testid="layout-logoPosition"
          {...form.getInputProps('logoPosition')}
        />
      </Field>
      <Field label={t('layout.fieldsTitle')}>
        <Stack gap="xs">
          {toggles.map(({ field, label }) => (
            <Switch
              key={field}
              label={label}
              data-testid={`layout-${field}`}
              {...form.getInputProps(field, { type: 'checkbox' })}
            />
          ))}
        </Stack>
      </Field>
      {canSave && (
        <Group justify="flex-end">
          <Button
            type="submit"
            loading={saving}
            disabled={!form.isDirty()}
            data-testid="layout-save"
          >
            {t('form.save')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
