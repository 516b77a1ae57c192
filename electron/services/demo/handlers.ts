import type { Handlers } from '../../../shared/ipc/contract';
import type { ServiceContext } from '../context';
import { loadDemo } from './load-demo';
import type { DemoServices } from './services';

export function demoHandlers(ctx: ServiceContext, services: DemoServices): Pick<Handlers, 'demo:load'> {
  return { 'demo:load': () => loadDemo(ctx, services) };
}
