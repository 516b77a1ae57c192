import type { Action } from '../../../../shared/domain/action';
import type { Workshop } from '../../../../shared/domain/workshop';
import type { ReportAction } from '../../../../shared/domain/report-models';

/** The header every workshop document prints. */
export function workshopHeader(workshop: Workshop, partnership: string) {
  return {
    title: workshop.title,
    partnership,
    date: workshop.date,
    venue: workshop.venue,
    startTime: workshop.startTime,
    facilitator: workshop.facilitator,
  };
}

/** An action as the documents print it: where it came from and its latest progress note. */
export function reportAction(action: Action, context: string): ReportAction {
  return {
    what: action.what,
    owner: action.owner,
    side: action.side,
    dueDate: action.dueDate,
    status: action.status,
    context: [context, action.theme].filter((part) => part && part.length > 0).join(' — '),
    latestProgress: action.progress.at(-1)?.note ?? '',
  };
}
