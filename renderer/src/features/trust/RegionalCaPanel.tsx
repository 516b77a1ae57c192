import { Alert, Button, Card, Code, Group, Modal, PasswordInput, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegionalCaSummary } from '../../../../shared/domain/trust';
import { api } from '../../lib/api';
import { useWrite } from '../../lib/query';
import { useSync } from '../sync/sync-store';
import { readableInput } from '../exports/readable-input';
import { CreateCaForm } from './CreateCaForm';
import { IssueMemberModal } from './IssueMemberModal';

const day = (iso: string) => new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/** Settings → Regional certificate authority: create it, issue members' certificates, revoke and export. */
export function RegionalCaPanel() {
  const { t } = useTranslation('trust');
  const [ca, setCa] = useState<RegionalCaSummary | null | undefined>(undefined);
  const [issuing, setIssuing] = useState(false);
  // Both ask for the CA passphrase: exporting a new CRL, or offering the CA (and a CRL) to the region.
  const [passFor, setPassFor] = useState<'export' | 'publish' | null>(null);
  const joined = useSync((s) => s.settings !== null);
  const publish = useWrite('region:publish');
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void api.region.status().then((r) => (r.ok ? setCa(r.data) : setError(r.error.message)));
  }, []);

  const saved = (r: Awaited<ReturnType<typeof api.region.exportCertificate>>) => {
    if (!r.ok) setError(r.error.message);
    else if (r.data) notifications.show({ message: t('signers.exported', { path: r.data.path }), color: 'teal' });
  };
  const withPassphrase = async (event: FormEvent) => {
    event.preventDefault();
    if (passFor === 'publish') {
      const result = await publish({ caPassphrase: passphrase });
      if (!result.ok) return setError(result.error.message);
      notifications.show({ message: t('region.published'), color: 'teal' });
    } else {
      const result = await api.region.exportRevocations({ caPassphrase: passphrase });
      saved(result);
      if (!result.ok) return;
    }
    setPassFor(null);
    setPassphrase('');
  };
  const revoke = async (serialNumber: string) => {
    const result = await api.region.revoke({ serialNumber });
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
              <Button variant="default" onClick={() => setPassFor('export')}>
                {t('region.exportRevocations')}
              </Button>
              {joined && (
                <Button variant="default" onClick={() => setPassFor('publish')}>
                  {t('region.publish')}
                </Button>
              )}
            </Group>
            {joined && <Text size="xs">{t('region.publishHint')}</Text>}
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
                            onClick={() => void revoke(i.serialNumber)}
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
      <Modal
        opened={passFor !== null}
        onClose={() => setPassFor(null)}
        title={t(passFor === 'publish' ? 'region.publishTitle' : 'region.exportRevocationsTitle')}
        closeButtonProps={{ 'aria-label': t('common:actions.close') }}
      >
        <form onSubmit={(e) => void withPassphrase(e)} noValidate>
          <Stack gap="sm">
            <PasswordInput
              {...readableInput}
              label={t('region.caPassphrase')}
              value={passphrase}
              onChange={(e) => setPassphrase(e.currentTarget.value)}
              required
              data-autofocus
            />
            <Group justify="flex-end">
              <Button type="submit">{t(passFor === 'publish' ? 'region.publishButton' : 'region.exportButton')}</Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Card>
  );
}
