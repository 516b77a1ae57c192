import { heatMapCsv, heatMapLabels } from '../../../shared/domain/heat-map-csv';
import { heatMapOf } from '../../../shared/domain/heat-map';
import type { Handlers } from '../../../shared/ipc/contract';
import { docText } from '../../../shared/i18n/documents';
import { AppError } from '../../../shared/result';
import type { ServiceContext } from '../context';
import { mapScope } from '../reports/adapters/regional-map';
import { writeFileDurably } from '../store/durable-file';
import type { OverviewRowsSource } from './rows';

type ExportCsv = Handlers['overview:exportCsv'];

/**
 * The map the overview shows, as CSV (organisations by name), saved where the person chooses.
 * Without a save dialog (a host that cannot show one) the text goes back to the caller.
 */
export async function exportHeatMapCsv(
  ctx: ServiceContext,
  rows: OverviewRowsSource,
  input: Parameters<ExportCsv>[0],
): ReturnType<ExportCsv> {
  const { region, sector, language } = input;
  const { rows: all, today } = await rows();
  const map = heatMapOf(
    [...all].sort((a, b) => a.name.localeCompare(b.name, 'en-GB')),
    { region, sector },
  );
  const csv = heatMapCsv(map, heatMapLabels(language));
  const safe = (s: string) =>
    s
      .replace(/[\\/:*?"<>|]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  const fileName = `${safe(docText(language, 'regionalMap.title', { scope: mapScope({ region, sector }, { language }) }))} ${today}.csv`;
  if (!ctx.shell.saveFile) return { cancelled: false, fileName, path: null, csv, rows: map.rows.length };
  const target = await ctx.shell.saveFile({
    title: docText(language, 'regionalMap.heading'),
    defaultName: fileName,
    filters: [{ name: 'CSV', extensions: ['csv'] }],
  });
  if (!target) return { cancelled: true, fileName, path: null, csv: null, rows: map.rows.length };
  try {
    await writeFileDurably(target, Buffer.from(csv, 'utf8'));
  } catch {
    throw new AppError('io_error', 'csvNotSaved');
  }
  return { cancelled: false, fileName, path: target, csv: null, rows: map.rows.length };
}
