import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopTemplate } from '../../../../shared/domain/workshop-template';
import { localiseTemplate } from '../../../../shared/i18n/domain/localise';
import { api } from '../../lib/api';
import { strong } from './styles';
import { TemplateEditorModal } from './TemplateEditorModal';

/** The built-in templates and the facilitator's own copies: duplicate, edit, delete. */
export function TemplatesSection() {
  const { t, i18n } = useTranslation('workshops');
  const [templates, setTemplates] = useState<WorkshopTemplate[]>([]);
  const [editing, setEditing] = useState<WorkshopTemplate | null>(null);
  const load = () => api.workshops.templates().then((r) => r.ok && setTemplates(r.data));
  useEffect(() => {
    void load();
  }, []);
  const report = (message: string) =>
    notifications.show({ message, color: 'red', closeButtonProps: { 'aria-label': t('common:actions.close') } });

  const duplicate = async (template: WorkshopTemplate) => {
    const result = await api.workshops.duplicateTemplate({ id: template.id });
    if (!result.ok) return report(result.error.message);
    await load();
    setEditing(result.data);
  };
  const remove = async (template: WorkshopTemplate) => {
    const result = await api.workshops.deleteTemplate({ id: template.id });
    if (!result.ok) return report(result.error.message);
    await load();
  };

  return (
    <Paper withBorder p="md" mt="xl" component="section" aria-labelledby="templates-heading">
      <Stack gap="sm">
        <Title order={3} size="h4" id="templates-heading">
          {t('templates.heading')}
        </Title>
        <Text size="sm">{t('templates.intro')}</Text>
        <Table verticalSpacing="xs">
          <Table.Caption className="visually-hidden">{t('templates.heading')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('templates.name')}</Table.Th>
              <Table.Th scope="col">{t('templates.content')}</Table.Th>
              <Table.Th scope="col">
                <span className="visually-hidden">{t('templates.actions')}</span>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {templates
              .map((raw) => localiseTemplate(raw, i18n.language))
              .map((tpl) => (
                <Table.Tr key={tpl.id}>
                  <Table.Th scope="row" fw={600}>
                    {tpl.name}{' '}
                    <Badge color={tpl.builtIn ? strong.grey : strong.green} variant="filled" size="sm">
                      {tpl.builtIn ? t('templates.builtIn') : t('templates.yours', { version: tpl.version })}
                    </Badge>
                  </Table.Th>
                  <Table.Td>{t('create.templateHint', { themes: tpl.themes.length, items: tpl.agenda.length })}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Button
                        size="xs"
                        variant="default"
                        aria-label={t('templates.duplicateLabel', { name: tpl.name })}
                        onClick={() => void duplicate(tpl)}
                      >
                        {t('templates.duplicate')}
                      </Button>
                      {!tpl.builtIn && (
                        <>
                          <Button
                            size="xs"
                            variant="default"
                            aria-label={t('templates.editLabel', { name: tpl.name })}
                            onClick={() => setEditing(tpl)}
                          >
                            {t('common:actions.edit')}
                          </Button>
                          <Button
                            size="xs"
                            variant="default"
                            c="red.9"
                            aria-label={t('templates.deleteLabel', { name: tpl.name })}
                            onClick={() => void remove(tpl)}
                          >
                            {t('common:actions.delete')}
                          </Button>
                        </>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
          </Table.Tbody>
        </Table>
      </Stack>
      {editing && (
        <TemplateEditorModal
          template={editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            void load();
          }}
        />
      )}
    </Paper>
  );
}
