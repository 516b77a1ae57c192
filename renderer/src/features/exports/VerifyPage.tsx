import { Alert, Button, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VerifiedDocument } from '../../../../shared/domain/statements';
import { PageHeader } from '../../components/PageHeader';
import { api } from '../../lib/api';
import { StatementsPanel } from './StatementsPanel';
import { VerificationResult } from './VerificationResult';

/** Opens any PDF through the native picker and shows what its signatures say. */
export function VerifyPage() {
  const { t } = useTranslation('exports');
  const [report, setReport] = useState<VerifiedDocument | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const choose = async () => {
    setBusy(true);
    setError(null);
    const result = await api.exports.verify();
    setBusy(false);
    if (!result.ok) setError(result.error.message);
    else if (result.data) setReport(result.data);
  };

  return (
    <>
      <PageHeader
        title={t('verify.title')}
        intro={t('verify.intro')}
        actions={
          <Button onClick={() => void choose()} loading={busy}>
            {t('verify.choose')}
          </Button>
        }
      />
      <Stack gap="md" maw={980}>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        {report && <VerificationResult report={report} />}
        {report && report.signatures.length > 0 && <StatementsPanel file={report.statements} />}
      </Stack>
    </>
  );
}
