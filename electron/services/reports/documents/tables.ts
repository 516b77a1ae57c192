import type { Content, ContentTable, TableCell } from 'pdfmake/interfaces';
import { isOverdue } from '../../../../shared/domain/actions-rules';
import type { ReportAction, ReportIssue } from '../../../../shared/domain/report-models';
import { keepHeadingWithTable } from '../heading-marks';
import { docLang, type DocLang } from '../lang';
import { colours, tableLayout, tableThen } from '../layout';

const ragColour = { red: colours.red, amber: colours.amber, green: colours.green, done: colours.done } as const;

const header = (labels: string[]): TableCell[] => labels.map((text) => ({ text, style: 'tableHeader' }));

/** A RAG status as a coloured pill, readable without colour too (the word is printed). */
export const ragCell = (status: ReportAction['status'], lang: DocLang = docLang('en')): TableCell => ({
  // Non-breaking spaces pad the coloured background like a pill; bilingual, a pill per language.
  text: lang
    .each(`labels.rag.${status}`)
    .map((label) => `\u00a0${label}\u00a0`)
    .join('\n'),
  color: '#ffffff',
  background: ragColour[status],
  bold: true,
  fontSize: 8,
});

const empty = (text: string, closing: Content[], heading: Content[]): Content[] => {
  const note: Content = { text, italics: true, color: colours.muted };
  return [{ stack: [...heading, note, ...closing], unbreakable: true }];
};

/**
 * A table under its heading, its last row kept with the closing. Nothing travels whole (a page
 * left half empty): the header row keeps its first row, the heading rule keeps the heading with them.
 */
function place(table: ContentTable, closing: Content[], heading: Content[]): Content[] {
  const kept = keepHeadingWithTable(heading, table);
  return [...kept.heading, ...(closing.length ? tableThen(kept.table, closing) : [kept.table])];
}

/**
 * Actions with owner, side, due date and RAG status; overdue by the one rule the tracker uses,
 * judged on `asOf`. `closing` (a signature) is kept on the page of the last row.
 */
export function actionsTable(
  actions: ReportAction[],
  asOf: string,
  closing: Content[] = [],
  heading: Content[] = [],
  lang: DocLang = docLang('en'),
): Content[] {
  if (!actions.length) return empty(lang.t('actionIssueLog.noActions', undefined, '\n'), closing, heading);
  const col = (key: string) => lang.t(`actionIssueLog.columns.${key}`, undefined, '\n');
  const overdue = (a: ReportAction) => isOverdue(a, asOf);
  const table: ContentTable = {
    table: {
      headerRows: 1,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths: ['*', 80, 64, 68, 44],
      body: [
        header(['action', 'owner', 'side', 'due', 'status'].map(col)),
        ...actions.map((a): TableCell[] => [
          {
            stack: [
              { text: a.what, style: 'cell' },
              ...(a.context ? [{ text: a.context, style: 'small' }] : []),
              ...(a.latestProgress
                ? [{ text: `${lang.t('actionIssueLog.latest')}: ${a.latestProgress}`, style: 'small', italics: true }]
                : []),
            ],
          },
          { text: a.owner, style: 'cell' },
          { text: lang.t(`labels.side.${a.side}`, undefined, '\n'), style: 'cell' },
          {
            text: overdue(a)
              ? `${lang.cellDate(a.dueDate)}\n${lang.t('actionIssueLog.overdue', undefined, '\n')}`
              : lang.cellDate(a.dueDate),
            style: 'cell',
            color: overdue(a) ? colours.red : colours.ink,
          },
          ragCell(a.status, lang),
        ]),
      ],
    },
    layout: tableLayout,
  };
  return place(table, closing, heading);
}

/** Issues at their level, with the options tried before any escalation. */
export function issuesTable(
  issues: ReportIssue[],
  closing: Content[] = [],
  heading: Content[] = [],
  lang: DocLang = docLang('en'),
): Content[] {
  if (!issues.length) return empty(lang.t('actionIssueLog.noIssues', undefined, '\n'), closing, heading);
  const col = (key: string) => lang.t(`actionIssueLog.columns.${key}`, undefined, '\n');
  const level = (l: ReportIssue['level']) => lang.t(`labels.level.${l}`);
  const table: ContentTable = {
    table: {
      headerRows: 1,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths: ['*', 60, 60, 70],
      body: [
        header(['issue', 'level', 'status', 'raised'].map(col)),
        ...issues.map((i): TableCell[] => [
          {
            stack: [
              { text: i.title, bold: true, style: 'cell' },
              ...(i.description ? [{ text: i.description, style: 'cell' }] : []),
              ...(i.optionsTried.length
                ? [
                    {
                      text: lang.t('actionIssueLog.optionsTried'),
                      style: 'label',
                      margin: [0, 3, 0, 1] as [number, number, number, number],
                    },
                    { ul: i.optionsTried.map((o) => `${level(o.level)}: ${o.description}`), fontSize: 8 },
                  ]
                : []),
            ],
          },
          { text: lang.t(`labels.level.${i.level}`, undefined, '\n'), style: 'cell' },
          { text: lang.t(`labels.issueStatus.${i.status}`, undefined, '\n'), style: 'cell' },
          { text: `${lang.cellDate(i.raisedOn)}${i.raisedBy ? `\n${i.raisedBy}` : ''}`, style: 'cell' },
        ]),
      ],
    },
    layout: tableLayout,
  };
  return place(table, closing, heading);
}
