import { localIsoDate } from '../../../shared/domain/actions-rules';
import { aggregateOverview, type OverviewRow } from '../../../shared/domain/overview';
import type { ActionProvider } from '../actions/provider';
import type { ServiceContext } from '../context';
import type { OverviewProvider } from './provider';

/** Every organisation's overview row, derived now from the providers, and the day they were derived for. */
export type OverviewRowsSource = () => Promise<{ rows: OverviewRow[]; today: string }>;

/** What the providers report, gathered once per call (nothing is cached: counts follow the records). */
export function gatherOverview(
  ctx: ServiceContext,
  actionProviders: readonly ActionProvider[],
  overviewProviders: readonly OverviewProvider[],
) {
  return async () => {
    const [actions, stages, maturity] = await Promise.all([
      Promise.all(actionProviders.map((p) => p.list())).then((l) => l.flat()),
      Promise.all(overviewProviders.map((p) => p.stages?.() ?? [])).then((l) => l.flat()),
      Promise.all(overviewProviders.map((p) => p.maturity?.() ?? [])).then((l) => l.flat()),
    ]);
    return { actions, stages, maturity, today: localIsoDate(ctx.clock()) };
  };
}

export function overviewRowsSource(
  ctx: ServiceContext,
  actionProviders: readonly ActionProvider[],
  overviewProviders: readonly OverviewProvider[],
): OverviewRowsSource {
  const gather = gatherOverview(ctx, actionProviders, overviewProviders);
  return async () => {
    const inputs = await gather();
    return {
      rows: aggregateOverview({ ...inputs, organisations: ctx.index.data.organisations, issues: ctx.index.data.issues }),
      today: inputs.today,
    };
  };
}
