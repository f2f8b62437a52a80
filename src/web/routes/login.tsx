import { useTranslation } from 'react-i18next';
import { LoginForm } from '../features/auth/LoginForm';
import { usePageTitle } from '../lib/use-page-title';

export function LoginPage() {
  const { t } = useTranslation();
  usePageTitle(t('auth.login.submit'));
  return <LoginForm />;
}
