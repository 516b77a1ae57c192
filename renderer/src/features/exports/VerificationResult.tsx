import { Alert, Button, Card, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignatureNote, SignatureReport, SignatureVerdict, VerificationReport } from '../../../../shared/domain/signing';
import { AddSignerModal, type CandidateCertificate } from '../trust/AddSignerModal';
import { formatLongDateTime } from '../../i18n/format';

/** Green only for a known signer; amber where the signature holds but something needs a person's judgement; red for broken. */
const verdictColour: Record<SignatureVerdict, string> = {
  known: 'green',
  unknown_signer: 'yellow',
  added_after: 'yellow',
  modified: 'red',
  damaged: 'red',
  unsupported: 'gray',
  certificate_invalid: 'red',
  revoked: 'red',
  unsigned: 'gray',
};
/** Darker than Mantine's 9th shades, which miss AA contrast on the tinted alert backgrounds. */
const verdictInk: Record<SignatureVerdict, string> = {
  known: '#1b5e20',
  unknown_signer: '#5c4400',
  added_after: '#5c4400',
  modified: '#8f1d1d',
  damaged: '#8f1d1d',
  unsupported: '#343a40',
  certificate_invalid: '#8f1d1d',
  revoked: '#8f1d1d',
  unsigned: '#343a40',
};
/** Notes that say where the time or the revocation check came from, shown plainly; the others are warnings. */
const informative = new Set<SignatureNote['kind']>(['time_claimed', 'time_stamped', 'time_stamp_untrusted', 'revocation_embedded']);
const when = (iso: string | null) => (iso ? formatLongDateTime(iso) : null);

function SignatureCard({ signature, n, onAdd }: { signature: SignatureReport; n: number; onAdd: (c: CandidateCertificate) => void }) {
  const { t } = useTranslation('exports');
  const { t: tt } = useTranslation('trust');
  const cert = signature.certificate;
  const rows: [string, string][] = [
    [t('verify.signedBy'), signature.signerName || t('verify.unknown')],
    [tt('knownAs'), signature.knownAs ?? tt('notKnown')],
    [t('verify.signedAt'), when(signature.signedAt) ?? t('verify.unknown')],
    [t('verify.reason'), signature.reason || t('verify.unknown')],
    [t('verify.type'), signature.subFilter],
    [tt('revision'), tt('revisionOf', signature.revision)],
    [t('verify.wholeDocument'), signature.coversWholeDocument ? t('verify.yes') : t('verify.no')],
    ...(signature.additions.length
      ? ([[tt('additions'), signature.additions.map((a) => tt(`addition.${a}`)).join(', ')]] satisfies [string, string][])
      : []),
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
  // A later revision that changed content, or added what Casebook cannot read, is as serious as a change to the signed bytes.
  const contentChanged = signature.verdict === 'added_after' && signature.additions.includes('content');
  const unreadable = signature.verdict === 'added_after' && signature.additions.includes('unreadable');
  const red = contentChanged || unreadable;
  const colour = red ? 'red' : verdictColour[signature.verdict];
  const ink = red ? verdictInk.modified : verdictInk[signature.verdict];
  const label = contentChanged ? tt('verdictContentAdded') : unreadable ? tt('verdictUnreadableAdded') : tt(`verdict.${signature.verdict}`);
  const noteText = (n: SignatureNote) =>
    n.kind === 'time_claimed' && !n.date
      ? tt('note.time_claimed_none')
      : tt(`note.${n.kind}`, {
          date: n.date ? formatLongDateTime(n.date) : '',
          detail: n.kind === 'time_stamp_invalid' ? tt(`timestampProblem.${n.detail}`) : (n.detail ?? ''),
        });
  const warnings = signature.notes.filter((n) => !informative.has(n.kind));
  const infoNotes = signature.notes.filter((n) => informative.has(n.kind));
  // Offer to add only a sound signature by a certificate not yet known.
  const canAdd =
    cert &&
    signature.certificateDer &&
    !signature.knownAs &&
    signature.signatureMatches &&
    signature.digestMatches &&
    signature.verdict !== 'certificate_invalid';
  return (
    <Card withBorder component="section" aria-labelledby={`signature-${n}`}>
      <Stack gap="sm">
        <Title order={3} id={`signature-${n}`}>
          {t('verify.signatureHeading', { n })}
        </Title>
        <Alert color={colour} role="status" data-verdict={signature.verdict}>
          <Text fw={700} c={ink}>
            {label}
          </Text>
          <Text size="sm">{signature.message}</Text>
        </Alert>
        {warnings.length > 0 && (
          <Alert color="yellow" role="alert">
            <Stack gap={4}>
              {warnings.map((n) => (
                <Text key={n.kind} size="sm" c={verdictInk.unknown_signer} fw={600}>
                  {noteText(n)}
                </Text>
              ))}
            </Stack>
          </Alert>
        )}
        {infoNotes.map((n) => (
          <Text key={n.kind} size="sm" c="dark.4" data-note={n.kind}>
            {noteText(n)}
          </Text>
        ))}
        {signature.nameClash && (
          <Alert color="red" role="alert">
            <Text size="sm" c="#8f1d1d" fw={600}>
              {tt('nameClash', { name: signature.nameClash })}
            </Text>
          </Alert>
        )}
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
        {canAdd && (
          <Button
            variant="default"
            w="fit-content"
            onClick={() => onAdd({ der: signature.certificateDer as string, certificate: cert, isCa: false })}
          >
            {tt('addSigner')}
          </Button>
        )}
      </Stack>
    </Card>
  );
}

/** Who signed, when, with which certificate, whether anything changed since, and whether this workspace knows the signer. */
export function VerificationResult({ report, onTrustChanged }: { report: VerificationReport; onTrustChanged?: () => void }) {
  const { t } = useTranslation('exports');
  const [candidate, setCandidate] = useState<CandidateCertificate | null>(null);
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
        <SignatureCard key={i} signature={signature} n={i + 1} onAdd={setCandidate} />
      ))}
      <AddSignerModal candidate={candidate} onClose={() => setCandidate(null)} onAdded={onTrustChanged} />
    </Stack>
  );
}
