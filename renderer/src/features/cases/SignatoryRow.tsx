import { Button, Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SavedSelect } from './SavedSelect';
import { signatoryRoles, type Signatory } from '../../../../shared/domain/case';
import { api } from '../../lib/api';
import { AutosaveField } from './AutosaveField';
import { change } from './case-store';
import { oneOf } from './format';

/** One signatory of the commitment; the drawn signature itself is captured when exporting. */
export function SignatoryRow({ caseId, signatory, n }: { caseId: string; signatory: Signatory; n: number }) {
  const { t } = useTranslation('cases');
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
        <AutosaveField label={t('signUp.signatoryDate', { n })} type="date" value={signatory.date ?? ''} save={(v) => save({ date: v || null })} />
        <Button variant="default" aria-label={t('signUp.removeSignatory', { n })} onClick={() => void change(api.cases.removeSignatory({ caseId, signatoryId: signatory.id }))} style={{ flexGrow: 0 }}>
          {t('common:actions.remove')}
        </Button>
      </Group>
      <Text size="sm" c="dark.5" mt={6}>
        {signatory.signature ? t('signUp.signed') : t('signUp.signaturePending')}
      </Text>
    </Paper>
  );
}
