import { Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SavedSelect } from './SavedSelect';
import { notifyKinds } from '../../../../shared/domain/case';
import { api } from '../../lib/api';
import { AutosaveField } from './AutosaveField';
import { change, useCase } from './case-store';
import { oneOf } from './format';

/** Stage 1: date, commenced or intending, and the senior lead officer. */
export function NotifyPanel({ caseId }: { caseId: string }) {
  const { t } = useTranslation('cases');
  const notify = useCase((s) => s.record?.notify);
  if (!notify) return null;
  const save = (patch: Parameters<typeof api.cases.updateNotify>[0]['patch']) => change(api.cases.updateNotify({ caseId, patch }));
  return (
    <Stack gap="md" maw={760}>
      <Title order={3}>{t('notify.heading')}</Title>
      <Text c="dark.5">{t('notify.intro')}</Text>
      <Group grow align="flex-start">
        <AutosaveField label={t('notify.date')} type="date" value={notify.date ?? ''} save={(v) => save({ date: v || null })} />
        <SavedSelect
          label={t('notify.kind')}
          value={notify.kind ?? ''}
          data={['', ...notifyKinds].map((k) => ({ value: k, label: t(`notify.kinds.${k}`) }))}
          save={(v) => save({ kind: oneOf(notifyKinds, v) })}
        />
      </Group>
      <Group grow align="flex-start">
        <AutosaveField label={t('notify.leadOfficerName')} value={notify.leadOfficerName} save={(v) => save({ leadOfficerName: v })} />
        <AutosaveField label={t('notify.leadOfficerRole')} value={notify.leadOfficerRole} save={(v) => save({ leadOfficerRole: v })} />
      </Group>
    </Stack>
  );
}
