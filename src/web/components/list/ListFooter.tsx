import { Group, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface ListFooterProps {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
}

/** "26–50 of 312" and page links; nothing to page through means no pagination. */
export function ListFooter({ page, pageSize, total, onPage }: ListFooterProps) {
  const { t, i18n } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const number = new Intl.NumberFormat(i18n.language);
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <Group justify="space-between" gap="sm">
      <Text size="sm" c="dimmed" data-testid="list-range">
        {t('list.range', {
          from: number.format(from),
          to: number.format(to),
          total: number.format(total),
        })}
      </Text>
      {pages > 1 && (
        <Pagination
          total={pages}
          value={Math.min(page, pages)}
          onChange={onPage}
          size="sm"
          siblings={1}
          boundaries={1}
          getControlProps={(control) => ({
            'aria-label': control === 'previous' ? t('list.previousPage') : t('list.nextPage'),
          })}
        />
      )}
    </Group>
  );
}
