import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { isOverdue } from '../../../../shared/domain/actions-rules';
import type { ActionIssueLogModel } from '../../../../shared/domain/report-models';
import { asVersions, docLang, type DocLang, type Version } from '../lang';
import { colours, field, frame, rule, signatureBlock } from '../layout';
import { withheldText } from './withheld';
import { actionsTable, issuesTable } from './tables';

/** Actions (RAG, overdue) and issues (by level) of one organisation or partnership. */
export function actionIssueLogDefinition(
  input: ActionIssueLogModel | Version<ActionIssueLogModel>[],
  lang: DocLang = docLang('en'),
): TDocumentDefinitions {
  const versions = asVersions(input);
  const model = versions[0].model;
  // Where each action came from ("GO Award action plan") is the adapter's text, in each language.
  const actions = model.actions.map((a, i) => ({
    ...a,
    context: lang.join(versions.map((v) => v.model.actions[i]?.context ?? a.context)),
  }));
  const base = frame({
    meta: model.meta,
    title: lang.t('actionIssueLog.title', { organisation: model.organisation }),
    subject: lang.t('actionIssueLog.subject', (l) => ({ date: docLang(l).date(model.asOf) })),
    keywords: 'actions, issues, RAG',
    orientation: 'portrait',
    lang,
  });
  const open = actions.filter((a) => a.status !== 'done');
  const overdue = open.filter((a) => isOverdue(a, model.asOf));
  const openIssues = model.issues.filter((i) => i.status === 'open' || i.status === 'escalated');
  const withheld = withheldText(model.withheld, lang);
  const content: Content[] = [
    { text: lang.t('actionIssueLog.kicker'), style: 'label', color: colours.teal, margin: [0, 0, 0, 6] },
    { text: lang.t('actionIssueLog.heading'), style: 'title' },
    { text: model.organisation, style: 'subtitle' },
    {
      columns: [
        field(lang.t('actionIssueLog.asAt'), lang.date(model.asOf)),
        field(lang.t('actionIssueLog.openActions'), lang.t('actionIssueLog.actionCount', { count: open.length })),
        field(lang.t('actionIssueLog.overdue'), lang.t('actionIssueLog.actionCount', { count: overdue.length })),
        field(lang.t('actionIssueLog.openIssues'), lang.t('actionIssueLog.issueCount', { count: openIssues.length })),
      ],
    },
    rule(),
    ...actionsTable(actions, model.asOf, [], [{ text: lang.t('actionIssueLog.actions'), style: 'h2' }], lang),
    ...issuesTable(
      model.issues,
      [
        { text: lang.t('common.exportedBy'), style: 'h3', margin: [0, 18, 0, 6] },
        signatureBlock({ ...model.signature, role: lang.join(versions.map((v) => v.model.signature.role)) }, 200, 54, lang),
      ],
      [
        { text: lang.t('actionIssueLog.issueLog'), style: 'h2' },
        ...lang.each('actionIssueLog.escalationRule').map((text) => ({ text, style: 'small', margin: [0, 0, 0, 6] }) satisfies Content),
        ...(withheld ? [{ text: withheld, style: 'small', italics: true, margin: [0, 0, 0, 6] } satisfies Content] : []),
      ],
      lang,
    ),
  ];
  return { ...base, content };
}
