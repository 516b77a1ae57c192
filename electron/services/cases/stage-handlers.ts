import type { Action } from '../../../shared/domain/action';
import type { Handlers } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/result';
import type { ServiceContext } from '../context';
import type { CaseStore } from './case-store';
import { applyPatch, describePatch, findIn, words } from './describe';

type StageHandlers = Pick<
  Handlers,
  | 'cases:updateAssessor'
  | 'cases:updateNotify'
  | 'cases:updateSignUp'
  | 'cases:addSignatory'
  | 'cases:updateSignatory'
  | 'cases:removeSignatory'
  | 'cases:updateActionPlan'
  | 'cases:updateRequirement'
  | 'cases:addAction'
  | 'cases:updateAction'
  | 'cases:removeAction'
  | 'cases:listActions'
>;

/** Notify, sign-up and action-plan stages, and the plan's actions (also edited by the tracker). */
export function stageHandlers(ctx: ServiceContext, store: CaseStore): StageHandlers {
  const now = () => ctx.clock().toISOString();
  const actor = () => ctx.index.data.profile.name || 'Unnamed user';

  return {
    'cases:updateAssessor': async ({ caseId, assessor }) =>
      (
        await store.mutate(caseId, (c) => {
          c.assessor = assessor;
          return {
            note: {
              kind: 'case.assessor',
              summary: `Lead assessor set to ${assessor || 'nobody'}`,
              details: { assessor },
              coalesceKey: 'assessor',
            },
          };
        })
      ).record,

    'cases:updateNotify': async ({ caseId, patch }) =>
      (
        await store.mutate(caseId, (c) => {
          applyPatch(c.notify, patch);
          return { note: describePatch('case.notify', 'Notify', patch, 'notify', { subject: 'notify' }) };
        })
      ).record,

    'cases:updateSignUp': async ({ caseId, patch }) =>
      (
        await store.mutate(caseId, (c) => {
          applyPatch(c.signUp, patch);
          return { note: describePatch('case.signUp', 'Sign up', patch, 'signUp', { subject: 'signUp' }) };
        })
      ).record,

    'cases:addSignatory': async ({ caseId, draft }) => {
      const id = ctx.newId();
      const { record } = await store.mutate(caseId, (c) => {
        c.signUp.signatories.push({ id, name: '', role: 'chief_executive', date: null, signature: null, ...definedOnly(draft) });
        const role = words[draft.role ?? 'chief_executive'];
        return {
          note: {
            kind: 'case.signatory.added',
            summary: `Signatory added: ${draft.name || 'unnamed'} (${role})`,
            details: { id, name: draft.name ?? '', role: draft.role ?? 'chief_executive' },
          },
        };
      });
      return { record, id };
    },

    'cases:updateSignatory': async ({ caseId, signatoryId, patch }) =>
      (
        await store.mutate(caseId, (c) => {
          const s = findIn(c.signUp.signatories, signatoryId, 'signatory');
          applyPatch(s, patch);
          return {
            note: describePatch('case.signatory', `Signatory ${s.name || 'unnamed'}`, patch, `signatory:${signatoryId}`, {
              subject: 'signatory',
              ref: s.name,
            }),
          };
        })
      ).record,

    'cases:removeSignatory': async ({ caseId, signatoryId }) =>
      (
        await store.mutate(caseId, (c) => {
          const s = findIn(c.signUp.signatories, signatoryId, 'signatory');
          c.signUp.signatories = c.signUp.signatories.filter((x) => x.id !== signatoryId);
          return {
            note: {
              kind: 'case.signatory.removed',
              summary: `Signatory removed: ${s.name || 'unnamed'}`,
              details: { id: signatoryId, name: s.name },
            },
          };
        })
      ).record,

    'cases:updateActionPlan': async ({ caseId, patch }) =>
      (
        await store.mutate(caseId, (c) => {
          applyPatch(c.actionPlan, patch);
          return { note: describePatch('case.actionPlan', 'Action plan', patch, 'actionPlan', { subject: 'actionPlan' }) };
        })
      ).record,

    'cases:updateRequirement': async ({ caseId, requirementId, patch }) =>
      (
        await store.mutate(caseId, (c) => {
          const check = c.actionPlan.requirements[requirementId];
          if (!check) throw new AppError('not_found', 'noSuchRequirement', { id: requirementId });
          applyPatch(check, patch);
          const onlyStatus = patch.status && Object.keys(patch).length === 1;
          const note = onlyStatus
            ? {
                kind: 'case.requirement',
                summary: `Requirement ${requirementId} marked ${words[patch.status ?? '']}`,
                details: { requirementId, status: patch.status },
              }
            : describePatch('case.requirement', `Requirement ${requirementId}`, patch, `requirement:${requirementId}`, {
                subject: 'requirement',
                ref: requirementId,
              });
          return { note };
        })
      ).record,

    'cases:addAction': async ({ caseId, draft }) => {
      const id = ctx.newId();
      const { record } = await store.mutate(caseId, (c) => {
        const at = now();
        const action: Action = { id, ...draft, theme: draft.theme, progress: [], createdAt: at, updatedAt: at };
        if (action.theme === undefined) delete action.theme;
        c.actionPlan.actions.push(action);
        return { note: { kind: 'case.action.added', summary: `Action added: ${draft.what}`, details: { id, what: draft.what } } };
      });
      return { record, id };
    },

    'cases:updateAction': async ({ caseId, actionId, patch }) => {
      const { result } = await store.mutate<Action>(caseId, (c) => {
        const action = findIn(c.actionPlan.actions, actionId, 'action');
        const { progressNote, ...fields } = patch;
        applyPatch(action, fields);
        const at = now();
        action.updatedAt = at;
        if (progressNote !== undefined || fields.status !== undefined) {
          action.progress.push({ at, by: actor(), note: progressNote ?? '', ...(fields.status ? { status: fields.status } : {}) });
        }
        const summary =
          fields.status && Object.keys(patch).length <= 2
            ? `Action “${action.what}” set to ${words[fields.status]}`
            : (describePatch('case.action', `Action “${action.what}”`, patch, `action:${actionId}`, { subject: 'action', ref: action.what })
                ?.summary ?? '');
        const about = { subject: 'action', ref: action.what };
        const changes = Object.entries(fields).map(([field, value]) => ({ field, value }));
        return { result: action, note: { kind: 'case.action', summary, details: { actionId, ...fields, about, changes } } };
      });
      if (!result) throw new AppError('internal', 'actionNotReturned');
      return result;
    },

    'cases:removeAction': async ({ caseId, actionId }) =>
      (
        await store.mutate(caseId, (c) => {
          const action = findIn(c.actionPlan.actions, actionId, 'action');
          c.actionPlan.actions = c.actionPlan.actions.filter((a) => a.id !== actionId);
          return {
            note: { kind: 'case.action.removed', summary: `Action removed: ${action.what}`, details: { actionId, what: action.what } },
          };
        })
      ).record,

    'cases:listActions': async () =>
      (await store.all()).map((c) => ({
        caseId: c.id,
        label: `${orgName(ctx, c.organisationId) ?? c.organisationName} — GO Award`,
        organisationId: c.organisationId,
        actions: c.actionPlan.actions,
      })),
  };
}

export function orgName(ctx: ServiceContext, id: string): string | undefined {
  return ctx.index.data.organisations.find((o) => o.id === id)?.name;
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
