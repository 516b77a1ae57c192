import { Button, Group, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ragStatuses, type Action } from '../../../../shared/domain/action';
import { removeAction } from './remove-items';
import { api } from '../../lib/api';
import { add, loadCase } from './case-store';
import { formatDate, oneOf } from './format';
import { notify } from './notify';
import { DateField } from '../../components/DateField';

const blank = { what: '', owner: '', dueDate: '', theme: '' };

/** The plan's actions: measure, accountability, resource and monitoring, timescale, RAG status. */
export function PlanActions({ caseId, actions }: { caseId: string; actions: Action[] }) {
  const { t } = useTranslation('cases');
  const [draft, setDraft] = useState(blank);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft.what.trim()) return;
    const id = await add(
      api.cases.addAction({
        caseId,
        draft: { what: draft.what, owner: draft.owner, dueDate: draft.dueDate || null, theme: draft.theme || undefined },
      }),
    );
    if (id) setDraft(blank);
  };

  const setStatus = async (action: Action, value: string) => {
    const status = oneOf(ragStatuses, value);
    if (!status) return;
    const result = await api.cases.updateAction({ caseId, actionId: action.id, patch: { status } });
    if (!result.ok) notify(result.error.message, 'error');
    else await loadCase(caseId);
  };

  return (
    <Stack gap="sm">
      <Title order={4}>{t('actionPlan.actions')}</Title>
      <Text c="dark.5" size="sm">
        {t('actionPlan.actionsIntro')}
      </Text>
      {actions.length === 0 && <Text>{t('actionPlan.noActions')}</Text>}
      {actions.map((action) => (
        <Paper key={action.id} withBorder p="sm" radius="md">
          <Group justify="space-between" align="flex-end">
            <div>
              <Text fw={600}>{action.what}</Text>
              <Text size="sm" c="dark.5">
                {[action.owner, action.dueDate ? formatDate(action.dueDate) : null, action.theme].filter(Boolean).join(' · ')}
              </Text>
            </div>
            <Group align="flex-end">
              <NativeSelect
                label={t('actionPlan.statusOf', { what: action.what })}
                value={action.status}
                data={ragStatuses.map((s) => ({ value: s, label: t(`actionPlan.rag.${s}`) }))}
                onChange={(e) => void setStatus(action, e.currentTarget.value)}
              />
              <Button
                variant="default"
                aria-label={t('actionPlan.removeAction', { what: action.what })}
                onClick={() => void removeAction(caseId, action, t('deleted.action', { what: action.what }))}
              >
                {t('common:actions.remove')}
              </Button>
            </Group>
          </Group>
        </Paper>
      ))}
      <form onSubmit={submit} noValidate>
        <Group align="flex-end" grow>
          <TextInput
            label={t('actionPlan.measure')}
            value={draft.what}
            onChange={(e) => setDraft({ ...draft, what: e.currentTarget.value })}
          />
          <TextInput
            label={t('actionPlan.owner')}
            value={draft.owner}
            onChange={(e) => setDraft({ ...draft, owner: e.currentTarget.value })}
          />
          <DateField label={t('actionPlan.dueDate')} value={draft.dueDate} onChange={(v) => setDraft({ ...draft, dueDate: v ?? '' })} />
          <TextInput
            label={t('actionPlan.resource')}
            value={draft.theme}
            onChange={(e) => setDraft({ ...draft, theme: e.currentTarget.value })}
          />
          <Button type="submit" variant="default" style={{ flexGrow: 0 }}>
            {t('actionPlan.addAction')}
          </Button>
        </Group>
      </form>
    </Stack>
  );
}
