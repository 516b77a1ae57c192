import { Alert, Badge, Button, Checkbox, CloseButton, List, Stack, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { firstRepeat, splitOptions } from '../../../../shared/domain/issue-options';
import type { Workshop } from '../../../../shared/domain/workshop';
import { useWorkshop } from './workshop-store';
import { readableDescription, strong } from './styles';
import { removeWithUndo } from './remove-with-undo';

const blank = { title: '', description: '', raisedBy: '', dispute: false, options: '' };

/** Issues raised in the room; kept on the workshop until the issue log takes them. */
export function IssueCapture({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation('workshops');
  const capture = useWorkshop((s) => s.capture);
  const [draft, setDraft] = useState(blank);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<'added' | 'addedNoPartnership' | 'addedDispute' | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft.title.trim()) return setError(t('capture.issue.title'));
    const optionsTried = splitOptions(draft.options);
    const repeat = firstRepeat(optionsTried);
    // Refused here as in the issue log, and the typed text stays so it can be corrected.
    if (repeat) return setError(t('room.issue.repeat', { option: repeat }));
    const failed = await capture({
      kind: 'issue',
      issue: {
        title: draft.title.trim(),
        description: draft.description,
        raisedBy: draft.raisedBy.trim(),
        raisedOn: workshop.date,
        individualContractualDispute: draft.dispute,
        optionsTried,
      },
    });
    if (failed) return setError(failed.message);
    // Says where the issue really went: the log takes it only from a workshop with a partnership
    // organisation, and never a contractual dispute (links.ts logWorkshopIssues).
    setSaved(draft.dispute ? 'addedDispute' : workshop.organisationId ? 'added' : 'addedNoPartnership');
    setDraft(blank);
    setError(null);
  };

  return (
    <Stack gap="sm">
      <form onSubmit={submit}>
        <Stack gap="xs">
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <TextInput
            label={t('capture.issue.title')}
            required
            value={draft.title}
            onChange={(e) => setDraft({ ...draft, title: e.currentTarget.value })}
          />
          <Textarea
            label={t('capture.issue.description')}
            autosize
            minRows={1}
            value={draft.description}
            onChange={(e) => setDraft({ ...draft, description: e.currentTarget.value })}
          />
          <Textarea
            label={t('room.issue.options')}
            description={t('room.issue.optionsHint')}
            styles={readableDescription}
            autosize
            minRows={2}
            value={draft.options}
            onChange={(e) => setDraft({ ...draft, options: e.currentTarget.value })}
          />
          <TextInput
            label={t('capture.issue.raisedBy')}
            value={draft.raisedBy}
            onChange={(e) => setDraft({ ...draft, raisedBy: e.currentTarget.value })}
          />
          <Checkbox
            label={t('capture.issue.dispute')}
            description={t('capture.issue.disputeHint')}
            styles={readableDescription}
            checked={draft.dispute}
            onChange={(e) => setDraft({ ...draft, dispute: e.currentTarget.checked })}
          />
          <Button type="submit" style={{ alignSelf: 'flex-start' }}>
            {t('capture.issue.add')}
          </Button>
          {saved && <div role="status">{t(`capture.issue.${saved}`)}</div>}
        </Stack>
      </form>
      <List size="sm" spacing={4}>
        {workshop.issues.map((i) => (
          <List.Item key={i.id}>
            {i.individualContractualDispute && (
              <Badge color={strong.grey} variant="filled" mr="xs">
                {t('capture.issue.casework')}
              </Badge>
            )}
            {i.title}
            {i.optionsTried.length > 0 && ` — ${t('room.issue.triedCount', { count: i.optionsTried.length })}`}
            <CloseButton
              size="sm"
              display="inline-flex"
              ml="xs"
              style={{ verticalAlign: 'middle' }}
              aria-label={`${t('capture.remove')}: ${i.title}`}
              onClick={() => void removeWithUndo('issue', i.id)}
            />
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
