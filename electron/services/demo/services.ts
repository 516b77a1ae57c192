import type { Channel, Handlers } from '../../../shared/ipc/contract';

export type CaseHandlerMap = Pick<Handlers, Extract<Channel, `cases:${string}`>>;

/** The demo is built through the workspace's own handlers, so it exercises what a person would. */
export interface DemoServices {
  cases: CaseHandlerMap;
  organisations: Pick<Handlers, 'organisations:create'>;
  workshops: Pick<Handlers, Extract<Channel, `workshops:${string}`>>;
}
