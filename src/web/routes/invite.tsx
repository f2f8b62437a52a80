import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { InvitationForm } from '../features/team/InvitationForm';
import { usePageTitle } from '../lib/use-page-title';

const route = getRouteApi('/invite-frame/invite/$token');

export function InvitePage() {
  const { t } = useTranslation();
  const { token } = route.useParams();
  usePageTitle(t('invite.pageTitle'));
  return <InvitationForm token={token} />;
}
