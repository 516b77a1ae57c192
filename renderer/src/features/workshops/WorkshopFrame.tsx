import { Alert, Anchor, Button, Group, Loader, Text } from '@mantine/core';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Workshop } from '../../../../shared/domain/workshop';
import { localiseWorkshop } from '../../../../shared/i18n/domain/localise';
import { PageHeader } from '../../components/PageHeader';
import { ExportDocumentsButton } from '../exports/ExportDocumentsButton';
import { ShareButton } from '../sync/ShareButton';
import { useWorkshop } from './workshop-store';
import { formatDay } from '../../i18n/format';

type Tab = 'plan' | 'live' | 'review';

/** Loads the workshop named in the route and frames one of its screens with Plan / Live / Review. */
export function WorkshopFrame({ id, tab, children }: { id: string; tab: Tab; children: (w: Workshop) => ReactNode }) {
  const { t, i18n } = useTranslation('workshops');
  const { workshop, error, load } = useWorkshop();

  useEffect(() => {
    void load(id);
  }, [id, load]);

  if (error && workshop?.id !== id)
    return (
      <Alert color="red" role="alert">
        {error.message}
      </Alert>
    );
  if (!workshop || workshop.id !== id) return <Loader aria-label={t('common:loading')} />;

  const tabs: Tab[] = ['plan', 'live', 'review'];
  const links = (
    <>
      <Group gap="xs" component="nav" aria-label={workshop.title}>
        {tabs.map((name) => (
          <Button
            key={name}
            component={Link}
            href={name === 'plan' ? `/workshops/${id}` : `/workshops/${id}/${name}`}
            variant={name === tab ? 'filled' : 'default'}
            aria-current={name === tab ? 'page' : undefined}
          >
            {t(`nav.${name}`)}
          </Button>
        ))}
      </Group>
      <ExportDocumentsButton recordIds={[id, ...(workshop.organisationId ? [workshop.organisationId] : [])]} />
      <ShareButton kind="workshop" id={id} />
    </>
  );
  return (
    <>
      <Anchor component={Link} href="/workshops" size="sm">
        <span aria-hidden>← </span>
        {t('nav.back')}
      </Anchor>
      <PageHeader
        title={workshop.title}
        intro={t('nav.templateLine', { name: localiseWorkshop(workshop, i18n.language).templateName })}
        actions={links}
      />
      {workshop.status === 'complete' && (
        <Text size="sm" mb="sm">
          {t('review.completed', { date: workshop.completedAt ? formatDay(workshop.completedAt) : '' })}
        </Text>
      )}
      {children(localiseWorkshop(workshop, i18n.language))}
    </>
  );
}
