import { Grid, Paper, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { layoutInputSchema, type Layout } from '../../contract/index.js';
import { CenteredLoader } from '../components/ui/CenteredLoader';
import { LoadError } from '../components/ui/LoadError';
import { PageHeader } from '../components/ui/PageHeader';
import { layoutQueryOptions, useSaveLayout } from '../features/layout/api';
import { LayoutForm } from '../features/layout/LayoutForm';
import { LayoutPreview } from '../features/layout/LayoutPreview';
import { toLayoutInput, toLayoutValues, type LayoutValues } from '../features/layout/layout-values';
import { canManageSettings, useMe } from '../features/me/me-context';
import { showServerErrors } from '../lib/form-errors';
import { notifySuccess } from '../lib/notify';
import { usePageTitle } from '../lib/use-page-title';
import { schemaErrors } from '../lib/zod-form';

export function LayoutSettingsPage() {
  const { t } = useTranslation();
  usePageTitle(t('layout.title'));
  const { organization } = useMe();
  const layout = useQuery(layoutQueryOptions(organization.id));

  let body;
  if (layout.isPending) body = <CenteredLoader />;
  else if (layout.isError)
    body = <LoadError error={layout.error} onRetry={() => void layout.refetch()} />;
  else body = <LayoutEditor layout={layout.data} />;

  return (
    <Stack gap="xl">
      <PageHeader
        title={t('layout.title')}
        description={t('layout.subtitle')}
        titleTestId="layout-title"
      />
      {body}
    </Stack>
  );
}

function LayoutEditor({ layout }: { layout: Layout }) {
  const { t } = useTranslation();
  const me = useMe();
  const save = useSaveLayout();
  const form = useForm<LayoutValues>({
    initialValues: toLayoutValues(layout),
    validate: (values) => schemaErrors(layoutInputSchema, toLayoutInput(values)),
  });

  const submit = form.onSubmit((values) =>
    save.mutate(toLayoutInput(values), {
      onSuccess: (saved) => {
        const next = toLayoutValues(saved);
        form.setInitialValues(next);
        form.setValues(next);
        form.resetDirty(next);
        notifySuccess(t('layout.saved'));
      },
      onError: (error) => showServerErrors(form, error),
    }),
  );

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Paper withBorder p={{ base: 'md', sm: 'lg' }}>
          <form onSubmit={submit} noValidate>
            <LayoutForm form={form} saving={save.isPending} canSave={canManageSettings(me)} />
          </form>
        </Paper>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 7 }}>
        <LayoutPreview values={form.values} />
      </Grid.Col>
    </Grid>
  );
}
