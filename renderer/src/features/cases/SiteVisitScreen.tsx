import { Box, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { visitQuestions } from '../../../../shared/domain/visit-questions';
import { loadCase, useCase, useFramework } from './case-store';
import { EvidencePanel } from './EvidencePanel';
import { formatDate } from './format';
import { InterviewLog } from './InterviewLog';
import { ShortcutLegend } from './ShortcutLegend';
import { useStartVisit } from './use-start-visit';
import { useVisitShortcuts } from './use-visit-shortcuts';
import { VisitCriteriaRail } from './VisitCriteriaRail';
import { VisitCriterionPanel } from './VisitCriterionPanel';
import { VisitEligibility } from './VisitEligibility';
import { useVisit } from './visit-store';
import { ScrollParent } from './VirtualList';

/**
 * The day's capture screen, sized for a 1366×768 laptop: the six criteria as a compact rail, the
 * open criterion with its questions, and the interview log and evidence. The page never scrolls;
 * the work column is the one scroll container. "Saved" is the header's, shown once.
 */
export function SiteVisitScreen() {
  const { t } = useTranslation('cases');
  const { id = '' } = useParams<{ id: string }>();
  const record = useCase((s) => (s.record?.id === id ? s.record : null));
  const framework = useFramework();
  const { search, currentCriterion, interviewId, set } = useVisit();
  const searchRef = useRef<HTMLInputElement>(null);
  const linkRef = useRef<HTMLInputElement>(null);
  const work = useRef<HTMLDivElement>(null);
  const criterionIds = useMemo(() => framework.criteria.map((c) => c.id), [framework]);
  const refs = useMemo(() => ({ search: searchRef, link: linkRef }), []);

  useEffect(() => {
    void loadCase(id);
  }, [id]);
  useStartVisit(id, record !== null, t);
  useVisitShortcuts(id, criterionIds, refs, { noNote: t('visit.noInterviewToLink'), noEvidence: t('visit.noEvidenceToAttach') });
  const questions = useMemo(() => (record ? visitQuestions(record, framework) : []), [record, framework]);

  if (!record) return null;
  const { assessment } = record;
  const criterion = framework.criteria.find((c) => c.id === currentCriterion) ?? framework.criteria[0];
  const openNote = assessment.interviews.find((i) => i.id === interviewId) ?? null;
  const days = assessment.visitDates.map(formatDate).join(', ');
  return (
    <Stack gap="xs" h="calc(100dvh - var(--app-shell-header-height, 56px) - 2 * var(--mantine-spacing-lg))" style={{ overflow: 'clip' }}>
      <Group justify="space-between" wrap="nowrap" gap="md">
        <Group wrap="nowrap" gap="md" style={{ minWidth: 0 }}>
          <Button component={Link} href={`/cases/${id}`} variant="default" style={{ flexShrink: 0 }}>
            ← {t('visit.exit')}
          </Button>
          <Box style={{ minWidth: 0 }}>
            <Title order={2} size="h3" style={{ whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>
              {t('visit.title', { name: record.organisationName })}
            </Title>
            <Text size="sm" c="dark.5">
              {days ? t('visit.days', { days }) : t('visit.noDays')}
            </Text>
          </Box>
        </Group>
        <TextInput
          ref={searchRef}
          type="search"
          label={t('visit.search')}
          value={search}
          onChange={(e) => set({ search: e.currentTarget.value })}
          aria-keyshortcuts="Control+F /"
          w={300}
          style={{ flexShrink: 0 }}
        />
      </Group>
      <Paper withBorder px="xs" py={4} radius="md" bg="gray.0">
        <ShortcutLegend />
      </Paper>
      <Box
        style={{ display: 'grid', gridTemplateColumns: '250px minmax(0, 1fr)', gap: 'var(--mantine-spacing-md)', flex: 1, minHeight: 0 }}
      >
        <Stack gap={6} style={{ overflowY: 'auto', minHeight: 0 }}>
          <VisitEligibility record={record} framework={framework} />
          <VisitCriteriaRail
            framework={framework}
            assessment={assessment}
            questions={questions}
            current={criterion.id}
            onOpen={(c) => set({ currentCriterion: c })}
          />
        </Stack>
        <Box
          ref={work}
          tabIndex={-1}
          aria-label={t('visit.work')}
          role="region"
          style={{ overflowY: 'auto', minHeight: 0, paddingRight: 4 }}
        >
          <ScrollParent.Provider value={work}>
            <Box
              style={{
                display: 'grid',
                gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
                gap: 'var(--mantine-spacing-md)',
                alignItems: 'start',
              }}
            >
              <VisitCriterionPanel
                key={criterion.id}
                caseId={id}
                criterion={criterion}
                assessment={assessment}
                questions={questions}
                openNote={openNote}
              />
              <Stack gap="lg">
                <InterviewLog ref={linkRef} caseId={id} large />
                <EvidencePanel caseId={id} large />
              </Stack>
            </Box>
          </ScrollParent.Provider>
        </Box>
      </Box>
    </Stack>
  );
}
