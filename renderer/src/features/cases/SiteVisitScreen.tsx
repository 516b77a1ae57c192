import { Anchor, Grid, Group, Paper, ScrollArea, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { SaveStatus } from '../../app/SaveStatus';
import { useCase, useFramework } from './case-store';
import { CriterionCard } from './CriterionCard';
import { EvidencePanel } from './EvidencePanel';
import { InterviewLog } from './InterviewLog';
import { ShortcutLegend } from './ShortcutLegend';
import { useVisitShortcuts } from './use-visit-shortcuts';
import { useVisit } from './visit-store';

/** The day's capture screen: the 6 criteria beside the interview log and evidence, large type, shortcuts. */
export function SiteVisitScreen() {
  const { t } = useTranslation('cases');
  const { id = '' } = useParams<{ id: string }>();
  const record = useCase((s) => (s.record?.id === id ? s.record : null));
  const framework = useFramework();
  const { search, currentCriterion, set } = useVisit();
  const searchRef = useRef<HTMLInputElement>(null);
  const linkRef = useRef<HTMLInputElement>(null);
  const criterionIds = useMemo(() => framework.criteria.map((c) => c.id), [framework]);
  const refs = useMemo(() => ({ search: searchRef, link: linkRef }), []);

  useEffect(() => {
    void useCase.getState().load(id);
  }, [id]);
  useVisitShortcuts(id, criterionIds, refs, t('visit.noInterviewToLink'));

  if (!record) return null;
  const { assessment } = record;
  return (
    <Stack gap="sm" style={{ fontSize: 'var(--mantine-font-size-lg)' }}>
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Anchor component={Link} href={`/cases/${id}`} size="sm" c="blue.8">
            ← {t('visit.exit')}
          </Anchor>
          <Title order={2}>{t('visit.title', { name: record.organisationName })}</Title>
        </Stack>
        <Group align="flex-end">
          <TextInput
            ref={searchRef}
            type="search"
            size="md"
            label={t('visit.search')}
            value={search}
            onChange={(e) => set({ search: e.currentTarget.value })}
            aria-keyshortcuts="Control+F /"
            w={320}
          />
          <SaveStatus />
        </Group>
      </Group>
      <Paper withBorder p="xs" radius="md" bg="gray.0">
        <ShortcutLegend />
      </Paper>
      <Grid gap="md">
        <Grid.Col span={6}>
          <Title order={3} size="h4" mb="xs">
            {t('visit.criteria')}{' '}
            <Text span c="dark.5" size="md">
              {t('visit.currentCriterion', { id: currentCriterion })}
            </Text>
          </Title>
          <ScrollArea h="calc(100vh - 260px)" type="auto" offsetScrollbars>
            <Stack gap="sm">
              {framework.criteria.map((c) => (
                <CriterionCard
                  key={c.id}
                  caseId={id}
                  criterion={c}
                  assessment={assessment.criteria[c.id]}
                  evidenceCount={assessment.evidence.filter((e) => e.criteria.includes(c.id)).length}
                  interviewCount={assessment.interviews.filter((i) => i.criteria.includes(c.id)).length}
                  current={c.id === currentCriterion}
                  onFocus={() => currentCriterion !== c.id && set({ currentCriterion: c.id })}
                  large
                />
              ))}
            </Stack>
          </ScrollArea>
        </Grid.Col>
        <Grid.Col span={6}>
          <ScrollArea h="calc(100vh - 230px)" type="auto" offsetScrollbars>
            <Stack gap="lg">
              <InterviewLog ref={linkRef} caseId={id} height={260} large />
              <EvidencePanel caseId={id} height={260} large />
            </Stack>
          </ScrollArea>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
