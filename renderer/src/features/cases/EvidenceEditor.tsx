import { Button, Group, Paper, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SavedSelect } from './SavedSelect';
import { evidenceKinds, type EvidenceItem } from '../../../../shared/domain/case';
import { api } from '../../lib/api';
import { AttachmentList } from './AttachmentList';
import { AutosaveField } from './AutosaveField';
import { applyCase, change } from './case-store';
import { notify } from './notify';
import { CriteriaCheckboxes } from './CriteriaCheckboxes';
import { oneOf } from './format';
import { removeEvidence } from './remove-items';

/** Opens the file picker for evidence `evidenceId`; a refusal (e.g. the browser host) is said, not swallowed. */
export async function attachTo(caseId: string, evidenceId: string): Promise<void> {
  const result = await api.cases.attachFiles({ caseId, evidenceId });
  if (!applyCase(result) && !result.ok) notify(result.error.message, 'error');
}

/** Kind, source, date, note, criteria and attached files of one evidence item. */
export function EvidenceEditor({ caseId, item, large }: { caseId: string; item: EvidenceItem; large?: boolean }) {
  const { t } = useTranslation('cases');
  const size = large ? 'md' : 'sm';
  const save = (patch: Parameters<typeof api.cases.updateEvidence>[0]['patch']) =>
    change(api.cases.updateEvidence({ caseId, evidenceId: item.id, patch }));
  return (
    <Paper withBorder p="sm" radius="md" bg="gray.0" aria-label={t('evidence.editing')} component="section">
      <Stack gap="xs">
        <Group grow align="flex-start">
          <SavedSelect
            label={t('evidence.kind')}
            size={size}
            value={item.kind}
            data={evidenceKinds.map((k) => ({ value: k, label: t(`evidence.kinds.${k}`) }))}
            save={(v) => save({ kind: oneOf(evidenceKinds, v) ?? 'document' })}
          />
          <AutosaveField
            id="evidence-source"
            label={t('evidence.source')}
            size={size}
            value={item.source}
            save={(v) => save({ source: v })}
          />
          <AutosaveField
            label={t('evidence.date')}
            type="date"
            size={size}
            value={item.date ?? ''}
            save={(v) => save({ date: v || null })}
          />
        </Group>
        <AutosaveField label={t('evidence.note')} multiline minRows={2} size={size} value={item.note} save={(v) => save({ note: v })} />
        <CriteriaCheckboxes label={t('evidence.criteria')} value={item.criteria} save={(criteria) => save({ criteria })} />
        <AttachmentList caseId={caseId} item={item} />
        <Group justify="space-between">
          <Button id="evidence-attach" variant="default" size="xs" aria-keyshortcuts="Alt+A" onClick={() => void attachTo(caseId, item.id)}>
            {t('evidence.attach')}
          </Button>
          <Button
            variant="default"
            size="xs"
            onClick={() => void removeEvidence(caseId, item, t('deleted.evidence', { source: item.source || t('evidence.untitled') }))}
          >
            {t('evidence.remove')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
