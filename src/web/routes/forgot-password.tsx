import { useTranslation } from 'react-i18next';
import { ForgotPasswordForm } from '../features/password-reset/ForgotPasswordForm';
import { usePageTitle } from '../lib/use-page-title';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('passwordReset.request.title'));
  return <ForgotPasswordForm />;
}
