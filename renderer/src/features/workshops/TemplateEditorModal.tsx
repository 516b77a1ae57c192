import { Alert, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { agendaToText, textToAgenda, textToThemes, themesToText } from '../../../../shared/domain/template-text';
import type { WorkshopTemplate } from '../../../../shared/domain/workshop-template';
import { api } from '../../lib/api';
import { readableDescription } from './styles';
import { FormActions } from '../../components/FormActions';

/** Edit your own template: name, closing question, themes with prompts, and agenda, as text. */
export function TemplateEditorModal({
  template,
  onClose,
  onSaved,
}: {
  template: WorkshopTemplate;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t, i18n } = useTranslation('workshops');
  const [name, setName] = useState(template.name);
  const [closing, setClosing] = useState(template.closingQuestion ?? '');
  const [themes, setThemes] = useState(themesToText(template.themes));
  const [agenda, setAgenda] = useState(agendaToText(template.agenda, i18n.language));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsedAgenda = textToAgenda(agenda, template.agenda);
    if (parsedAgenda.badLines.length > 0) return setError(t('templates.badLines', { lines: parsedAgenda.badLines.join(', ') }));
    setBusy(true);
    const result = await api.workshops.updateTemplate({
      id: template.id,
      draft: {
        name: name.trim(),
        description: template.description,
        closingQuestion: closing.trim() || null,
        themes: textToThemes(themes, template.themes),
        agenda: parsedAgenda.items,
      },
    });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    onSaved();
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('templates.editTitle', { name: template.name })}
      size="xl"
      closeButtonProps={{ 'aria-label': t('common:actions.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <TextInput label={t('templates.name')} required data-autofocus value={name} onChange={(e) => setName(e.currentTarget.value)} />
          <TextInput label={t('templates.closingQuestion')} value={closing} onChange={(e) => setClosing(e.currentTarget.value)} />
          <Textarea
            label={t('templates.themes')}
            description={t('templates.themesHint')}
            styles={readableDescription}
            autosize
            minRows={6}
            maxRows={14}
            value={themes}
            onChange={(e) => setThemes(e.currentTarget.value)}
          />
          <Textarea
            label={t('templates.agenda')}
            description={t('templates.agendaHint')}
            styles={readableDescription}
            autosize
            minRows={4}
            maxRows={12}
            value={agenda}
            onChange={(e) => setAgenda(e.currentTarget.value)}
          />
          <FormActions onCancel={onClose} busy={busy} />
        </Stack>
      </form>
    </Modal>
  );
}
