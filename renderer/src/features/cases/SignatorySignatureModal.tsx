import { Button, Group, Modal, Stack } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Signatory } from '../../../../shared/domain/case';
import { api } from '../../lib/api';
import { SignatureInput } from '../exports/SignatureInput';
import { change } from './case-store';

/** A signatory signs the commitment: drawn on the pad (exports' component) or their typed name. */
export function SignatorySignatureModal({ caseId, signatory, onClose }: { caseId: string; signatory: Signatory; onClose: () => void }) {
  const { t } = useTranslation('cases');
  const [mode, setMode] = useState<'typed' | 'drawn'>(signatory.signature?.kind ?? 'typed');
  const [drawn, setDrawn] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const onDrawn = useCallback((image: string | null) => {
    setDrawn(image);
    setError(null);
  }, []);
  const name = signatory.name.trim();

  const save = async () => {
    if (mode === 'drawn' && !drawn) return setError(t('signUp.signature.drawFirst'));
    if (mode === 'typed' && !name) return setError(t('signUp.signature.nameFirst'));
    const signature = mode === 'drawn' && drawn ? { kind: 'drawn' as const, dataUrl: drawn } : { kind: 'typed' as const, name };
    const ok = await change(api.cases.updateSignatory({ caseId, signatoryId: signatory.id, patch: { signature } }));
    if (ok) onClose();
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('signUp.signature.title', { name: name || t('signUp.signature.unnamed') })}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common:actions.close') }}
    >
      <Stack gap="md">
        <SignatureInput
          name={name}
          mode={mode}
          onModeChange={setMode}
          onDrawn={onDrawn}
          error={error}
          legend={t('signUp.signature.legend')}
          typedHelp={t('signUp.signature.typedHelp', { name: name || '—' })}
        />
        <Group justify="flex-end">
          {signatory.signature && (
            <Button
              variant="default"
              onClick={() =>
                void change(api.cases.updateSignatory({ caseId, signatoryId: signatory.id, patch: { signature: null } })).then(onClose)
              }
            >
              {t('signUp.signature.remove')}
            </Button>
          )}
          <Button onClick={() => void save()}>{t('signUp.signature.save')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
