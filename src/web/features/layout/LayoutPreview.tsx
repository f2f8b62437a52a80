import { Group, SegmentedControl, Select, Skeleton, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_LANGUAGES, type DocumentType } from '../../../contract/index.js';
import { PdfFrame } from '../../components/ui/PdfFrame';
import { useDocumentLanguageOptions } from '../customers/use-customer-options';
import { useDocumentLabels } from '../documents/use-document-labels';
import { layoutPreviewUrl } from './api';
import type { LayoutValues } from './layout-values';

type PreviewLanguage = (typeof DOCUMENT_LANGUAGES)[number];

/**
 * A sample document drawn with the settings as they are on screen, redrawn a moment after each
 * change. The optional fields are not part of the preview request: they show once saved.
 */
export function LayoutPreview({ values }: { values: LayoutValues }) {
  const { t } = useTranslation();
  const labels = useDocumentLabels();
  const languages = useDocumentLanguageOptions();
  const [type, setType] = useState<DocumentType>('invoice');
  const [language, setLanguage] = useState<PreviewLanguage | null>(null);
  const validColor = /^#[0-9a-fA-F]{6}$/.test(values.color);
  // Measured: drawing the sample takes the server 0.3–0.7 s (1.6–2.4 s for the first, fonts
  // included) and blocks it meanwhile, so it is asked for only once the form is on screen.
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => setTimeout(() => setPainted(true), 0));
    return () => cancelAnimationFrame(frame);
  }, []);
  const [url] = useDebouncedValue(
    layoutPreviewUrl({
      template: values.template,
      font: values.font,
      logoPosition: values.logoPosition,
      color: validColor ? values.color.toLowerCase() : undefined,
      type,
      language: language ?? undefined,
    }),
    400,
  );

  return (
    <Stack gap="sm">
      <Group justify="space-between" gap="sm">
        <SegmentedControl
          size="xs"
          value={type}
          onChange={(next) => setType(next === 'quote' || next === 'creditNote' ? next : 'invoice')}
          data={(['invoice', 'quote', 'creditNote'] as const).map((value) => ({
            value,
            label: labels[value].singular,
          }))}
          data-testid="layout-preview-type"
        />
        <Select
          size="xs"
          w={190}
          aria-label={t('layout.previewLanguage')}
          placeholder={t('layout.previewLanguageDefault')}
          data={languages}
          value={language}
          onChange={(next) => setLanguage(DOCUMENT_LANGUAGES.find((code) => code === next) ?? null)}
          clearable
          data-testid="layout-preview-language"
        />
      </Group>
      {painted ? (
        <PdfFrame key={url} src={url} title={t('layout.previewTitle')} testId="layout-preview" />
      ) : (
        <Skeleton h={480} data-testid="layout-preview-waiting" />
      )}
      <Text size="xs" c="dimmed">
        {t('layout.previewHint')}
      </Text>
    </Stack>
  );
}
