import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { DemoWorkspaceSection } from '../cases/DemoWorkspaceSection';
import { IssuerForm } from './IssuerForm';
import { KnownSignersPanel } from '../trust/KnownSignersPanel';
import { RegionalCaPanel } from '../trust/RegionalCaPanel';
import { RegionTrustPanel } from '../trust/RegionTrustPanel';
import { LanguageSection } from './LanguageSection';
import { ProfileForm } from './ProfileForm';
import { WorkspaceFolder } from './WorkspaceFolder';
import { RecoverSection } from './RecoverSection';
import { RegionSection } from '../sync/RegionSection';

export function SettingsPage() {
  const { t } = useTranslation('settings');
  return (
    <>
      <PageHeader title={t('title')} />
      <Stack gap="lg" maw={760}>
        <ProfileForm />
        <IssuerForm />
        <LanguageSection />
        <WorkspaceFolder />
        <RecoverSection />
        <RegionSection />
        <RegionTrustPanel />
        <KnownSignersPanel />
        <RegionalCaPanel />
        <DemoWorkspaceSection />
      </Stack>
    </>
  );
}
