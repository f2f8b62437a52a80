import { Alert, Box, Divider, Group, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconInfoCircle } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Customer, Document, DocumentType } from '../../../../contract/index.js';
import { UnsavedChangesGuard } from '../../../components/ui/UnsavedChangesGuard';
import { currentLanguage } from '../../../i18n';
import { todayIso } from '../../../lib/dates';
import { notifyError } from '../../../lib/notify';
import { customerQueryOptions } from '../../customers/api';
import { useVatRegimeOptions } from '../../customers/use-customer-options';
import { useMe } from '../../me/me-context';
import { DOCUMENT_ROUTES } from '../document-types';
import { TotalsPanel } from '../TotalsPanel';
import { totalsViewOfEditor } from '../totals-view';
import { useOpenDocument } from '../use-open-document';
import { ConditionsFields } from './ConditionsFields';
import {
  emptyDocumentValues,
  toDocumentFormValues,
  type DocumentFormValues,
  customerDefaults,
} from './document-form-values';
import { validateDocument } from './document-validation';
import { FinaliseDialog } from '../finalise/FinaliseDialog';
import { EditorActions } from './EditorActions';
import { saveStatusLabel } from './autosave-label';
import { editorWarnings } from './editor-warnings';
import { EditorWarnings } from './EditorWarnings';
import { useStartingVatRate } from './use-starting-vat-rate';
import { EditorSection } from './EditorSection';
import { deductionsOf, editorTotals } from './editor-totals';
import { KeptDraftOffer } from './KeptDraftOffer';
import { LinesEditor } from './LinesEditor';
import { PartyFields } from './PartyFields';
import { TextsFields } from './TextsFields';
import { useAutosave } from './use-autosave';
import { useEditorContext } from './use-editor-context';
import { useEditorSubmit } from './use-editor-submit';
import { useKeptDraft } from './use-kept-draft';
import { ratesApply as regimeRatesApply } from '../../../../core/documents/index.js';

interface DocumentEditorProps {
  type: DocumentType;
  /** A draft to change; absent for a new document. */
  document?: Document;
  /** A new document's customer, chosen before the editor opened (from the customer's page). */
  customer?: Customer;
}

export function DocumentEditor({ type, document, customer }: DocumentEditorProps) {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const open = useOpenDocument();
  const regimeOptions = useVatRegimeOptions();
  const form = useForm<DocumentFormValues>({
    initialValues: document
      ? toDocumentFormValues(document)
      : { ...emptyDocumentValues(todayIso()), ...(customer && customerDefaults(customer)) },
    validate: validateDocument,
  });
  // The draft's version as last saved by this editor: autosave and Save send it (If-Match).
  const versionRef = useRef<string | null>(document?.updatedAt ?? null);
  const kept = useKeptDraft(type, document, form);
  const { submit, saving, finalizing, finaliseDialog } = useEditorSubmit(type, document, form, {
    versionRef,
    onSaved: kept.forget,
  });
  const autosave = useAutosave({
    type,
    document,
    form,
    versionRef,
    paused: saving || kept.offer !== null,
    onSaved: kept.forget,
  });

  const context = useEditorContext(form.values);
  const { values } = form;
  const currency =
    values.currency ?? context.customer?.currency ?? context.organization?.currency ?? 'EUR';
  const computed = useMemo(
    () => editorTotals(values, context.regime, context.organizationRegime, currentLanguage()),
    [values, context.regime, context.organizationRegime],
  );
  const ratesApply = regimeRatesApply(context.regime, context.organizationRegime);
  const defaultVatRate = context.organization?.defaultVatRate ?? '21';
  useStartingVatRate(form, !document, context.organization?.defaultVatRate);
  const warnings = editorWarnings(type, values, context.customer, computed.totals, ratesApply);

  const onCustomerChange = (customerId: string | null) => {
    form.setFieldValue('customerId', customerId);
    if (!customerId) return;
    // The customer's defaults become the document's; each stays changeable.
    queryClient
      .fetchQuery(customerQueryOptions(me.organization.id, customerId))
      .then((chosen) => form.setValues(customerDefaults(chosen)), notifyError);
  };

  // "Line 3: …" tells where to look when the totals refuse what is typed.
  const problemLine = /^lines\.(\d+)\./.exec(computed.problem?.path ?? '')?.[1];
  const problemText =
    computed.problem &&
    (problemLine === undefined
      ? computed.problem.message
      : t('documents.lines.problemAt', {
          number: Number(problemLine) + 1,
          message: computed.problem.message,
        }));

  const regimeLabel = regimeOptions.find((option) => option.value === context.regime)?.label;

  return (
    <form onSubmit={submit(false)} noValidate>
      <UnsavedChangesGuard isDirty={() => form.isDirty()} />
      <Stack gap="lg">
        <KeptDraftOffer kept={kept} type={type} isNew={!document} />
        <EditorSection title={t('documents.editor.customerAndDates')}>
          <PartyFields
            type={type}
            form={form}
            context={context}
            initialCustomerName={document?.customer.name ?? customer?.name ?? null}
            onCustomerChange={onCustomerChange}
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
            defaultVatRate={defaultVatRate}
          />
          <EditorWarnings warnings={warnings} />
          {!ratesApply && (
            <Alert variant="light" color="blue" icon={<IconInfoCircle />} py="xs">
              {context.organizationRegime === 'liable'
                ? t('documents.editor.ratesDontApply', { regime: regimeLabel ?? '' })
                : t('documents.editor.organizationNotLiable')}
            </Alert>
          )}
          <Divider />
          <Group justify="flex-end">
            <Box w={{ base: '100%', sm: 380 }}>
              <TotalsPanel
                totals={computed.totals && totalsViewOfEditor(computed.totals, currency)}
                problem={problemText}
                deductions={deductionsOf(values.lines, computed.lineAmounts)}
              />
            </Box>
          </Group>
        </EditorSection>
        <EditorSection title={t('documents.editor.conditions')}>
          <ConditionsFields type={type} form={form} context={context} currency={currency} />
        </EditorSection>
        <EditorSection title={t('documents.editor.texts')}>
          <TextsFields form={form} />
        </EditorSection>
        <FinaliseDialog {...finaliseDialog} />
        <EditorActions
          dirty={form.isDirty()}
          saving={saving}
          finalizing={finalizing}
          canFinalize={type !== 'quote'}
          onFinalize={submit(true)}
          // Back to the draft, or to the list for a document that was never saved.
          // Cancel throws the browser's copy away: it was the user's choice to leave it unsaved.
          onCancel={() => {
            kept.forget();
            if (document) void open(document);
            else void navigate({ to: DOCUMENT_ROUTES[type].list });
          }}
          status={saveStatusLabel(t, autosave, form.isDirty(), Boolean(document))}
          totalIncl={computed.totals?.totalIncl ?? null}
          currency={currency}
        />
      </Stack>
    </form>
  );
}
