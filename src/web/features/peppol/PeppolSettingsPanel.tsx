import { Group, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { CenteredLoader } from '../../components/ui/CenteredLoader';
import { LoadError } from '../../components/ui/LoadError';
import { SettingsSection } from '../../components/ui/SettingsSection';
import { useMe } from '../me/me-context';
import { organizationQueryOptions } from '../organization/api';
import { peppolSettingsQueryOptions } from './api';
import { DisconnectPeppolButton } from './DisconnectPeppolButton';
import { derivedParticipantId } from './peppol-settings-values';
import { PeppolRegistration } from './PeppolRegistration';
import { PeppolSettingsForm } from './PeppolSettingsForm';

/** Settings → PEPPOL: the access point, the company's identity on the network, registration. */
export function PeppolSettingsPanel() {
  const { t } = useTranslation();
  const { organization } = useMe();
  const settings = useQuery(peppolSettingsQueryOptions(organization.id));
  const company = useQuery(organizationQueryOptions(organization.id));

  if (settings.isPending || company.isPending) return <CenteredLoader />;
  if (settings.isError) {
    return <LoadError error={settings.error} onRetry={() => void settings.refetch()} />;
  }
  if (company.isError) {
    return <LoadError error={company.error} onRetry={() => void company.refetch()} />;
  }

  const data = settings.data;
  return (
    <Stack gap="lg">
      {/* Saved, then disconnected: a new form, never the previous values. */}
      <PeppolSettingsForm
        key={`${organization.id}-${String(data.configured)}`}
        settings={data}
        derivedParticipantId={derivedParticipantId(company.data.enterpriseNumber)}
      />
      <SettingsSection
        title={t('peppol.registration.title')}
        description={t('peppol.registration.text')}
      >
        <PeppolRegistration settings={data} />
      </SettingsSection>
      {data.configured && (
        <SettingsSection
          title={t('peppol.disconnect.sectionTitle')}
          description={t('peppol.disconnect.sectionText')}
        >
          <Group>
            <DisconnectPeppolButton />
          </Group>
        </SettingsSection>
      )}
    </Stack>
  );
}
