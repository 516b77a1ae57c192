import { Alert, Anchor, Badge, Button, List, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'wouter';
import type { CaseStudy, Citation } from '../../../../shared/domain/library';
import { ConfirmModal } from '../../components/ConfirmModal';
import { PageHeader } from '../../components/PageHeader';
import { api } from '../../lib/api';
import { useOrganisations } from '../organisations/organisations-store';
import { ShareButton } from '../sync/ShareButton';
import { CaseStudyFormModal } from './CaseStudyFormModal';
import { useLibrary } from './library-store';

/** One case study in full, where it came from, and where it is cited. */
export function CaseStudyPage() {
  const { id } = useParams<{ id: string }>();
  const { t } = useTranslation('library');
  const [, navigate] = useLocation();
  const organisations = useOrganisations();
  const reloadLibrary = useLibrary((s) => s.load);
  const [data, setData] = useState<{ caseStudy: CaseStudy; citations: Citation[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [dialog, setDialog] = useState<'edit' | 'delete' | null>(null);

  const load = useCallback(async () => {
    const result = await api.library.get({ id });
    if (result.ok) setData(result.data);
    else setError(result.error.message);
  }, [id]);

  useEffect(() => {
    void load();
    void organisations.load();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- load when the case study changes
  }, [load]);

  if (error) {
    return (
      <Alert color="red" role="alert" title={t('notFound')}>
        <Anchor component={Link} href="/library">
          {t('back')}
        </Anchor>
      </Alert>
    );
  }
  if (!data) return null;
  const study = data.caseStudy;
  const organisation = organisations.items.find((o) => o.id === study.organisationId);
  const section = (label: string, text: string) =>
    text.trim() ? (
      <Stack gap={4}>
        <Title order={3} size="h5">
          {label}
        </Title>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{text}</Text>
      </Stack>
    ) : null;

  return (
    <>
      <Anchor component={Link} href="/library" size="sm">
        ← {t('back')}
      </Anchor>
      <PageHeader
        title={study.title}
        intro={[study.theme, organisation?.name, t(`origin.${study.origin.kind}`)].filter(Boolean).join(' · ')}
        actions={
          <>
            <ShareButton kind="casestudy" id={study.id} />
            <Button variant="default" onClick={() => setDialog('edit')}>
              {t('common:actions.edit')}
            </Button>
            <Button variant="subtle" color="red" onClick={() => setDialog('delete')}>
              {t('common:actions.delete')}
            </Button>
          </>
        }
      />
      <Stack gap="lg" maw={760}>
        {study.sharedBy && (
          <Badge variant="light" color={study.fromRegion ? 'grape' : 'teal'} size="lg" tt="none" w="fit-content">
            {t(study.fromRegion ? 'region.fromRegion' : 'region.sharedByYou', { name: study.sharedBy })}
          </Badge>
        )}
        {section(t('fields.summary'), study.summary)}
        {section(t('fields.whatWorked'), study.whatWorked)}
        {section(t('fields.barriers'), study.barriers)}
        {section(t('fields.contactRole'), study.contactRole)}
        {organisation && (
          <Anchor component={Link} href={`/organisations/${organisation.id}`}>
            {organisation.name}
          </Anchor>
        )}
        <Stack gap={4}>
          <Title order={3} size="h5">
            {t('citations.title')}
          </Title>
          {data.citations.length === 0 ? (
            <Text c="dark.4">{t('citations.none')}</Text>
          ) : (
            <List>
              {data.citations.map((c) => (
                <List.Item key={c.id}>
                  {t('citations.by', { kind: t(`citations.kind.${c.citedBy.kind}`), id: c.citedBy.id })}
                  {c.note && ` — ${c.note}`}
                </List.Item>
              ))}
            </List>
          )}
        </Stack>
      </Stack>
      {dialog === 'edit' && (
        <CaseStudyFormModal
          title={t('form.editTitle', { title: study.title })}
          initial={study}
          organisations={organisations.items}
          onSubmit={async (draft) => {
            const result = await api.library.update({ id: study.id, draft });
            if (!result.ok) return result.error;
            notifications.show({ message: t('saved'), color: 'green' });
            await load();
            void reloadLibrary();
            return null;
          }}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'delete' && (
        <ConfirmModal
          title={t('confirmDelete.title', { title: study.title })}
          body={t('confirmDelete.body')}
          confirmLabel={t('confirmDelete.confirm')}
          onClose={() => setDialog(null)}
          onConfirm={async () => {
            setDialog(null);
            const result = await api.library.delete({ id: study.id });
            if (!result.ok) return notifications.show({ message: result.error.message, color: 'red' });
            notifications.show({ message: t('deleted'), color: 'green' });
            void reloadLibrary();
            navigate('/library');
          }}
        />
      )}
    </>
  );
}
