import { useTranslation } from 'react-i18next';
import { SignupForm } from '../features/auth/SignupForm';
import { usePageTitle } from '../lib/use-page-title';

export function SignupPage() {
  const { t } = useTranslation();
  usePageTitle(t('auth.signup.title'));
  return <SignupForm />;
}
