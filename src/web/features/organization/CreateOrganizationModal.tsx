import { Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { checkCompanyNumber, translate } from '../../../contract/index.js';
import { CountrySelect } from '../../components/ui/CountrySelect';
import { currentLanguage } from '../../i18n';
import { showServerErrors } from '../../lib/form-errors';
import { notifySuccess } from '../../lib/notify';
import { useCreateOrganization } from './api';
import { FormModal } from '../../components/form/FormModal';
import { EnterpriseNumberInput } from './EnterpriseNumberInput';

interface Values {
  companyName: string;
  country: string;
  enterpriseNumber: string;
}

function validate(values: Values): Record<string, string> {
  const language = currentLanguage();
  const errors: Record<string, string> = {};
  if (!values.companyName.trim()) errors.companyName = translate(language, 'validation.required');
  const problem = checkCompanyNumber(values.country, values.enterpriseNumber.trim());
  if (problem) errors.enterpriseNumber = translate(language, problem);
  return errors;
}

interface CreateOrganizationModalProps {
  opened: boolean;
  onClose: () => void;
}

/** Creates another company owned by the current user, who then works in it. */
export function CreateOrganizationModal({ opened, onClose }: CreateOrganizationModalProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateOrganization();
  const form = useForm<Values>({
    initialValues: { companyName: '', country: 'BE', enterpriseNumber: '' },
    validate,
  });
  const belgian = form.values.country === 'BE';

  const close = () => {
    form.reset();
    onClose();
  };

  const submit = form.onSubmit((values) => {
    create.mutate(
      {
        companyName: values.companyName.trim(),
        country: values.country,
        enterpriseNumber: values.enterpriseNumber.trim() || null,
      },
      {
        onSuccess: (me) => {
          notifySuccess(t('organization.create.created', { company: me.organization.name }));
          close();
          void navigate({ to: '/' });
        },
        onError: (error) => showServerErrors(form, error),
      },
    );
  });

  return (
    <FormModal
      opened={opened}
      onClose={close}
      title={t('organization.create.title')}
      onSubmit={submit}
      submitLabel={t('organization.create.submit')}
      submitTestId="create-org-submit"
      saving={create.isPending}
    >
      <Text size="sm" c="dimmed">
        {t('organization.create.description')}
      </Text>
      <TextInput
        label={t('auth.signup.companyName')}
        required
        data-autofocus
        data-testid="create-org-companyName"
        {...form.getInputProps('companyName')}
      />
      <CountrySelect
        label={t('fields.country')}
        required
        comboboxProps={{ withinPortal: true }}
        data-testid="create-org-country"
        {...form.getInputProps('country')}
      />
      <EnterpriseNumberInput
        belgian={belgian}
        testId="create-org-enterpriseNumber"
        inputProps={form.getInputProps('enterpriseNumber')}
      />
    </FormModal>
  );
}
