import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../../shared/ipc/contracts/cases';

/** Who exported and signed a case file being imported, and whether this workspace knows them. */
export function SealLine({ seal }: { seal: ImportPreview['seal'] }) {
  const { t } = useTranslation('trust');
  if (!seal?.signed) return <Text c="dark.4">{t('caseSeal.unsigned')}</Text>;
  return (
    <>
      <Text fw={600} c={seal.knownAs ? 'teal.9' : '#5c4400'}>
        {seal.knownAs
          ? t('caseSeal.known', { name: seal.signerName, knownAs: seal.knownAs })
          : t('caseSeal.unknown', { name: seal.signerName, fingerprint: seal.fingerprint })}
      </Text>
      {seal.nameClash && <Text c="#8f1d1d">{t('nameClash', { name: seal.nameClash })}</Text>}
      {seal.warning && <Text c="#8f1d1d">{seal.warning}</Text>}
    </>
  );
}
