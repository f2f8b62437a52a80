import {
  Alert,
  Box,
  Button,
  Divider,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm, type FormErrors } from '@mantine/form';
import { IconInfoCircle } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { subscriptionInputSchema, translate, type Subscription } from '../../../contract/index.js';
import { ratesApply as regimeRatesApply } from '../../../core/documents/index.js';
import { dateInZone } from '../../../core/subscriptions/index.js';
import { UnsavedChangesGuard } from '../../components/ui/UnsavedChangesGuard';
import { currentLanguage } from '../../i18n';
import { ApiError } from '../../lib/api-error';
import { notifyError, notifySuccess } from '../../lib/notify';
import { schemaErrors } from '../../lib/zod-form';
import { customerQueryOptions } from '../customers/api';
import { useDocumentLanguageOptions, useVatRegimeOptions } from '../customers/use-customer-options';
import { CustomerPicker } from '../documents/editor/CustomerPicker';
import {
  customerDefaults,
  emptyDocumentValues,
  type DocumentFormValues,
} from '../documents/editor/document-form-values';
import { EditorSection } from '../documents/editor/EditorSection';
import { editorTotals } from '../documents/editor/editor-totals';
import { LinesEditor } from '../documents/editor/LinesEditor';
import { useEditorContext } from '../documents/editor/use-editor-context';
import { DiscountInputs, PriceModeInput } from '../documents/editor/PricingInputs';
import { TotalsPanel } from '../documents/TotalsPanel';
import { totalsViewOfEditor } from '../documents/totals-view';
import { useMe } from '../me/me-context';
import { useSaveSubscription } from './api';
import { ScheduleFields } from './ScheduleFields';
import {
  emptySchedule,
  splitErrors,
  toFormValues,
  toSubscriptionInput,
  type ScheduleValues,
} from './subscription-form';

interface SubscriptionEditorProps {
  /** The subscription to change; absent for a new one. */
  subscription?: Subscription;
  onSaved: (saved: Subscription) => void;
  onCancel: () => void;
}

/**
 * The invoice a subscription makes (customer, lines with live totals by the same core function
 * as the invoices, conditions, texts with `%start%`/`%end%`) and its schedule.
 */
export function SubscriptionEditor({ subscription, onSaved, onCancel }: SubscriptionEditorProps) {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const regimes = useVatRegimeOptions();
  const languages = useDocumentLanguageOptions();
  const today = dateInZone(new Date());
  const initial = subscription
    ? toFormValues(subscription, today)
    : { document: emptyDocumentValues(today), schedule: emptySchedule(today) };
  const form = useForm<DocumentFormValues>({ initialValues: initial.document });
  const schedule = useForm<ScheduleValues>({ initialValues: initial.schedule });
  const save = useSaveSubscription(subscription?.id ?? null);

  const { values } = form;
  const context = useEditorContext(values);
  const currency = context.customer?.currency ?? context.organization?.currency ?? 'EUR';
  const computed = useMemo(
    () => editorTotals(values, context.regime, context.organizationRegime, currentLanguage()),
    [values, context.regime, context.organizationRegime],
  );
  const ratesApply = regimeRatesApply(context.regime, context.organizationRegime);
  const notLiable = context.organizationRegime !== 'liable';

  const onCustomerChange = (customerId: string | null) => {
    form.setFieldValue('customerId', customerId);
    if (!customerId) return;
    queryClient
      .fetchQuery(customerQueryOptions(me.organization.id, customerId))
      .then((chosen) => form.setValues(customerDefaults(chosen)), notifyError);
  };

  const showErrors = (errors: Record<string, string>, lineIndexes: readonly number[]) => {
    const split = splitErrors(errors, lineIndexes);
    form.setErrors(split.document);
    schedule.setErrors(split.schedule);
    const first = Object.keys(split.document)[0];
    if (first) form.getInputNode(first)?.focus();
    else {
      const firstSchedule = Object.keys(split.schedule)[0];
      if (firstSchedule) schedule.getInputNode(firstSchedule)?.focus();
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const { input, lineIndexes } = toSubscriptionInput(values, schedule.values);
    const errors: FormErrors = schemaErrors(subscriptionInputSchema, input);
    if (!values.customerId) errors.customerId = translate(currentLanguage(), 'validation.required');
    if (Object.keys(errors).length > 0) {
      showErrors(errors as Record<string, string>, lineIndexes);
      return;
    }
    save.mutate(input, {
      onSuccess: (saved) => {
        form.resetDirty();
        schedule.resetDirty();
        notifySuccess(t('subscriptions.saved'));
        onSaved(saved);
      },
      onError: (error) => {
        notifyError(error);
        if (error instanceof ApiError) showErrors(error.fields, lineIndexes);
      },
    });
  };

  return (
    <form onSubmit={onSubmit} noValidate data-testid="subscription-editor">
      <UnsavedChangesGuard isDirty={() => form.isDirty() || schedule.isDirty()} />
      <Stack gap="lg">
        <EditorSection title={t('subscriptions.editor.customer')}>
          <CustomerPicker
            label={t('documents.fields.customer')}
            placeholder={t('documents.fields.customerPlaceholder')}
            required
            value={values.customerId}
            initialName={subscription?.customerName ?? null}
            onChange={onCustomerChange}
            error={form.errors.customerId}
            data-testid="subscription-customer"
          />
        </EditorSection>
        <EditorSection title={t('documents.editor.lines')}>
          <LinesEditor
            form={form}
            lineAmounts={computed.lineAmounts}
            problems={computed.problems}
            language={context.language}
            currency={currency}
            ratesApply={ratesApply}
            defaultVatRate={context.organization?.defaultVatRate ?? '21'}
          />
          {typeof form.errors.lines === 'string' && (
            <Alert color="red" variant="light" py="xs" data-testid="subscription-lines-error">
              {form.errors.lines}
            </Alert>
          )}
          <Divider />
          <Group justify="flex-end">
            <Box w={{ base: '100%', sm: 380 }}>
              <TotalsPanel
                totals={computed.totals && totalsViewOfEditor(computed.totals, currency)}
                problem={computed.problem?.message ?? null}
              />
            </Box>
          </Group>
        </EditorSection>
        <EditorSection title={t('documents.editor.conditions')}>
          <PriceModeInput
            id="subscription-price-mode-label"
            inputProps={form.getInputProps('priceMode')}
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
            <Select
              label={t('documents.fields.vatRegime')}
              data={regimes}
              allowDeselect={false}
              value={context.regime}
              onChange={(regime) => form.setFieldValue('vatRegime', regime)}
              error={form.errors.vatRegime}
              disabled={notLiable}
            />
            <Select
              label={t('documents.fields.language')}
              data={languages}
              allowDeselect={false}
              value={context.language}
              onChange={(language) => form.setFieldValue('language', language)}
            />
          </SimpleGrid>
          {context.regime === 'exempt' && !notLiable && (
            <TextInput
              label={t('customers.fields.vatExemptionReason')}
              {...form.getInputProps('vatExemptionReason')}
            />
          )}
          <DiscountInputs
            currency={currency}
            typeProps={form.getInputProps('discountType')}
            valueProps={form.getInputProps('discountValue')}
            maw={360}
          />
          {!ratesApply && (
            <Alert variant="light" color="blue" icon={<IconInfoCircle />} py="xs">
              {context.organizationRegime === 'liable'
                ? t('documents.editor.ratesDontApply', {
                    regime: regimes.find((option) => option.value === context.regime)?.label ?? '',
                  })
                : t('documents.editor.organizationNotLiable')}
            </Alert>
          )}
        </EditorSection>
        <EditorSection title={t('documents.editor.texts')}>
          <Alert variant="light" color="gray" icon={<IconInfoCircle />} py="xs">
            {t('subscriptions.editor.tagsHint')}
          </Alert>
          <Textarea
            label={t('documents.fields.textAbove')}
            placeholder={t('subscriptions.editor.textAbovePlaceholder')}
            autosize
            minRows={2}
            maxRows={8}
            data-testid="subscription-textAbove"
            {...form.getInputProps('textAbove')}
          />
          <Textarea
            label={t('documents.fields.textBelow')}
            autosize
            minRows={2}
            maxRows={8}
            data-testid="subscription-textBelow"
            {...form.getInputProps('textBelow')}
          />
        </EditorSection>
        <EditorSection title={t('subscriptions.editor.schedule')}>
          <ScheduleFields form={schedule} />
        </EditorSection>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} data-testid="subscription-cancel">
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending} data-testid="subscription-save">
            {t('subscriptions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
