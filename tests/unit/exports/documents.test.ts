import type { DynamicBackground, DynamicContent } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import { actionIssueLogDefinition } from '../../../electron/services/reports/documents/action-issue-log';
import { agendaDefinition, schedule } from '../../../electron/services/reports/documents/agenda';
import { assessmentReportDefinition } from '../../../electron/services/reports/documents/assessment-report';
import { awardCertificateDefinition } from '../../../electron/services/reports/documents/award-certificate';
import { commitmentCertificateDefinition } from '../../../electron/services/reports/documents/commitment-certificate';
import { median } from '../../../electron/services/reports/documents/rating-chart';
import { workshopFeedbackDefinition } from '../../../electron/services/reports/documents/workshop-feedback';
import { definitionFor } from '../../../electron/services/reports/documents';
import {
  sampleActionIssueLog,
  sampleAgenda,
  sampleAssessmentReport,
  sampleAwardCertificate,
  sampleCommitmentCertificate,
  sampleCriteria,
  sampleReport,
  sampleRequirements,
  sampleWorkshopFeedback,
} from '../../../electron/services/reports/samples';
import { reportKinds } from '../../../shared/domain/report-models';
import { imagesOf, textOf } from './text-of';

const footerText = (footer: unknown, page: number, total: number) =>
  textOf((footer as (c: number, t: number) => DynamicContent)(page, total) as never);

describe('every document', () => {
  it.each(reportKinds)('%s has A4, metadata, a document id and (reports only) "Page x of y" in its footer', (kind) => {
    const report = sampleReport(kind);
    const definition = definitionFor(report);
    expect(definition.pageSize).toBe('A4');
    expect(definition.pageOrientation).toBe(kind.endsWith('certificate') ? 'landscape' : 'portrait');
    expect(definition.info?.title).toBeTruthy();
    expect(definition.info?.author).toContain(report.model.meta.author);
    expect(definition.info?.subject).toBeTruthy();
    expect(definition.defaultStyle?.font).toBe('DejaVuSans');
    const footer = footerText(definition.footer, 2, 5);
    expect(footer).toContain(report.model.meta.documentId);
    // Certificates are one page: no page numbers.
    if (kind.endsWith('certificate')) expect(footer).not.toContain('Page');
    else expect(footer).toContain('Page 2 of 5');
    expect(footer).toMatch(/Created \d{1,2} \w+ 20\d\d/);
  });

  it('certificates are landscape with a border drawn behind every page', () => {
    for (const definition of [
      commitmentCertificateDefinition(sampleCommitmentCertificate()),
      awardCertificateDefinition(sampleAwardCertificate()),
    ]) {
      expect(definition.pageOrientation).toBe('landscape');
      expect(typeof definition.background).toBe('function');
      const draw = definition.background as DynamicBackground;
      const border = draw(1, { width: 842, height: 595, orientation: 'landscape' });
      expect(JSON.stringify(border).match(/"type":"rect"/g)).toHaveLength(2);
    }
  });
});

describe('assessment report', () => {
  const model = sampleAssessmentReport({ dataUrl: 'data:image/png;base64,AAAA', width: 10, height: 10 });
  const text = textOf(assessmentReportDefinition(model));

  it('has the authority, the summary, the recommendation and eligibility', () => {
    expect(text).toContain('Northvale Borough Council');
    expect(text).toContain(model.summary);
    expect(text).toContain('Recommended for the full GO Local Government Award');
    expect(text).toContain('not yet eligible — C6 is partly met');
  });

  it('shows the justification when the recommendation disagrees with eligibility, and not otherwise', () => {
    expect(text).toContain('Why the recommendation differs from eligibility');
    expect(text).toContain(model.recommendation.justification);
    const agreeing = textOf(assessmentReportDefinition({ ...model, eligibility: { eligible: true, missing: [] } }));
    expect(agreeing).not.toContain('Why the recommendation differs');
  });

  it('lists the six criteria with judgements, rationale and evidence, and the nine requirements', () => {
    for (const [, title] of sampleCriteria) expect(text).toContain(title);
    for (const criterion of model.criteria) expect(text).toContain(criterion.rationale);
    expect(text).toContain('Partly met');
    expect(text).toContain('Skills for Life action plan v3');
    for (const requirement of sampleRequirements) expect(text).toContain(requirement);
  });

  it('has development points, people met, the declaration, the signature and the evidence image', () => {
    for (const point of model.recommendation.developmentPoints) expect(text).toContain(point);
    expect(text).toContain('Union learning rep');
    expect(text).toContain('Carys Lloyd');
    expect(text).toContain(model.declaration);
    const images = imagesOf(assessmentReportDefinition(model));
    expect(images).toContain(model.assessorSignature.image);
    expect(images).toContain('data:image/png;base64,AAAA');
  });
});

describe('certificates', () => {
  it('the commitment carries every signatory, drawn or typed', () => {
    const model = sampleCommitmentCertificate();
    const definition = commitmentCertificateDefinition(model);
    const text = textOf(definition);
    for (const s of model.signatories) expect(text).toContain(s.name);
    expect(text).toContain('Helen Okafor'); // the typed one is printed as text
    expect(text).toContain('15 January 2026');
    expect(imagesOf(definition)).toHaveLength(model.signatories.filter((s) => s.signature?.kind === 'drawn').length + 1);
  });

  it('the award names the authority and community partnership recognition only when given', () => {
    const model = sampleAwardCertificate();
    expect(textOf(awardCertificateDefinition(model))).toContain('actively building community partnerships');
    expect(textOf(awardCertificateDefinition({ ...model, communityPartnershipRecognised: false }))).not.toContain('community partnerships');
    expect(textOf(awardCertificateDefinition(model))).toContain('Awarded 1 December 2026');
  });
});

describe('workshop documents', () => {
  it('the feedback report has every theme with key points, suggestions and a chart, then tips, actions and issues', () => {
    const model = sampleWorkshopFeedback();
    const definition = workshopFeedbackDefinition(model);
    const text = textOf(definition);
    for (const theme of model.themes) {
      expect(text).toContain(theme.title);
      for (const point of [...theme.keyPoints, ...theme.suggestions]) expect(text).toContain(point);
    }
    expect(text).toContain('2 · Developing');
    expect(text).toContain('previous review 1; +1');
    for (const tip of model.topTips) expect(text).toContain(tip);
    expect(text).toContain(model.actions[0].what);
    expect(text).toContain(model.issues[0].title);
    expect(JSON.stringify(definition.content)).toContain('"canvas"');
  });

  it('the agenda runs the schedule on from the start time', () => {
    const model = sampleAgenda();
    expect(schedule(model).map((s) => s.start)).toEqual(['09:30', '09:50', '10:15', '11:30', '11:45', '12:05']);
    const text = textOf(agendaDefinition(model));
    expect(text).toContain('09:30 – 12:20');
    expect(text).toContain('For decision');
    expect(text).toContain('Paper C: staff side proposal');
  });

  it('the log counts open and overdue actions and shows options tried before escalation', () => {
    const text = textOf(actionIssueLogDefinition(sampleActionIssueLog()));
    expect(text).toContain('3 actions');
    expect(text).toContain('Overdue');
    expect(text).toContain('Local: Moved meetings to shift change-over');
    expect(text).toContain('Individual contractual disputes are not taken here');
  });

  it('median handles odd, even and empty', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([1, 2, 3, 4])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});
