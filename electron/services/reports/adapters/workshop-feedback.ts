import type { Workshop } from '../../../../shared/domain/workshop';
import type { WorkshopFeedbackModel } from '../../../../shared/domain/report-models';
import { metaFor, missing, placeholderSignature, type AdapterContext } from './common';
import { reportAction, reportIssue, workshopHeader } from './workshop-common';

/**
 * Workshop → feedback report: per theme the notes as key points and the ratings per table
 * group, then top tips, the actions table and issues raised; attendance from the attendees.
 * `previousMedians` (theme id → median at the previous workshop) is optional context.
 */
export function workshopFeedbackFromWorkshop(
  workshop: Workshop,
  partnership: string,
  ctx: AdapterContext,
  previousMedians: ReadonlyMap<string, number> = new Map(),
): WorkshopFeedbackModel {
  if (workshop.notes.length === 0 && workshop.ratings.length === 0) {
    throw missing('Capture notes or ratings in the workshop (live mode or review) before exporting its feedback report.');
  }
  const groupName = (id: string | null) => workshop.groups.find((g) => g.id === id)?.name ?? 'Whole room';
  const organisations = [...new Set(workshop.attendees.map((a) => a.organisation.trim()).filter((o) => o.length > 0))];
  const themes = workshop.themes.map((theme) => ({
    title: theme.title,
    summary: '',
    keyPoints: workshop.notes.filter((n) => n.themeId === theme.id).map((n) => n.text),
    suggestions: [],
    ratings: workshop.groups.flatMap((g) => {
      const rating = workshop.ratings.find((r) => r.themeId === theme.id && r.groupId === g.id);
      return rating ? [{ group: g.name, rating: rating.value }] : [];
    }),
    previousMedian: previousMedians.get(theme.id) ?? null,
  }));
  const general = workshop.notes.filter((n) => n.themeId === null).map((n) => `${groupName(n.groupId)}: ${n.text}`);
  return {
    meta: metaFor('workshop-feedback', workshop.id, ctx),
    workshop: workshopHeader(workshop, partnership),
    question: workshop.closingQuestion ?? '',
    introduction: [
      `${workshop.attendees.length} people${workshop.groups.length > 0 ? ` in ${workshop.groups.length} table groups` : ''} worked through ${workshop.themes.length} themes from “${workshop.templateName}”.`,
      ...general,
    ].join(' '),
    attendance: { total: workshop.attendees.length, organisations },
    // Themes nobody spoke to or rated are left out, so the report holds only what was said.
    themes: themes.filter((t) => t.keyPoints.length > 0 || t.ratings.length > 0),
    topTips: workshop.topTips.map((tip) => (tip.groupId ? `${tip.text} (${groupName(tip.groupId)})` : tip.text)),
    actions: workshop.actions.map((a) => reportAction(a, '')),
    issues: workshop.issues.map(reportIssue),
    facilitatorSignature: placeholderSignature(ctx, 'Facilitator'),
  };
}
