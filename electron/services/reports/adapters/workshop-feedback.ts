import { publishableWorkshop } from '../../../../shared/domain/confidential';
import type { Workshop } from '../../../../shared/domain/workshop';
import type { WorkshopFeedbackModel } from '../../../../shared/domain/report-models';
import { localiseWorkshop } from '../../../../shared/i18n/domain/localise';
import { docText } from '../../../../shared/i18n/documents';
import type { LoggedIssue } from '../../../../shared/domain/escalation';
import { feedbackStatements, recordedIssue } from '../statements/workshop';
import { Statements } from '../statements/statement';
import { languageOf, metaFor, missing, placeholderSignature, type AdapterContext } from './common';
import { issuerRole } from './signer-role';
import { reportAction, workshopHeader } from './workshop-common';

/**
 * Workshop → feedback report: every theme of the template, with the notes as key points and
 * the ratings per table group ("not discussed" when there were none), then top tips, the actions
 * table and issues raised; attendance from the attendees. Everything confidential is removed
 * first (confidential.ts): the report only says how many items it held back.
 * `previousMedians` (theme id → median at the previous workshop) is optional context.
 */
export function workshopFeedbackFromWorkshop(
  record: Workshop,
  partnership: string,
  ctx: AdapterContext,
  previousMedians: ReadonlyMap<string, number> = new Map(),
  loggedIssues: readonly LoggedIssue[] = [],
): WorkshopFeedbackModel {
  const statements = new Statements(feedbackStatements(record, loggedIssues));
  const language = languageOf(ctx);
  const t = (key: string, values: Record<string, string | number> = {}) => docText(language, key, values);
  // Theme titles and the closing question still as the template wrote them follow the document's language.
  const { workshop, withheld } = publishableWorkshop(localiseWorkshop(record, language));
  if (record.notes.length === 0 && record.ratings.length === 0) {
    throw missing('document_noCapture');
  }
  const groupName = (id: string | null) => workshop.groups.find((g) => g.id === id)?.name ?? t('workshopFeedback.wholeRoom');
  const organisations = [...new Set(workshop.attendees.map((a) => a.organisation.trim()).filter((o) => o.length > 0))];
  const themes = workshop.themes.map((theme) => {
    const keyPoints = workshop.notes.filter((n) => n.themeId === theme.id).map((n) => n.text);
    const ratings = workshop.groups.flatMap((g) => {
      const rating = workshop.ratings.find((r) => r.themeId === theme.id && r.groupId === g.id);
      return rating ? [{ group: g.name, rating: rating.value }] : [];
    });
    return {
      title: theme.title,
      // Discussed is a fact about the record: a theme whose only notes are confidential was still discussed.
      discussed: ratings.length > 0 || record.notes.some((n) => n.themeId === theme.id),
      summary: '',
      keyPoints,
      // Live capture records notes, not separate per-theme suggestions; the top tips are the suggestions.
      suggestions: [],
      ratings,
      previousMedian: previousMedians.get(theme.id) ?? null,
    };
  });
  const discussed = themes.filter((t) => t.discussed).length;
  const general = workshop.notes.filter((n) => n.themeId === null).map((n) => `${groupName(n.groupId)}: ${n.text}`);
  const people = t('common.people', { count: workshop.attendees.length });
  const groups = workshop.groups.length > 0 ? t('workshopFeedback.intro.inGroups', { count: workshop.groups.length }) : '';
  return {
    meta: metaFor('workshop-feedback', workshop.id, ctx),
    workshop: workshopHeader(workshop, partnership),
    question: workshop.closingQuestion ?? '',
    asOf: ctx.now.slice(0, 10),
    introduction: [
      t('workshopFeedback.intro.tookPart', { people, groups }),
      t('workshopFeedback.intro.themes', { template: workshop.templateName, themes: t('common.themes', { count: themes.length }) }),
      t('workshopFeedback.intro.discussed', { count: discussed }),
      ...general,
    ].join(' '),
    attendance: { total: workshop.attendees.length, organisations },
    themes,
    topTips: workshop.topTips.map((tip) => (tip.groupId ? `${tip.text} (${groupName(tip.groupId)})` : tip.text)),
    parkingLot: statements.value<string[]>('parkingLot') ?? [],
    actions: workshop.actions.map((a) => reportAction(a, '')),
    // Each issue as recorded: the issue log's level, status and options once it is there.
    issues: workshop.issues.map((i) => recordedIssue(record, i, loggedIssues).issue),
    withheld,
    facilitatorSignature: placeholderSignature(ctx, issuerRole([record.facilitator], ctx.author, 'facilitator', language)),
  };
}
