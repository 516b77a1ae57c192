import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SavedSelect } from './SavedSelect';
import { api } from '../../lib/api';
import { AutosaveField } from './AutosaveField';
import { add, change, useCase } from './case-store';
import { oneOf } from './format';
import { SignatoryRow } from './SignatoryRow';

/** Stage 2: the date, the scope ("go large or small") and who signed the commitment. */
export function SignUpPanel({ caseId }: { caseId: string }) {
  const { t } = useTranslation('cases');
  const signUp = useCase((s) => s.record?.signUp);
  if (!signUp) return null;
  const save = (patch: Parameters<typeof api.cases.updateSignUp>[0]['patch']) => change(api.cases.updateSignUp({ caseId, patch }));
  return (
    <Stack gap="md" maw={860}>
      <Title order={3}>{t('signUp.heading')}</Title>
      <Text c="dark.5">{t('signUp.intro')}</Text>
      <Group grow align="flex-start">
        <AutosaveField label={t('signUp.date')} type="date" value={signUp.date ?? ''} save={(v) => save({ date: v || null })} />
        <SavedSelect
          label={t('signUp.scope')}
          value={signUp.scope}
          data={(['whole_organisation', 'directorates'] as const).map((s) => ({ value: s, label: t(`signUp.scopes.${s}`) }))}
          save={(v) => save({ scope: oneOf(['whole_organisation', 'directorates'] as const, v) ?? 'whole_organisation' })}
        />
      </Group>
      {signUp.scope === 'directorates' && (
        <AutosaveField
          label={t('signUp.directorates')}
          multiline
          minRows={2}
          value={signUp.directorates.join('\n')}
          save={(v) =>
            save({
              directorates: v
                .split('\n')
                .map((d) => d.trim())
                .filter(Boolean),
            })
          }
        />
      )}
      <Title order={4} mt="sm">
        {t('signUp.signatories')}
      </Title>
      {signUp.signatories.map((s, index) => (
        <SignatoryRow key={s.id} caseId={caseId} signatory={s} n={index + 1} />
      ))}
      <Button variant="default" w="fit-content" onClick={() => void add(api.cases.addSignatory({ caseId, draft: {} }))}>
        {t('signUp.addSignatory')}
      </Button>
    </Stack>
  );
}
