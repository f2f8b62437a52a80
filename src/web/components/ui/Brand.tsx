import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Logo mark and product name. */
export function Brand({ size = 28 }: { size?: number }) {
  const { t } = useTranslation();
  return (
    <Group gap={8} wrap="nowrap">
      <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true">
        <rect width="32" height="32" rx="8" fill="var(--mantine-color-brand-6)" />
        <path d="M11 8h10v3.2h-6.6v3.3h5.8v3.2h-5.8V24H11z" fill="#fff" />
      </svg>
      <Text fw={750} fz={size * 0.7} lh={1} c="dark.8" style={{ letterSpacing: '-0.02em' }}>
        {t('app.name')}
      </Text>
    </Group>
  );
}
