import { Alert, Button, Divider, Group, List, Modal, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localIsoDate } from '../../../../shared/domain/actions-rules';
import { checkEscalation, type LoggedIssue } from '../../../../shared/domain/escalation';
import type { AppErrorShape, Result } from '../../../../shared/result';
import { api } from '../../lib/api';
import { formatDate, formatDateTime } from './format';
import { IssueOptions } from './IssueOptions';
import { TextBadge } from './TextBadge';
import { DateField } from '../../components/DateField';

interface Props {
  issue: LoggedIssue;
  organisationName: string;
  change: (run: () => Promise<Result<LoggedIssue>>) => Promise<AppErrorShape | null>;
  onClose: () => void;
}

/** One issue: options tried per level, escalation (only when the rule allows), resolution. */
export function IssueDetailModal({ issue, organisationName, change, onClose }: Props) {
  const { t } = useTranslation('actions');
  const [error, setError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState(issue.outcome);
  const [resolvedOn, setResolvedOn] = useState(localIsoDate(new Date()));
  const [outcomeError, setOutcomeError] = useState<string | null>(null);
  const check = checkEscalation(issue);
  const level = (l: string) => t(`issues.level.${l}`);
  const run = async (call: () => Promise<Result<LoggedIssue>>) => {
    const failure = await change(call);
    setError(failure?.message ?? null);
    return !failure;
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('issues.detail.title', { title: issue.title })}
      size="xl"
      closeButtonProps={{ 'aria-label': t('common:actions.close') }}
    >
      <Stack gap="md">
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Group gap="sm">
          <Text fw={600}>{organisationName}</Text>
          <TextBadge aria-label={`${t('issues.detail.level')}: ${level(issue.level)}`}>{level(issue.level)}</TextBadge>
          {issue.resolvedOn && <TextBadge color="gray">{t('issues.resolved', { date: formatDate(issue.resolvedOn) })}</TextBadge>}
        </Group>
        <Text size="sm" c="dark.4">
          {issue.raisedBy
            ? t('issues.detail.raised', { date: formatDate(issue.raisedOn), by: issue.raisedBy })
            : t('issues.detail.raisedNoBy', { date: formatDate(issue.raisedOn) })}
        </Text>
        {issue.description && <Text style={{ whiteSpace: 'pre-wrap' }}>{issue.description}</Text>}
        <Divider />
        <IssueOptions
          issue={issue}
          onRecord={(description) => run(() => api.issues.recordOption({ id: issue.id, description }))}
          onExhausted={(optionId, exhausted) => void run(() => api.issues.setOptionExhausted({ id: issue.id, optionId, exhausted }))}
        />
        {!issue.resolvedOn && (
          <Stack gap="xs">
            {check.allowed ? (
              <Button color="orange.9" w="fit-content" onClick={() => void run(() => api.issues.escalate({ id: issue.id }))}>
                {t('issues.detail.escalate', { level: level(check.to).toLowerCase() })}
              </Button>
            ) : (
              <Text size="sm" c="dark.5" id={`escalation-${issue.id}`}>
                {t(`issues.detail.blocked.${check.reason}`)}
              </Text>
            )}
          </Stack>
        )}
        {issue.escalations.length > 0 && (
          <>
            <Title order={4} size="h6">
              {t('issues.detail.history')}
            </Title>
            <List size="sm">
              {issue.escalations.map((e) => (
                <List.Item key={e.at}>
                  {t('issues.detail.moved', { from: level(e.from), to: level(e.to), date: formatDateTime(e.at), by: e.by })}
                </List.Item>
              ))}
            </List>
          </>
        )}
        <Divider />
        <Textarea
          label={t('issues.detail.outcome')}
          autosize
          minRows={2}
          value={outcome}
          error={outcomeError}
          readOnly={Boolean(issue.resolvedOn)}
          onChange={(e) => {
            setOutcomeError(null);
            setOutcome(e.currentTarget.value);
          }}
          onBlur={() => {
            // Kept as typed even before the issue is resolved: nothing written is lost.
            if (!issue.resolvedOn && outcome !== issue.outcome) void run(() => api.issues.update({ id: issue.id, patch: { outcome } }));
          }}
        />
        {issue.resolvedOn ? (
          <Button variant="default" w="fit-content" onClick={() => void run(() => api.issues.reopen({ id: issue.id }))}>
            {t('issues.detail.reopen')}
          </Button>
        ) : (
          <Group align="flex-end">
            <DateField label={t('issues.detail.resolvedOn')} value={resolvedOn} onChange={(v) => setResolvedOn(v ?? '')} />
            <Button
              variant="light"
              onClick={() => {
                if (!outcome.trim()) return setOutcomeError(t('issues.detail.outcomeRequired'));
                void run(() => api.issues.resolve({ id: issue.id, outcome, resolvedOn }));
              }}
            >
              {t('issues.detail.resolve')}
            </Button>
          </Group>
        )}
      </Stack>
    </Modal>
  );
}
