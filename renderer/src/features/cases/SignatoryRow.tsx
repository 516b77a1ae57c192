import { Button, Group, Paper, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SavedSelect } from './SavedSelect';
import { signatoryRoles, type Signatory } from '../../../../shared/domain/case';
import { api } from '../../lib/api';
import { AutosaveField } from './AutosaveField';
import { removeSignatory } from './remove-items';
import { change } from './case-store';
import { oneOf } from './format';
import { SignatorySignatureModal } from './SignatorySignatureModal';

/** One signatory of the commitment, with their drawn or typed signature for the certificate. */
export function SignatoryRow({ caseId, signatory, n }: { caseId: string; signatory: Signatory; n: number }) {
  const { t } = useTranslation('cases');
  const [signing, setSigning] = useState(false);
  const save = (patch: Parameters<typeof api.cases.updateSignatory>[0]['patch']) =>
    change(api.cases.updateSignatory({ caseId, signatoryId: signatory.id, patch }));
  return (
    <Paper withBorder p="sm" radius="md">
      <Group align="flex-end" grow>
        <AutosaveField label={t('signUp.signatoryName', { n })} value={signatory.name} save={(v) => save({ name: v })} />
        <SavedSelect
          label={t('signUp.signatoryRole', { n })}
          value={signatory.role}
          data={signatoryRoles.map((r) => ({ value: r, label: t(`signUp.roles.${r}`) }))}
          save={(v) => save({ role: oneOf(signatoryRoles, v) ?? 'chief_executive' })}
        />
        <AutosaveField
          label={t('signUp.signatoryDate', { n })}
          type="date"
          value={signatory.date ?? ''}
          save={(v) => save({ date: v || null })}
        />
        <Button
          variant="default"
          aria-label={t('signUp.removeSignatory', { n })}
          onClick={() =>
            void removeSignatory(caseId, signatory, t('deleted.signatory', { name: signatory.name || t('interviews.unnamed') }))
          }
          style={{ flexGrow: 0 }}
        >
          {t('common:actions.remove')}
        </Button>
      </Group>
      <Group justify="space-between" mt={6}>
        <Text size="sm" c="dark.5">
          {signatory.signature
            ? t(signatory.signature.kind === 'drawn' ? 'signUp.signatureDrawn' : 'signUp.signatureTyped')
            : t('signUp.signaturePending')}
        </Text>
        <Button size="xs" variant="default" aria-label={t('signUp.sign', { n })} onClick={() => setSigning(true)}>
          {signatory.signature ? t('signUp.changeShort') : t('signUp.signShort')}
        </Button>
      </Group>
      {signing && <SignatorySignatureModal caseId={caseId} signatory={signatory} onClose={() => setSigning(false)} />}
    </Paper>
  );
}
