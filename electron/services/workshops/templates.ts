import type { Handlers } from '../../../shared/ipc/contract';
import { templateProblems, workshopTemplateSchema, type WorkshopTemplate } from '../../../shared/domain/workshop-template';
import { AppError } from '../../../shared/result';
import { builtInTemplates } from '../../../shared/templates';
import type { ServiceContext } from '../context';

type TemplateHandlers = Pick<
  Handlers,
  'workshops:templates' | 'workshops:duplicateTemplate' | 'workshops:updateTemplate' | 'workshops:deleteTemplate'
>;

/** A built-in or workspace template by id; `not_found` when neither has it. */
export function findTemplate(ctx: ServiceContext, id: string): WorkshopTemplate {
  const found = builtInTemplates.find((t) => t.id === id) ?? ctx.index.data.workshopTemplates.find((t) => t.id === id);
  if (!found) throw new AppError('not_found', 'templateGone');
  return found;
}

/** Built-in templates are read-only data; facilitators duplicate one and edit the copy. */
export function templateHandlers(ctx: ServiceContext): TemplateHandlers {
  const userTemplate = (id: string) => {
    const found = ctx.index.data.workshopTemplates.find((t) => t.id === id);
    if (!found) throw new AppError('not_found', 'onlyOwnTemplates');
    return found;
  };
  return {
    'workshops:templates': async () => [...builtInTemplates, ...ctx.index.data.workshopTemplates],
    'workshops:duplicateTemplate': async ({ id }) => {
      const source = findTemplate(ctx, id);
      const copy: WorkshopTemplate = {
        ...structuredClone(source),
        id: ctx.newId(),
        version: 1,
        builtIn: false,
        name: `${source.name} (copy)`,
        basedOn: source.builtIn ? { id: source.id, version: source.version } : source.basedOn,
      };
      return ctx.index.update((data) => {
        data.workshopTemplates.push(copy);
        return copy;
      });
    },
    'workshops:updateTemplate': async ({ id, draft }) => {
      const current = userTemplate(id);
      const updated = workshopTemplateSchema.parse({ ...current, ...draft, version: current.version + 1 });
      const problems = templateProblems(updated);
      if (problems.length > 0) throw new AppError('invalid_input', 'templateProblems', { problems: problems.join(' ') });
      return ctx.index.update((data) => {
        data.workshopTemplates = data.workshopTemplates.map((t) => (t.id === id ? updated : t));
        return updated;
      });
    },
    'workshops:deleteTemplate': async ({ id }) => {
      userTemplate(id);
      return ctx.index.update((data) => {
        data.workshopTemplates = data.workshopTemplates.filter((t) => t.id !== id);
        return { id };
      });
    },
  };
}
