import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { forwardRef, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import { add, useCase } from './case-store';
import { InterviewEditor } from './InterviewEditor';
import { InterviewRow } from './InterviewRow';
import { matches, useVisit } from './visit-store';
import { VirtualList } from './VirtualList';

/** Starts a timestamped interview note and puts the cursor in the name. */
export async function newInterview(caseId: string): Promise<void> {
  const id = await add(api.cases.addInterview({ caseId, draft: {} }));
  if (id) {
    useVisit.getState().set({ interviewId: id });
    requestAnimationFrame(() => document.getElementById('interview-name')?.focus());
  }
}

/** The interview log: the open note's editor above a searchable, virtualised list of notes. */
export const InterviewLog = forwardRef<HTMLInputElement, { caseId: string; height?: number; large?: boolean }>(function InterviewLog(
  { caseId, height = 300, large },
  linkRef,
) {
  const { t } = useTranslation('cases');
  const interviews = useCase((s) => s.record?.assessment.interviews);
  const { search, interviewId, set } = useVisit();
  const shown = useMemo(
    () =>
      (interviews ?? [])
        .filter((i) => matches(search, i.name, i.role, i.notes, i.criteria.join(' '), i.group ?? ''))
        .slice()
        .reverse(),
    [interviews, search],
  );
  const open = interviews?.find((i) => i.id === interviewId) ?? null;
  if (!interviews) return null;
  return (
    <Stack gap="sm" component="section" aria-labelledby="interviews-heading">
      <Group justify="space-between">
        <Title order={3} size="h4" id="interviews-heading">
          {t('interviews.heading')} ({interviews.length})
        </Title>
        <Button variant="default" size={large ? 'md' : 'sm'} onClick={() => void newInterview(caseId)} aria-keyshortcuts="Alt+N">
          {t('interviews.add')}
        </Button>
      </Group>
      {open && <InterviewEditor key={open.id} ref={linkRef} caseId={caseId} interview={open} large={large} />}
      {interviews.length === 0 ? (
        <Text c="dark.5">{t('interviews.none')}</Text>
      ) : shown.length === 0 ? (
        <Text c="dark.5">{t('interviews.noMatch')}</Text>
      ) : (
        <VirtualList
          items={shown}
          label={t('interviews.listLabel')}
          height={height}
          estimate={58}
          keyOf={(i) => i.id}
          render={(i) => <InterviewRow interview={i} selected={i.id === interviewId} onOpen={() => set({ interviewId: i.id })} />}
        />
      )}
    </Stack>
  );
});
