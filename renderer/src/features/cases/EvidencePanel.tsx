import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import { add, useCase } from './case-store';
import type { EvidenceItem, EvidenceKind } from '../../../../shared/domain/case';
import { EvidenceEditor } from './EvidenceEditor';
import { EvidenceKindModal } from './EvidenceKindModal';
import { EvidenceRow } from './EvidenceRow';
import { todayIso } from './format';
import { matches, useVisit } from './visit-store';
import { VirtualList } from './VirtualList';

/** Starts a new evidence item of `kind` under the current criterion and opens it. */
export async function newEvidence(caseId: string, kind: EvidenceKind): Promise<void> {
  const { currentCriterion, set } = useVisit.getState();
  const id = await add(api.cases.addEvidence({ caseId, draft: { kind, criteria: [currentCriterion], date: todayIso() } }));
  if (id) {
    set({ evidenceId: id });
    requestAnimationFrame(() => document.getElementById('evidence-source')?.focus());
  }
}

/** The evidence list (searchable, virtualised) with the open item's editor above it. */
export function EvidencePanel({ caseId, height = 320, large }: { caseId: string; height?: number; large?: boolean }) {
  const { t } = useTranslation('cases');
  const evidence = useCase((s) => s.record?.assessment.evidence);
  const { search, evidenceId, askingEvidenceKind, set } = useVisit();
  const shown = useMemo(
    () =>
      (evidence ?? [])
        .filter((e) => matches(search, e.source, e.note, e.kind, e.criteria.join(' '), e.attachments.map((a) => a.name).join(' ')))
        .slice()
        .reverse(),
    [evidence, search],
  );
  const open = evidence?.find((e) => e.id === evidenceId) ?? null;
  const row = (e: EvidenceItem) => <EvidenceRow item={e} selected={e.id === evidenceId} onOpen={() => set({ evidenceId: e.id })} />;
  if (!evidence) return null;
  return (
    <Stack gap="sm" component="section" aria-labelledby="evidence-heading">
      <Group justify="space-between">
        <Title order={3} size="h4" id="evidence-heading">
          {t('evidence.heading')} ({evidence.length})
        </Title>
        <Button variant="default" size={large ? 'md' : 'sm'} onClick={() => set({ askingEvidenceKind: true })} aria-keyshortcuts="Alt+E">
          {t('evidence.add')}
        </Button>
      </Group>
      {askingEvidenceKind && (
        <EvidenceKindModal
          onClose={() => set({ askingEvidenceKind: false })}
          onChoose={(kind) => {
            set({ askingEvidenceKind: false });
            void newEvidence(caseId, kind);
          }}
        />
      )}
      {open && <EvidenceEditor key={open.id} caseId={caseId} item={open} large={large} />}
      {evidence.length === 0 ? (
        <Text c="dark.5">{t('evidence.none')}</Text>
      ) : shown.length === 0 ? (
        <Text c="dark.5">{t('evidence.noMatch')}</Text>
      ) : (
        <VirtualList items={shown} label={t('evidence.listLabel')} height={height} estimate={58} keyOf={(e) => e.id} render={row} />
      )}
    </Stack>
  );
}
