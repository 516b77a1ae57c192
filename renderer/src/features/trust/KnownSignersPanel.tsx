import { ActionIcon, Alert, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KnownSigner } from '../../../../shared/domain/trust';
import { api } from '../../lib/api';
import { useRead, useReload } from '../../lib/query';
import { AddSignerModal, type CandidateCertificate } from './AddSignerModal';

/** Settings → Known signers: whom this workspace recognises, and the user's own public certificate to hand out. */
export function KnownSignersPanel() {
  const { t } = useTranslation('trust');
  const [signers, setSigners] = useState<KnownSigner[]>([]);
  const [candidate, setCandidate] = useState<CandidateCertificate | null>(null);
  const [error, setError] = useState<string | null>(null);

  // The `trust:list` query: trusting a CA the region offers (another panel) shows here at once.
  const listed = useRead('trust:list');
  const reload = useReload('trust:list');
  const load = useCallback(() => void reload(), [reload]);
  useEffect(() => {
    if (listed.data) setSigners(listed.data);
    if (listed.error) setError(listed.error.message);
  }, [listed.data, listed.error]);

  const run = async <T,>(call: Promise<{ ok: true; data: T } | { ok: false; error: { message: string } }>, done: (data: T) => void) => {
    setError(null);
    const result = await call;
    if (!result.ok) setError(result.error.message);
    else done(result.data);
  };

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="known-signers-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="known-signers-heading">
          {t('signers.heading')}
        </Title>
        <Text size="sm">{t('signers.intro')}</Text>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        {signers.length === 0 ? (
          <Text size="sm">{t('signers.none')}</Text>
        ) : (
          <Table>
            <Table.Tbody>
              {signers.map((s) => (
                <Table.Tr key={`${s.kind}-${s.certificate.fingerprint}`}>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {s.name}
                    </Text>
                    <Text size="xs" c="dark.4" style={{ wordBreak: 'break-all' }}>
                      {s.certificate.fingerprint}
                    </Text>
                  </Table.Td>
                  <Table.Td w={110}>{t(`signers.kind.${s.kind}`)}</Table.Td>
                  <Table.Td w={48}>
                    <ActionIcon
                      variant="subtle"
                      color="red.9"
                      aria-label={t('signers.remove', { name: s.name })}
                      onClick={() => void run(api.trust.remove({ fingerprint: s.certificate.fingerprint }), setSigners)}
                    >
                      ×
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Group>
          <Button variant="default" onClick={() => void run(api.trust.pickCertificate(), (picked) => picked && setCandidate(picked))}>
            {t('signers.importCertificate')}
          </Button>
          <Button
            variant="default"
            onClick={() =>
              void run(
                api.trust.importRevocations(),
                (r) =>
                  r &&
                  notifications.show({ message: t('signers.revocationsImported', { count: r.revoked, name: r.caName }), color: 'teal' }),
              )
            }
          >
            {t('signers.importRevocations')}
          </Button>
          <Button
            variant="default"
            onClick={() =>
              void run(
                api.trust.exportOwnCertificate(),
                (r) => r && notifications.show({ message: t('signers.exported', { path: r.path }), color: 'teal' }),
              )
            }
          >
            {t('signers.exportMine')}
          </Button>
        </Group>
      </Stack>
      <AddSignerModal candidate={candidate} onClose={() => setCandidate(null)} onAdded={() => void load()} />
    </Card>
  );
}
