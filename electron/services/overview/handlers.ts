import { aggregateOverview } from '../../../shared/domain/overview';
import type { Handlers } from '../../../shared/ipc/contract';
import type { RegionalOverviewData } from '../../../shared/ipc/contracts/sync';
import { AppError } from '../../../shared/result';
import type { ActionProvider } from '../actions/provider';
import type { ServiceContext } from '../context';
import { exportHeatMapCsv } from './heat-map-csv-export';
import type { OverviewProvider } from './provider';
import { gatherOverview, overviewRowsSource } from './rows';

type OverviewHandlers = Pick<Handlers, 'overview:rows' | 'overview:organisation' | 'overview:exportCsv'>;

/** The regional overview and organisation page, from every action and overview provider. */
export function overviewHandlers(
  ctx: ServiceContext,
  actionProviders: readonly ActionProvider[],
  overviewProviders: readonly OverviewProvider[],
  /** What the region shares, when this workspace joined one (region sync). */
  region: () => Promise<RegionalOverviewData | null> = async () => null,
): OverviewHandlers {
  const gather = gatherOverview(ctx, actionProviders, overviewProviders);
  const rows = overviewRowsSource(ctx, actionProviders, overviewProviders);

  return {
    'overview:rows': async () => {
      const inputs = await gather();
      const rows = aggregateOverview({ ...inputs, organisations: ctx.index.data.organisations, issues: ctx.index.data.issues });
      return { rows, today: inputs.today, providers: overviewProviders.map((p) => p.kind), region: await region() };
    },

    'overview:exportCsv': async (input) => exportHeatMapCsv(ctx, rows, input),

    'overview:organisation': async ({ id }) => {
      const organisation = ctx.index.data.organisations.find((o) => o.id === id);
      if (!organisation) throw new AppError('not_found', 'organisationGone');
      const inputs = await gather();
      const issues = ctx.index.data.issues.filter((i) => i.organisationId === id);
      const [row] = aggregateOverview({ ...inputs, organisations: [organisation], issues });
      const records = (await Promise.all(overviewProviders.map((p) => p.records?.(id) ?? []))).flat();
      return {
        organisation,
        row,
        records,
        actions: inputs.actions.filter((a) => a.source.organisationId === id),
        issues,
        notes: ctx.index.data.organisationNotes.filter((n) => n.organisationId === id),
        caseStudies: ctx.index.data.caseStudies.filter((s) => s.organisationId === id),
      };
    },
  };
}
