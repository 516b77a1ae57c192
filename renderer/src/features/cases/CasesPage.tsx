import { Button, Text } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { useCaseList } from './case-store';
import { CaseFilters, noFilter, type CaseFilter } from './CaseFilters';
import { CasesTable } from './CasesTable';
import { DemoButton } from './DemoButton';
import { ImportCaseButton } from './ImportCaseButton';
import { SharedCasesLink } from '../sync/ShareButton';
import { NewCaseModal } from './NewCaseModal';
import { notify } from './notify';

/** Every GO Award case with its stage, next deadline, assessor and recommendation. */
export function CasesPage() {
  const { t } = useTranslation('cases');
  const { items, loaded, load } = useCaseList();
  const [creating, setCreating] = useState(false);
  const [filter, setFilter] = useState<CaseFilter>(noFilter);
  const [, navigate] = useLocation();

  useEffect(() => {
    void load();
  }, [load]);

  const shown = useMemo(() => {
    const text = filter.text.trim().toLowerCase();
    return items.filter(
      (c) =>
        (!text || c.organisationName.toLowerCase().includes(text) || c.assessor.toLowerCase().includes(text)) &&
        (!filter.stage || c.stage === filter.stage) &&
        (!filter.region || c.region === filter.region) &&
        (!filter.overdue || c.deadline === 'overdue'),
    );
  }, [items, filter]);

  const actions = (
    <>
      <SharedCasesLink />
      <ImportCaseButton />
      <Button onClick={() => setCreating(true)}>{t('newCase')}</Button>
    </>
  );

  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} actions={actions} />
      {loaded && items.length === 0 && <EmptyState title={t('empty.title')} body={t('empty.body')} action={<DemoButton />} />}
      {items.length > 0 && (
        <>
          <CaseFilters filter={filter} onChange={setFilter} />
          <Text size="sm" c="dark.4" mb="xs" role="status">
            {t('filters.showing', { shown: shown.length, total: items.length })}
          </Text>
          <CasesTable items={shown} />
        </>
      )}
      {creating && (
        <NewCaseModal
          onClose={() => setCreating(false)}
          onCreated={(id, name) => {
            setCreating(false);
            notify(t('newCaseForm.created', { name }));
            navigate(`/cases/${id}`);
          }}
        />
      )}
    </>
  );
}
