import type { z } from 'zod';
import type { Result } from '../result';
import { exportsContract } from './contracts/exports';
import { casesContract } from './contracts/cases';
import { caseVisitContract } from './contracts/case-visit';
import { organisationsContract } from './contracts/organisations';
import { signingContract } from './contracts/signing';
import { workspaceContract } from './contracts/workspace';
import { workspaceOpenContract } from './contracts/workspace-open';
import { workshopsContract } from './contracts/workshops';
import { actionsContract } from './contracts/actions';
import { issuesContract } from './contracts/issues';
import { overviewContract } from './contracts/overview';
import { libraryContract } from './contracts/library';
import { searchContract } from './contracts/search';
import { trustContract } from './contracts/trust';
import { syncContract } from './contracts/sync';
import { recoveryContract } from './contracts/recovery';
import type { OnEvent } from './events';
import type { OnFlushRequest } from './shell';

/** Every IPC channel, `domain:verb` → zod input and output. The single source of truth. */
export const contract = {
  ...workspaceContract,
  ...workspaceOpenContract,
  ...organisationsContract,
  ...signingContract,
  ...exportsContract,
  ...workshopsContract,
  ...actionsContract,
  ...issuesContract,
  ...overviewContract,
  ...libraryContract,
  ...searchContract,
  ...casesContract,
  ...trustContract,
  ...caseVisitContract,
  ...syncContract,
  ...recoveryContract,
};

export type Contract = typeof contract;
export type Channel = keyof Contract;
export const channels = Object.keys(contract) as Channel[];

export type InputOf<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInputOf<C extends Channel> = z.output<Contract[C]['input']>;
export type OutputOf<C extends Channel> = z.output<Contract[C]['output']>;

/** What the services implement: a missing or mistyped handler is a compile error. */
export type Handlers = {
  [C in Channel]: (input: ParsedInputOf<C>) => Promise<OutputOf<C>>;
};

type DomainOf<C> = C extends `${infer D}:${string}` ? D : never;
type VerbOf<C, D extends string> = C extends `${D}:${infer V}` ? V : never;
type CallOf<C extends Channel> = [InputOf<C>] extends [undefined | void]
  ? () => Promise<Result<OutputOf<C>>>
  : (input: InputOf<C>) => Promise<Result<OutputOf<C>>>;

/** The shape of `window.api`: `api.organisations.list()` for channel `organisations:list`. */
export type Api = {
  [D in DomainOf<Channel>]: {
    [V in VerbOf<Channel, D>]: CallOf<`${D}:${V}` & Channel>;
  };
} & { on: OnEvent; onFlushRequest: OnFlushRequest };

/** Splits `domain:verb` into the two keys `window.api` is built from. */
export function splitChannel(channel: string): [string, string] {
  const [domain, verb] = channel.split(':');
  return [domain, verb];
}
