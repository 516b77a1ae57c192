import { Alert, Group, NativeSelect, Text } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { regions } from '../../../../shared/domain/common';
import { heatMapOf, matchesFilter } from '../../../../shared/domain/heat-map';
import { organisationTypes } from '../../../../shared/domain/organisation';
import { sortOverview, summariseRegion, type OverviewRow, type OverviewSortKey } from '../../../../shared/domain/overview';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { api } from '../../lib/api';
import { HeatMapSection } from './HeatMapSection';
import { OverviewTable } from './OverviewTable';
import { RegionChart } from './RegionChart';
import { RegionalPanel } from '../sync/RegionalPanel';
import type { RegionalOverviewData } from '../../../../shared/ipc/contracts/sync';

/** The regional coordinator's map: every organisation, where it stands, and totals for the region. */
export function OverviewPage() {
  const { t } = useTranslation('overview');
  const [data, setData] = useState<{ rows: OverviewRow[]; providers: string[]; today: string; region: RegionalOverviewData | null } | null>(
    null,
  );
  const [error, setError] = useState<string | null>(null);
  const [region, setRegion] = useState('');
  const [sector, setSector] = useState('');
  const [sort, setSort] = useState<{ key: OverviewSortKey; direction: 'asc' | 'desc' }>({ key: 'name', direction: 'asc' });

  useEffect(() => {
    void api.overview.rows().then((result) => {
      if (result.ok) setData(result.data);
      else setError(result.error.message);
    });
  }, []);

  const rows = useMemo(() => {
    const shown = (data?.rows ?? []).filter((r) => matchesFilter(r, { region, sector }));
    return sortOverview(shown, sort.key, sort.direction);
  }, [data, region, sector, sort]);
  const map = useMemo(() => heatMapOf(rows), [rows]);
  const summary = useMemo(() => summariseRegion(rows), [rows]);
  // A new column starts with names and dates ascending, counts largest first; the same column flips.
  const onSort = (key: OverviewSortKey) =>
    setSort((s) =>
      s.key === key
        ? { key, direction: s.direction === 'asc' ? 'desc' : 'asc' }
        : { key, direction: ['name', 'region', 'nextDeadline'].includes(key) ? 'asc' : 'desc' },
    );

  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      {data && data.rows.length === 0 && <EmptyState title={t('empty.title')} body={t('empty.body')} />}
      {data && data.rows.length > 0 && (
        <>
          <Group align="flex-end" justify="space-between" mb="md">
            <Group align="flex-end">
              <NativeSelect
                label={t('region')}
                value={region}
                data={[{ value: '', label: t('allRegions') }, ...regions.map((r) => ({ value: r, label: t(`common:regions.${r}`) }))]}
                onChange={(e) => setRegion(e.currentTarget.value)}
                w={260}
              />
              <NativeSelect
                label={t('sector')}
                value={sector}
                data={[
                  { value: '', label: t('allSectors') },
                  ...organisationTypes.map((s) => ({ value: s, label: t(`organisations:types.${s}`) })),
                ]}
                onChange={(e) => setSector(e.currentTarget.value)}
                w={260}
              />
            </Group>
            {data.providers.length === 0 && (
              <Text size="sm" c="dark.4" maw={520}>
                {t('providersMissing')}
              </Text>
            )}
          </Group>
          {rows.length === 0 ? (
            <Text c="dark.4">{t('noneInRegion')}</Text>
          ) : (
            <>
              <HeatMapSection map={map} filter={{ region, sector }} />
              <OverviewTable rows={rows} today={data.today} sort={sort} onSort={onSort} />
            </>
          )}
          <RegionChart summary={summary} />
        </>
      )}
      {data?.region && <RegionalPanel region={data.region} />}
    </>
  );
}
