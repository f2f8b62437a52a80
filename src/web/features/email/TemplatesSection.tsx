import {
  Badge,
  Button,
  Group,
  Modal,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  UnstyledButton,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconEye } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  emailTemplateRequestSchema,
  type EmailPreview,
  type EmailTemplate,
  type EmailTemplateKind,
} from '../../../contract/index.js';
import { TAG_GROUPS } from '../../../core/tags/index.js';
import { CenteredLoader } from '../../components/ui/CenteredLoader';
import { LoadError } from '../../components/ui/LoadError';
import { SettingsSection } from '../../components/ui/SettingsSection';
import { showServerErrors } from '../../lib/form-errors';
import { errorMessage, notifyError, notifySuccess } from '../../lib/notify';
import { schemaErrors } from '../../lib/zod-form';
import { useDocumentLanguageOptions } from '../customers/use-customer-options';
import { useMe } from '../me/me-context';
import {
  emailTemplatesQueryOptions,
  usePreviewEmail,
  useResetEmailTemplate,
  useSaveEmailTemplate,
} from './api';
import { EmailHtmlFrame } from './EmailHtmlFrame';

type Language = EmailTemplate['language'];

/** The texts per document type and language, with the tags to use and a preview. */
export function TemplatesSection() {
  const { t } = useTranslation();
  const { organization } = useMe();
  const templates = useQuery(emailTemplatesQueryOptions(organization.id));
  const languages = useDocumentLanguageOptions();
  const [kind, setKind] = useState<EmailTemplateKind>('invoice');
  const [language, setLanguage] = useState<Language>('fr');
  const kinds: { value: EmailTemplateKind; label: string }[] = [
    { value: 'quote', label: t('email.templates.kinds.quote') },
    { value: 'invoice', label: t('email.templates.kinds.invoice') },
    { value: 'creditNote', label: t('email.templates.kinds.creditNote') },
    { value: 'reminder', label: t('email.templates.kinds.reminder') },
  ];
  const current = templates.data?.find((item) => item.kind === kind && item.language === language);

  return (
    <SettingsSection title={t('email.templates.title')} description={t('email.templates.text')}>
      <Stack gap="md">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <Select
            label={t('email.templates.kind')}
            data={kinds}
            value={kind}
            onChange={(value) => value && setKind(value as EmailTemplateKind)}
            allowDeselect={false}
            data-testid="email-template-kind"
          />
          <SegmentedControl
            data={languages.map(({ value }) => ({ value, label: value.toUpperCase() }))}
            value={language}
            onChange={(value) => setLanguage(value as Language)}
            aria-label={t('email.templates.language')}
            data-testid="email-template-language"
          />
        </Group>
        {templates.isPending ? (
          <CenteredLoader />
        ) : templates.isError ? (
          <LoadError error={templates.error} onRetry={() => void templates.refetch()} />
        ) : current ? (
          <TemplateForm
            key={`${kind}-${language}-${current.subject}-${current.body}`}
            template={current}
          />
        ) : null}
      </Stack>
    </SettingsSection>
  );
}

function TemplateForm({ template }: { template: EmailTemplate }) {
  const { t } = useTranslation();
  const save = useSaveEmailTemplate(template.kind, template.language);
  const reset = useResetEmailTemplate(template.kind, template.language);
  const preview = usePreviewEmail();
  const [shown, setShown] = useState<EmailPreview | null>(null);
  const body = useRef<HTMLTextAreaElement>(null);
  const form = useForm({
    initialValues: { subject: template.subject, body: template.body },
    validate: (values) => schemaErrors(emailTemplateRequestSchema, values),
  });

  /** Puts a tag where the cursor is in the text (at its end otherwise). */
  const insert = (tag: string) => {
    const area = body.current;
    const text = form.values.body;
    const at = area?.selectionStart ?? text.length;
    const end = area?.selectionEnd ?? at;
    form.setFieldValue('body', `${text.slice(0, at)}%${tag}%${text.slice(end)}`);
    requestAnimationFrame(() => {
      area?.focus();
      area?.setSelectionRange(at + tag.length + 2, at + tag.length + 2);
    });
  };

  const submit = form.onSubmit((values) =>
    save.mutate(values, {
      onSuccess: () => notifySuccess(t('email.templates.saved')),
      onError: (error) => showServerErrors(form, error),
    }),
  );

  const showPreview = () => {
    if (form.validate().hasErrors) return;
    preview.mutate(
      { kind: template.kind, language: template.language, ...form.values },
      { onSuccess: setShown, onError: notifyError },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Group gap="xs">
          {template.isDefault ? (
            <Badge variant="light" color="gray" data-testid="email-template-default">
              {t('email.templates.default')}
            </Badge>
          ) : (
            <Badge variant="light" color="blue">
              {t('email.templates.custom')}
            </Badge>
          )}
        </Group>
        <TextInput
          label={t('email.fields.subject')}
          required
          data-testid="email-template-subject"
          {...form.getInputProps('subject')}
        />
        <Textarea
          ref={body}
          label={t('email.fields.body')}
          autosize
          minRows={8}
          maxRows={20}
          required
          data-testid="email-template-body"
          {...form.getInputProps('body')}
        />
        <TagPicker onPick={insert} />
        <Group justify="space-between" gap="sm">
          <Button
            variant="subtle"
            color="gray"
            disabled={template.isDefault}
            loading={reset.isPending}
            onClick={() =>
              reset.mutate(undefined, {
                onSuccess: () => notifySuccess(t('email.templates.resetDone')),
                onError: notifyError,
              })
            }
            data-testid="email-template-reset"
          >
            {t('email.templates.reset')}
          </Button>
          <Group gap="sm">
            <Button
              variant="default"
              leftSection={<IconEye size={16} />}
              loading={preview.isPending}
              onClick={showPreview}
              data-testid="email-template-preview"
            >
              {t('email.templates.preview')}
            </Button>
            <Button
              type="submit"
              loading={save.isPending}
              disabled={!form.isDirty()}
              data-testid="email-template-save"
            >
              {t('email.templates.save')}
            </Button>
          </Group>
        </Group>
        {preview.isError && (
          <Text size="sm" c="red">
            {errorMessage(preview.error)}
          </Text>
        )}
      </Stack>
      <Modal
        opened={shown !== null}
        onClose={() => setShown(null)}
        size="xl"
        title={t('email.templates.previewTitle', { number: shown?.documentNumber ?? '–' })}
      >
        {shown && (
          <Stack gap="sm" data-testid="email-template-preview-content">
            <Text fw={600}>{shown.subject}</Text>
            <EmailHtmlFrame html={shown.html} title={shown.subject} />
          </Stack>
        )}
      </Modal>
    </form>
  );
}

/** Every tag, by group; a click puts it in the text. */
function TagPicker({ onPick }: { onPick: (tag: string) => void }) {
  const { t } = useTranslation();
  const groups: { key: keyof typeof TAG_GROUPS; label: string }[] = [
    { key: 'document', label: t('email.tags.document') },
    { key: 'customer', label: t('email.tags.customer') },
    { key: 'company', label: t('email.tags.company') },
    { key: 'settlement', label: t('email.tags.settlement') },
    { key: 'links', label: t('email.tags.links') },
    { key: 'subscription', label: t('email.tags.subscription') },
  ];
  return (
    <Stack gap={6} data-testid="email-tags">
      <Text size="xs" c="dimmed">
        {t('email.tags.hint')}
      </Text>
      {groups.map((group) => (
        <Group key={group.key} gap={6} wrap="wrap">
          <Text size="xs" fw={600} w={110}>
            {group.label}
          </Text>
          {TAG_GROUPS[group.key].map((tag) => (
            <UnstyledButton key={tag} onClick={() => onPick(tag)} aria-label={`%${tag}%`}>
              <Badge
                variant="outline"
                color="gray"
                tt="none"
                style={{ cursor: 'pointer' }}
                ff="monospace"
              >
                %{tag}%
              </Badge>
            </UnstyledButton>
          ))}
        </Group>
      ))}
    </Stack>
  );
}
