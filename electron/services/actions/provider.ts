import type { Action, ActionSource } from '../../../shared/domain/action';
import type { ActionPatch, SourcedAction } from '../../../shared/domain/actions-rules';

export type { ActionPatch, SourcedAction };

/**
 * A place actions live (case action plans, workshops, the tracker's own standalone actions).
 * The tracker lists every provider's actions and writes each edit back through the provider
 * that owns it, so an action stays one record at its source.
 */
export interface ActionProvider {
  kind: ActionSource['kind'];
  /** Every action this provider holds, each with its source. */
  list(): Promise<SourcedAction[]>;
  /**
   * Writes `patch` to one action at its source (`sourceId` is the case's or workshop's id; the
   * organisation's id for standalone actions) and returns the action as stored.
   * Throws AppError('not_found') when the source or the action is gone.
   */
  update(sourceId: string, actionId: string, patch: ActionPatch): Promise<Action>;
}
