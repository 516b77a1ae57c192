import { Button, Group, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Region } from '../../../../shared/domain/common';
import type { organisationTypes } from '../../../../shared/domain/organisation';
import { mapDocumentId, type HeatMap as HeatMapModel, type HeatMapFilter } from '../../../../shared/domain/heat-map';
import { api } from '../../lib/api';
import { HeatMap } from './HeatMap';

type OrganisationType = (typeof organisationTypes)[number];

/** The map with its exports: CSV saved where the person chooses, or the signed PDF on the Documents screen. */
export function HeatMapSection({ map, filter }: { map: HeatMapModel; filter: HeatMapFilter }) {
  const { t, i18n } = useTranslation('overview');
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const exportCsv = async () => {
    setStatus(null);
    const language = i18n.language.startsWith('cy') ? 'cy' : 'en';
    // The filter's values come from the selects, which offer only known regions and sectors.
    const result = await api.overview.exportCsv({
      region: filter.region as Region | '',
      sector: filter.sector as OrganisationType | '',
      language,
    });
    if (!result.ok) return setStatus({ text: result.error.message, error: true });
    const { cancelled, path, csv, fileName, rows } = result.data;
    if (cancelled) return setStatus({ text: t('heatMap.csvCancelled'), error: false });
    if (csv !== null) {
      // A host without a save dialog hands the text back: the browser saves it as a download.
      const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
      const a = Object.assign(document.createElement('a'), { href: url, download: fileName });
      a.click();
      URL.revokeObjectURL(url);
      return setStatus({ text: t('heatMap.csvDownloaded', { file: fileName }), error: false });
    }
    setStatus({ text: t('heatMap.csvSaved', { rows, file: path ?? fileName }), error: false });
  };
  return (
    <section aria-labelledby="heat-map-heading">
      <Group justify="space-between" align="flex-end" mb="xs">
        <Title order={3} id="heat-map-heading">
          {t('heatMap.title')}
        </Title>
        <Group gap="xs">
          <Button variant="default" onClick={() => void exportCsv()} disabled={map.rows.length === 0}>
            {t('heatMap.exportCsv')}
          </Button>
          <Button variant="default" component={Link} href={`/documents/for/${mapDocumentId(filter)}`}>
            {t('heatMap.exportPdf')}
          </Button>
        </Group>
      </Group>
      <Text size="sm" c="dark.4" mb="sm" maw={820}>
        {t('heatMap.intro')}
      </Text>
      <HeatMap map={map} />
      <Text role="status" size="sm" mt="xs" c={status?.error ? 'red.9' : undefined}>
        {status?.text ?? ''}
      </Text>
    </section>
  );
}
