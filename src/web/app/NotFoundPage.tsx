import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Center mih="70vh" p="md">
      <Stack align="center" gap="sm" maw={420} ta="center">
        <Text fz={64} fw={800} c="brand.2" lh={1}>
          404
        </Text>
        <Title order={2}>{t('errors.notFound.title')}</Title>
        <Text c="dimmed">{t('errors.notFound.text')}</Text>
        <Button mt="md" renderRoot={(props) => <Link to="/" {...props} />}>
          {t('errors.notFound.back')}
        </Button>
      </Stack>
    </Center>
  );
}
