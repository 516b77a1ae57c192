import { Alert, Button, Card, Code, Group, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegionalCaSummary } from '../../../../shared/domain/trust';
import { api } from '../../lib/api';
import { useWrite } from '../../lib/query';
import { useSync } from '../sync/sync-store';
import { CaPassphraseModal, type CaPassphraseTask } from './CaPassphraseModal';
import { CreateCaForm } from './CreateCaForm';
import { IssueMemberModal } from './IssueMemberModal';

const day = (iso: string) => new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/** Settings → Regional certificate authority: create it, issue members' certificates, revoke and export. */
export function RegionalCaPanel() {
  const { t } = useTranslation('trust');
  const [ca, setCa] = useState<RegionalCaSummary | null | undefined>(undefined);
  const [issuing, setIssuing] = useState(false);
  // Each asks for the CA passphrase: exporting a new CRL, offering the CA (and a CRL) to the
  // region, and revoking once the CA is offered (the new CRL goes to the region at once).
  const [task, setTask] = useState<CaPassphraseTask | null>(null);
  const joined = useSync((s) => s.settings !== null);
  const publish = useWrite('region:publish');
  const revokeWrite = useWrite('region:revoke');
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(() => api.region.status().then((r) => (r.ok ? setCa(r.data) : setError(r.error.message))), []);
  useEffect(() => {
    void refresh();
  }, [refresh]);

  const saved = (r: Awaited<ReturnType<typeof api.region.exportCertificate>>) => {
    if (!r.ok) setError(r.error.message);
    else if (r.data) notifications.show({ message: t('signers.exported', { path: r.data.path }), color: 'teal' });
  };
  const withPassphrase = async (job: CaPassphraseTask, caPassphrase: string): Promise<string | null> => {
    if (job.kind === 'publish') {
      const result = await publish({ caPassphrase });
      if (!result.ok) return result.error.message;
      notifications.show({ message: t('region.published'), color: 'teal' });
      void refresh();
    } else if (job.kind === 'revoke') {
      const result = await revokeWrite({ serialNumber: job.serialNumber, caPassphrase });
      // The register as it now is: revoked or not (a list that could not be sent leaves it revoked).
      if (!result.ok) {
        void refresh();
        return result.error.message;
      }
      setCa(result.data);
      notifications.show({ message: t('region.revokedSent', { name: job.name }), color: 'teal' });
    } else {
      const result = await api.region.exportRevocations({ caPassphrase });
      if (!result.ok) return result.error.message;
      saved(result);
    }
    return null;
  };
  // Not offered to the region: the revocation applies in this workspace at once, and goes out
  // with the next revocation list exported. Offered: it needs the passphrase (above).
  const revoke = async (serialNumber: string, name: string) => {
    if (ca?.offeredToRegion) return setTask({ kind: 'revoke', serialNumber, name });
    const result = await revokeWrite({ serialNumber });
    if (result.ok) setCa(result.data);
    else setError(result.error.message);
  };

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="regional-ca-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="regional-ca-heading">
          {t('region.heading')}
        </Title>
        <Text size="sm">{t('region.intro')}</Text>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        {ca === null && <CreateCaForm onCreated={setCa} />}
        {ca && (
          <>
            <Text size="sm" fw={600}>
              {ca.name}
            </Text>
            <Text size="xs">{t('region.fingerprint')}</Text>
            <Code block style={{ wordBreak: 'break-all', whiteSpace: 'normal' }}>
              {ca.certificate.fingerprint}
            </Code>
            <Group>
              <Button onClick={() => setIssuing(true)}>{t('region.issue')}</Button>
              <Button variant="default" onClick={() => void api.region.exportCertificate().then(saved)}>
                {t('region.exportCertificate')}
              </Button>
              <Button variant="default" onClick={() => setTask({ kind: 'export' })}>
                {t('region.exportRevocations')}
              </Button>
              {joined && (
                <Button variant="default" onClick={() => setTask({ kind: 'publish' })}>
                  {t('region.publish')}
                </Button>
              )}
            </Group>
            {joined && <Text size="xs">{t(ca.offeredToRegion ? 'region.offeredHint' : 'region.publishHint')}</Text>}
            <Title order={3} size="h4">
              {t('region.issued')}
            </Title>
            {ca.issued.length === 0 ? (
              <Text size="sm">{t('region.noneIssued')}</Text>
            ) : (
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('region.memberName')}</Table.Th>
                    <Table.Th>{t('region.validTo')}</Table.Th>
                    <Table.Th>{t('region.status')}</Table.Th>
                    <Table.Th />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {ca.issued.map((i) => (
                    <Table.Tr key={i.serialNumber}>
                      <Table.Td>
                        {i.name}
                        <Text size="xs" c="dark.4">{`${t('region.serial')} ${i.serialNumber}`}</Text>
                      </Table.Td>
                      <Table.Td>{day(i.validTo)}</Table.Td>
                      <Table.Td>{i.revokedAt ? t('region.revokedOn', { date: day(i.revokedAt) }) : t('region.active')}</Table.Td>
                      <Table.Td>
                        {!i.revokedAt && (
                          <Button
                            size="xs"
                            variant="default"
                            color="red"
                            onClick={() => void revoke(i.serialNumber, i.name)}
                            aria-label={t('region.revoke', { name: i.name })}
                          >
                            {t('region.revokeShort')}
                          </Button>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </>
        )}
      </Stack>
      <IssueMemberModal opened={issuing} onClose={() => setIssuing(false)} onIssued={setCa} />
      <CaPassphraseModal task={task} onClose={() => setTask(null)} run={withPassphrase} />
    </Card>
  );
}
