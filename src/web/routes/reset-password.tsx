import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ResetPasswordForm } from '../features/password-reset/ResetPasswordForm';
import { usePageTitle } from '../lib/use-page-title';

const route = getRouteApi('/public/reset-password');

export function ResetPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('passwordReset.confirm.title'));
  const { token } = route.useSearch();
  return <ResetPasswordForm token={token} />;
}
