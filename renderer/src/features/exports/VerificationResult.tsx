import { Alert, Card, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SignatureReport, VerificationReport } from '../../../../shared/domain/signing';
import { formatDateTime } from '../../lib/dates';

const verdictColour = { valid: 'green', modified: 'red', invalid: 'red', unsigned: 'gray' } as const;
/** Darker than Mantine's 9th shades, which miss AA contrast on the tinted alert backgrounds. */
const verdictInk = { valid: '#1b5e20', modified: '#8f1d1d', invalid: '#8f1d1d', unsigned: '#343a40' } as const;
const when = (iso: string | null) => (iso ? formatDateTime(iso) : null);

function SignatureCard({ signature, n }: { signature: SignatureReport; n: number }) {
  const { t } = useTranslation('exports');
  const cert = signature.certificate;
  const rows: [string, string][] = [
    [t('verify.signedBy'), signature.signerName || t('verify.unknown')],
    [t('verify.signedAt'), when(signature.signedAt) ?? t('verify.unknown')],
    [t('verify.reason'), signature.reason || t('verify.unknown')],
    [t('verify.type'), signature.subFilter],
    [t('verify.wholeDocument'), signature.coversWholeDocument ? t('verify.yes') : t('verify.no')],
    ...(cert
      ? ([
          [t('verify.subject'), cert.subject],
          [t('verify.issuer'), cert.issuer],
          [t('verify.fingerprint'), cert.fingerprint],
          [t('verify.serial'), cert.serialNumber],
          [t('verify.validity'), t('verify.validityRange', { from: when(cert.validFrom), to: when(cert.validTo) })],
        ] satisfies [string, string][])
      : []),
  ];
  return (
    <Card withBorder component="section" aria-labelledby={`signature-${n}`}>
      <Stack gap="sm">
        <Title order={3} id={`signature-${n}`}>
          {t('verify.signatureHeading', { n })}
        </Title>
        <Alert color={verdictColour[signature.verdict]} role="status">
          <Text fw={700} c={verdictInk[signature.verdict]}>
            {t(`verify.verdict.${signature.verdict}`)}
          </Text>
          <Text size="sm">{signature.message}</Text>
        </Alert>
        <Table variant="vertical" layout="fixed">
          <Table.Tbody>
            {rows.map(([label, value]) => (
              <Table.Tr key={label}>
                <Table.Th w={240}>{label}</Table.Th>
                <Table.Td style={{ wordBreak: 'break-all' }}>{value}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {cert?.selfIssued && (
          <Text size="sm" c="dark.4">
            {t('verify.selfIssued')}
          </Text>
        )}
      </Stack>
    </Card>
  );
}

/** Who signed, when, with which certificate, and whether anything changed since. */
export function VerificationResult({ report }: { report: VerificationReport }) {
  const { t } = useTranslation('exports');
  return (
    <Stack gap="md">
      <Text size="sm">
        <strong>{t('verify.file')}:</strong> {report.fileName}
      </Text>
      <Text size="xs" c="dark.4" style={{ wordBreak: 'break-all' }}>
        <strong>{t('verify.sha')}:</strong> {report.sha256}
      </Text>
      {report.signatures.length === 0 && (
        <Alert color="gray" role="status" title={t('verify.verdict.unsigned')}>
          {t('verify.noSignature')}
        </Alert>
      )}
      {report.signatures.map((signature, i) => (
        <SignatureCard key={i} signature={signature} n={i + 1} />
      ))}
    </Stack>
  );
}
