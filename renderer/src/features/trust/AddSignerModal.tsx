import { Alert, Button, Code, Group, Modal, Radio, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CertificateInfo } from '../../../../shared/domain/signing';
import { api } from '../../lib/api';

export interface CandidateCertificate {
  der: string;
  certificate: CertificateInfo;
  isCa: boolean;
}

const day = (iso: string) => new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/** Shows a certificate's fingerprint to check with its owner, and adds it to the known signers only when the person confirms. */
export function AddSignerModal({
  candidate,
  onClose,
  onAdded,
}: {
  candidate: CandidateCertificate | null;
  onClose: () => void;
  onAdded?: () => void;
}) {
  const { t } = useTranslation('trust');
  const [kind, setKind] = useState<'colleague' | 'regional_ca'>('colleague');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const cert = candidate?.certificate;

  const confirm = async () => {
    if (!candidate) return;
    setBusy(true);
    const result = await api.trust.add({ der: candidate.der, kind: candidate.isCa ? kind : 'colleague' });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    notifications.show({
      message: t('add.added', { name: candidate.certificate.commonName || candidate.certificate.subject }),
      color: 'teal',
    });
    onAdded?.();
    onClose();
  };

  return (
    <Modal
      opened={candidate !== null}
      onClose={onClose}
      title={t('add.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common:actions.close') }}
    >
      {cert && (
        <Stack gap="sm">
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <Text size="sm">{t('add.check')}</Text>
          <Table variant="vertical" layout="fixed">
            <Table.Tbody>
              <Table.Tr>
                <Table.Th w={160}>{t('add.name')}</Table.Th>
                <Table.Td>{cert.commonName || cert.subject}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('add.issuer')}</Table.Th>
                <Table.Td style={{ wordBreak: 'break-all' }}>{cert.issuer}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('add.validity')}</Table.Th>
                <Table.Td>{`${day(cert.validFrom)} – ${day(cert.validTo)}`}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('add.fingerprint')}</Table.Th>
                <Table.Td>
                  <Code block data-testid="candidate-fingerprint" style={{ wordBreak: 'break-all', whiteSpace: 'normal' }}>
                    {cert.fingerprint}
                  </Code>
                </Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
          {candidate.isCa && (
            <Radio.Group label={t('add.kind')} value={kind} onChange={(v) => setKind(v as typeof kind)}>
              <Stack gap={6} mt={6}>
                <Radio value="colleague" label={t('add.asColleague')} />
                <Radio value="regional_ca" label={t('add.asCa')} />
              </Stack>
            </Radio.Group>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('add.cancel')}
            </Button>
            <Button onClick={() => void confirm()} loading={busy}>
              {t('add.confirm')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
