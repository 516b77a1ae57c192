import { Button, Checkbox, List, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoggedIssue } from '../../../../shared/domain/escalation';
import { errorText } from '../../i18n/errors';
import { checkNewOption } from '../../../../shared/domain/issue-options';
import { issueLevels } from '../../../../shared/domain/partnership-issue';
import { formatDateTime } from './format';

interface Props {
  issue: LoggedIssue;
  onRecord: (description: string) => Promise<boolean>;
  onExhausted: (optionId: string, exhausted: boolean) => void;
}

/** The options tried at each level so far; only the current level's can still change. */
export function IssueOptions({ issue, onRecord, onExhausted }: Props) {
  const { t } = useTranslation('actions');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const reached = issueLevels.slice(0, issueLevels.indexOf(issue.level) + 1);
  const levelName = (level: string) => t(`issues.level.${level}`).toLowerCase();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return setError(t('issues.detail.optionRequired'));
    // The same rule as main's, shown beside the box before the round trip; the text stays.
    const check = checkNewOption(issue.options, text, issue.level);
    if (!check.ok) return setError(errorText(check.error));
    setError(null);
    if (await onRecord(text)) setText('');
  };

  return (
    <Stack gap="md">
      {reached.map((level) => {
        const options = issue.options.filter((o) => o.level === level);
        const current = level === issue.level && !issue.resolvedOn;
        return (
          <Stack key={level} gap="xs">
            <Title order={4} size="h6">
              {t('issues.detail.optionsAt', { level: levelName(level) })}
            </Title>
            {options.length === 0 ? (
              <Text size="sm" c="dark.4">
                {t('issues.detail.noOptionsAt')}
              </Text>
            ) : (
              <List listStyleType="none" pl={0} spacing="xs">
                {options.map((option) => (
                  <List.Item key={option.id}>
                    <Text style={{ whiteSpace: 'pre-wrap' }}>{option.description}</Text>
                    <Text size="xs" c="dark.4">
                      {t('issues.detail.recordedBy', { date: formatDateTime(option.recordedAt), by: option.recordedBy || '—' })}
                    </Text>
                    <Checkbox
                      mt={4}
                      label={t('issues.detail.exhausted')}
                      aria-label={t('issues.detail.exhaustedLabel', { option: option.description.slice(0, 60) })}
                      checked={option.exhausted}
                      disabled={!current}
                      onChange={(e) => onExhausted(option.id, e.currentTarget.checked)}
                    />
                  </List.Item>
                ))}
              </List>
            )}
          </Stack>
        );
      })}
      {!issue.resolvedOn && (
        <form onSubmit={submit} noValidate>
          <Stack gap="xs">
            <Textarea
              label={t('issues.detail.newOption', { level: levelName(issue.level) })}
              autosize
              minRows={2}
              value={text}
              error={error}
              // Mantine's error red is under 4.5:1 on white; keep the typed text dark and the message readable.
              styles={{ input: { color: '#1a1b1e' }, error: { color: '#b71c1c' } }}
              onChange={(e) => {
                setError(null);
                setText(e.currentTarget.value);
              }}
            />
            <Button type="submit" variant="light" w="fit-content">
              {t('issues.detail.recordOption')}
            </Button>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
