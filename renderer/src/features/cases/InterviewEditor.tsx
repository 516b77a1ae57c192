import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SavedSelect } from './SavedSelect';
import { interviewGroups, type Interview } from '../../../../shared/domain/case';
import { ConfidentialCheckbox } from '../../components/Confidential';
import { api } from '../../lib/api';
import { AutosaveField } from './AutosaveField';
import { change } from './case-store';
import { CriteriaCheckboxes } from './CriteriaCheckboxes';
import { formatDateTime, oneOf } from './format';
import { removeInterview } from './remove-items';

/** The open interview note: who, their group, the notes as typed, and the criteria it speaks to. */
export const InterviewEditor = forwardRef<HTMLInputElement, { caseId: string; interview: Interview; large?: boolean }>(
  function InterviewEditor({ caseId, interview, large }, linkRef) {
    const { t } = useTranslation('cases');
    const size = large ? 'md' : 'sm';
    const save = (patch: Parameters<typeof api.cases.updateInterview>[0]['patch']) =>
      change(api.cases.updateInterview({ caseId, interviewId: interview.id, patch }));
    return (
      <Paper
        withBorder
        p="sm"
        radius="md"
        bg="gray.0"
        component="section"
        aria-label={t('interviews.editing', { name: interview.name || t('interviews.unnamed') })}
      >
        <Stack gap="xs">
          <Text size="sm" c="dark.5">
            {t('interviews.startedAt', { time: formatDateTime(interview.at) })}
          </Text>
          <Group grow align="flex-start">
            <AutosaveField
              id="interview-name"
              wrap
              label={t('interviews.name')}
              size={size}
              value={interview.name}
              save={(v) => save({ name: v })}
            />
            <AutosaveField wrap label={t('interviews.role')} size={size} value={interview.role} save={(v) => save({ role: v })} />
            <SavedSelect
              label={t('interviews.group')}
              size={size}
              value={interview.group ?? ''}
              data={['', ...interviewGroups].map((g) => ({ value: g, label: t(`interviews.groups.${g}`) }))}
              save={(v) => save({ group: oneOf(interviewGroups, v) })}
            />
          </Group>
          <AutosaveField
            label={t('interviews.notes')}
            multiline
            minRows={large ? 6 : 4}
            size={size}
            value={interview.notes}
            save={(v) => save({ notes: v })}
          />
          <CriteriaCheckboxes
            ref={linkRef}
            label={t('interviews.criteria')}
            value={interview.criteria}
            save={(criteria) => save({ criteria })}
          />
          <Group justify="space-between" align="flex-start">
            <ConfidentialCheckbox checked={interview.confidential === true} onChange={(confidential) => void save({ confidential })} />
            <Button
              variant="default"
              size="xs"
              onClick={() =>
                void removeInterview(caseId, interview, t('deleted.interview', { name: interview.name || t('interviews.unnamed') }))
              }
            >
              {t('interviews.remove')}
            </Button>
          </Group>
        </Stack>
      </Paper>
    );
  },
);
