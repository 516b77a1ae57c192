import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { isOverdue } from '../../../../shared/domain/actions-rules';
import { withheldSentence } from '../../../../shared/domain/confidential';
import type { ActionIssueLogModel } from '../../../../shared/domain/report-models';
import { countOf as count, formatDate } from '../format';
import { colours, field, frame, rule, signatureBlock } from '../layout';
import { actionsTable, issuesTable } from './tables';

/** Actions (RAG, overdue) and issues (by level) of one organisation or partnership. */
export function actionIssueLogDefinition(model: ActionIssueLogModel): TDocumentDefinitions {
  const title = `Action and issue log — ${model.organisation}`;
  const base = frame({ meta: model.meta, title, subject: `${model.title}, as at ${formatDate(model.asOf)}`, keywords: 'actions, issues, RAG', orientation: 'portrait' });
  const open = model.actions.filter((a) => a.status !== 'done');
  const overdue = open.filter((a) => isOverdue(a, model.asOf));
  const openIssues = model.issues.filter((i) => i.status === 'open' || i.status === 'escalated');
  const withheld = withheldSentence(model.withheld);
  const content: Content[] = [
    { text: 'ACTION AND ISSUE LOG', style: 'label', color: colours.teal, margin: [0, 0, 0, 6] },
    { text: model.title, style: 'title' },
    { text: model.organisation, style: 'subtitle' },
    {
      columns: [
        field('As at', formatDate(model.asOf)),
        field('Open actions', count(open.length, 'action', 'actions')),
        field('Overdue', count(overdue.length, 'action', 'actions')),
        field('Open issues', count(openIssues.length, 'issue', 'issues')),
      ],
    },
    rule(),
    ...actionsTable(model.actions, model.asOf, [], [{ text: 'Actions', style: 'h2' }]),
    ...issuesTable(model.issues, [{ text: 'Exported by', style: 'h3', margin: [0, 18, 0, 6] }, signatureBlock(model.signature)], [
      { text: 'Issue resolution log', style: 'h2' },
      {
        text: 'Issues are resolved at the lowest level possible and escalate (local → regional → national) only once the options at the current level are recorded as exhausted. Individual contractual disputes are not taken here: they go to union casework.',
        style: 'small',
        margin: [0, 0, 0, 6],
      },
      ...(withheld ? [{ text: withheld, style: 'small', italics: true, margin: [0, 0, 0, 6] } satisfies Content] : []),
    ]),
  ];
  return { ...base, content };
}
