import { heatMapLabels } from '../../../../shared/domain/heat-map-csv';
import { mapDocumentId, type HeatMap, type HeatMapFilter } from '../../../../shared/domain/heat-map';
import type { RegionalMapModel } from '../../../../shared/domain/report-models';
import type { Statement } from '../../../../shared/domain/statements';
import { docText } from '../../../../shared/i18n/documents';
import { regionName } from '../../../../shared/i18n/regions';
import { indexSource, recorded, undecided } from '../statements/statement';
import { languageOf, metaFor, placeholderSignature, type AdapterContext } from './common';

/** "Wales, local authority" / "All regions, all sectors", in the model's language. */
export function mapScope(filter: HeatMapFilter, ctx: Pick<AdapterContext, 'language'>): string {
  const language = languageOf(ctx);
  const region = filter.region ? regionName(filter.region, language) : docText(language, 'regionalMap.allRegions');
  const sector = filter.sector
    ? docText(language, `regionalMap.sectors.${filter.sector}`).toLowerCase()
    : docText(language, 'regionalMap.allSectors');
  return docText(language, 'regionalMap.scopeLine', { region, sector });
}

/** The map as printed: every value in the model's language, ratings as numbers. */
export function regionalMapFor(map: HeatMap, filter: HeatMapFilter, asOf: string, ctx: AdapterContext): RegionalMapModel {
  const labels = heatMapLabels(languageOf(ctx));
  return {
    meta: metaFor('regional-map', mapDocumentId(filter).replace(/\./g, ''), ctx),
    scope: mapScope(filter, ctx),
    asOf,
    themes: map.themes.map(labels.theme),
    rows: map.rows.map((row) => ({
      name: row.name,
      region: labels.region(row.region),
      sector: labels.sector(row.sector),
      stage: labels.stage(row.stage),
      overdueActions: row.overdueActions,
      openIssues: row.openIssues,
      ratings: row.cells.map((cell) => cell?.rating ?? null),
    })),
    signature: placeholderSignature(ctx),
  };
}

/** What the map states: per organisation its counts and stage, and per theme its rating or that none is recorded. */
export function regionalMapStatements(map: HeatMap, asOf: string): Statement[] {
  return [
    recorded('asOf', asOf, []),
    recorded('themes', map.themes, ['workshops/*.json#themes']),
    ...map.rows.flatMap((row, n) => {
      const org = indexSource(`organisations[id=${row.organisationId}]`);
      return [
        recorded(`organisation.${n}.name`, row.name, [`${org}.name`]),
        row.stage === null
          ? undecided(`organisation.${n}.stage`, ['cases/*.json#stage'])
          : recorded(`organisation.${n}.stage`, row.stage, ['cases/*.json#stage']),
        recorded(`organisation.${n}.overdueActions`, row.overdueActions, [
          indexSource('standaloneActions'),
          'cases/*.json#actionPlan.actions',
          'workshops/*.json#actions',
        ]),
        recorded(`organisation.${n}.openIssues`, row.openIssues, [indexSource('issues')]),
        ...row.cells.map((cell, t) =>
          cell
            ? recorded(`organisation.${n}.maturity.${t}`, { rating: cell.rating, ratedOn: cell.ratedOn }, ['workshops/*.json#ratings'])
            : undecided(`organisation.${n}.maturity.${t}`, ['workshops/*.json#ratings']),
        ),
      ];
    }),
  ];
}
