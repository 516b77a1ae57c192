import { Anchor, Badge, Button, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { useOrganisations } from '../organisations/organisations-store';
import { CaseStudyFormModal } from './CaseStudyFormModal';
import { useLibrary } from './library-store';
import { readableDescription } from '../actions/readable';

const blank = { title: '', organisationId: null, theme: '', summary: '', whatWorked: '', barriers: '', contactRole: '' };

/** The good practice library: search as you type, open a case study, add one. */
export function LibraryPage() {
  const { t } = useTranslation('library');
  const { items, loaded, text, load, create } = useLibrary();
  const organisations = useOrganisations();
  const [query, setQuery] = useState(text);
  const [adding, setAdding] = useState(false);
  const search = useDebouncedCallback((value: string) => void load(value), 200);

  useEffect(() => {
    void load();
    void organisations.load();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- load once on entry
  }, [load]);

  const nameOf = (id: string | null) => (id ? organisations.items.find((o) => o.id === id)?.name : undefined);
  const empty = loaded && items.length === 0 && !text;

  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} actions={<Button onClick={() => setAdding(true)}>{t('add')}</Button>} />
      {empty ? (
        <EmptyState title={t('empty.title')} body={t('empty.body')} />
      ) : (
        <Stack gap="md">
          <TextInput
            type="search"
            label={t('search')}
            description={t('searchHint')}
            styles={readableDescription}
            value={query}
            maw={480}
            onChange={(e) => {
              setQuery(e.currentTarget.value);
              search(e.currentTarget.value);
            }}
          />
          <Text size="sm" c="dark.4" role="status" aria-live="polite">
            {items.length === 0 && text ? t('noMatch', { text }) : t('count', { count: items.length })}
          </Text>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            {items.map((study) => (
              <Paper key={study.id} withBorder p="md" component="article" aria-labelledby={`study-${study.id}`}>
                <Anchor component={Link} href={`/library/${study.id}`} fw={650} id={`study-${study.id}`}>
                  {study.title}
                </Anchor>
                <Text size="sm" c="dark.4">
                  {[study.theme, nameOf(study.organisationId)].filter(Boolean).join(' · ')}
                </Text>
                {study.fromRegion && study.sharedBy && (
                  <Badge variant="light" color="grape" tt="none" mt={4}>
                    {t('region.fromRegion', { name: study.sharedBy })}
                  </Badge>
                )}
                <Text size="sm" mt="xs" lineClamp={3}>
                  {study.summary}
                </Text>
              </Paper>
            ))}
          </SimpleGrid>
        </Stack>
      )}
      {adding && (
        <CaseStudyFormModal
          title={t('form.createTitle')}
          initial={blank}
          organisations={organisations.items}
          onSubmit={async (draft) => {
            const result = await create(draft);
            if (!result.ok) return result.error;
            notifications.show({ message: t('created'), color: 'green' });
            return null;
          }}
          onClose={() => setAdding(false)}
        />
      )}
    </>
  );
}
