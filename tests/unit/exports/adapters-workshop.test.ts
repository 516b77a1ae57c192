import { describe, expect, it } from 'vitest';
import { actionIssueLogFor } from '../../../electron/services/reports/adapters/action-issue-log';
import type { AdapterContext } from '../../../electron/services/reports/adapters/common';
import { agendaFromWorkshop } from '../../../electron/services/reports/adapters/workshop-agenda';
import { workshopFeedbackFromWorkshop } from '../../../electron/services/reports/adapters/workshop-feedback';
import { schedule } from '../../../electron/services/reports/documents/agenda';
import { agendaModelSchema, workshopFeedbackModelSchema } from '../../../shared/domain/report-models';
import type { Workshop } from '../../../shared/domain/workshop';

const ctx: AdapterContext = { now: '2026-11-22T10:00:00.000Z', author: 'Rhiannon Price', authorOrganisation: '' };
const at = '2026-11-15T10:00:00.000Z';

function ranWorkshop(): Workshop {
  return {
    id: 'ws-99aa88bb77',
    title: 'Partnership health check',
    organisationId: 'org-1',
    date: '2026-11-15',
    venue: 'Town Hall',
    startTime: '09:30',
    sessionMinutes: 120,
    facilitator: 'Rhiannon Price',
    templateId: 'partnership-health-check',
    templateVersion: 1,
    templateName: 'Partnership health check',
    themes: [
      { id: 'trust', title: 'Building trust', prompts: [] },
      { id: 'openness', title: 'Openness', prompts: [] },
      { id: 'silent', title: 'Nobody spoke to this', prompts: [] },
    ],
    closingQuestion: 'What is your top tip?',
    attendees: [
      { id: 'a1', name: 'Ann', organisation: 'Llanfair Council', side: 'management' },
      { id: 'a2', name: 'Bob', organisation: 'UNISON', side: 'staff_side' },
      { id: 'a3', name: 'Cai', organisation: 'Llanfair Council', side: 'management' },
    ],
    groups: [
      { id: 'g1', name: 'Table A' },
      { id: 'g2', name: 'Table B' },
    ],
    agenda: [
      { id: 'i1', title: 'Welcome', purpose: 'information', lead: 'Chair', side: 'both', minutes: 15, papers: '', notes: '', outcome: '' },
      {
        id: 'i2',
        title: 'Health check in groups',
        purpose: 'discussion',
        lead: '',
        side: 'both',
        minutes: 50,
        papers: 'Paper A; Paper B',
        notes: 'Tables of five',
        outcome: '',
      },
      {
        id: 'i3',
        title: 'Agree actions',
        purpose: 'decision',
        lead: '',
        side: 'staff_side',
        minutes: 25,
        papers: '',
        notes: '',
        outcome: '',
      },
    ],
    notes: [
      { id: 'n1', themeId: 'trust', groupId: 'g1', text: 'Raise things early.', at, confidential: false },
      { id: 'n2', themeId: 'openness', groupId: 'g2', text: 'Papers arrive late.', at, confidential: false },
      { id: 'n3', themeId: null, groupId: null, text: 'Room too warm.', at, confidential: false },
    ],
    ratings: [
      { themeId: 'trust', groupId: 'g1', value: 2, at },
      { themeId: 'trust', groupId: 'g2', value: 3, at },
      { themeId: 'openness', groupId: 'g2', value: 1, at },
    ],
    topTips: [{ id: 't1', text: 'Send papers early.', groupId: 'g1', at, confidential: false }],
    parkingLot: [],
    actions: [
      {
        id: 'x1',
        what: 'Circulate papers ten days ahead',
        owner: 'Democratic services',
        side: 'management',
        dueDate: '2026-12-15',
        status: 'amber',
        progress: [{ at, by: 'Ann', note: 'Template drafted' }],
        theme: 'Openness',
        createdAt: at,
        updatedAt: at,
      },
    ],
    issues: [
      {
        id: 'is1',
        title: 'Depot consultation timetable',
        description: 'Two more weeks asked.',
        raisedBy: 'Branch secretary',
        raisedOn: '2026-11-15',
        individualContractualDispute: false,
        optionsTried: [],
      },
    ],
    live: null,
    baseline: null,
    room: { themeId: null, noteId: null, chime: true },
    status: 'complete',
    completedAt: at,
    createdAt: at,
    updatedAt: at,
    revision: 0,
  };
}

describe('workshop → feedback report', () => {
  it('maps notes to key points and ratings per group for every theme (not discussed ones marked), plus tips, actions, issues and attendance', () => {
    const model = workshopFeedbackModelSchema.parse(
      workshopFeedbackFromWorkshop(ranWorkshop(), 'Llanfair Joint Forum', ctx, new Map([['trust', 1.5]])),
    );
    expect(model.workshop).toMatchObject({
      title: 'Partnership health check',
      partnership: 'Llanfair Joint Forum',
      date: '2026-11-15',
      startTime: '09:30',
      facilitator: 'Rhiannon Price',
    });
    expect(model.themes.map((t) => [t.title, t.discussed])).toEqual([
      ['Building trust', true],
      ['Openness', true],
      ['Nobody spoke to this', false],
    ]);
    expect(model.themes[0]).toMatchObject({
      keyPoints: ['Raise things early.'],
      ratings: [
        { group: 'Table A', rating: 2 },
        { group: 'Table B', rating: 3 },
      ],
      previousMedian: 1.5,
    });
    expect(model.themes[1]).toMatchObject({
      keyPoints: ['Papers arrive late.'],
      ratings: [{ group: 'Table B', rating: 1 }],
      previousMedian: null,
    });
    expect(model.attendance).toEqual({ total: 3, organisations: ['Llanfair Council', 'UNISON'] });
    expect(model.introduction).toContain('Whole room: Room too warm.');
    expect(model.question).toBe('What is your top tip?');
    expect(model.topTips).toEqual(['Send papers early. (Table A)']);
    expect(model.actions).toEqual([
      {
        what: 'Circulate papers ten days ahead',
        owner: 'Democratic services',
        side: 'management',
        dueDate: '2026-12-15',
        status: 'amber',
        context: 'Openness',
        latestProgress: 'Template drafted',
      },
    ]);
    expect(model.issues).toEqual([
      {
        title: 'Depot consultation timetable',
        description: 'Two more weeks asked.',
        level: 'local',
        status: 'open',
        raisedOn: '2026-11-15',
        raisedBy: 'Branch secretary',
        optionsTried: [],
      },
    ]);
  });

  it('refuses a workshop with nothing captured', () => {
    const empty = { ...ranWorkshop(), notes: [], ratings: [] };
    expect(() => workshopFeedbackFromWorkshop(empty, '', ctx)).toThrow(
      'Capture notes or ratings in the workshop (live mode or review) before exporting its feedback report.',
    );
  });
});

describe('workshop → agenda', () => {
  it('maps items and the schedule runs on from the start time', () => {
    const model = agendaModelSchema.parse(agendaFromWorkshop(ranWorkshop(), 'Llanfair Joint Forum', ctx));
    expect(model.items.map((i) => [i.title, i.purpose, i.minutes])).toEqual([
      ['Welcome', 'information', 15],
      ['Health check in groups', 'discussion', 50],
      ['Agree actions', 'decision', 25],
    ]);
    expect(model.items[1].papers).toEqual(['Paper A', 'Paper B']);
    expect(schedule(model)).toEqual([
      { start: '09:30', end: '09:45' },
      { start: '09:45', end: '10:35' },
      { start: '10:35', end: '11:00' },
    ]);
  });

  it('refuses an empty agenda and one that runs past midnight', () => {
    expect(() => agendaFromWorkshop({ ...ranWorkshop(), agenda: [] }, '', ctx)).toThrow(/Add at least one agenda item/);
    const late = ranWorkshop();
    late.startTime = '23:00';
    expect(() => agendaFromWorkshop(late, '', ctx)).toThrow(/runs past midnight/);
  });
});

describe('organisation → action and issue log (workshops)', () => {
  it('brings in workshop actions with where they came from, and workshop issues', () => {
    const other = { ...ranWorkshop(), id: 'ws-2', organisationId: 'org-2' };
    const model = actionIssueLogFor({ id: 'org-1', name: 'Llanfair Council' }, [], [ranWorkshop(), other], ctx);
    expect(model.actions).toHaveLength(1);
    expect(model.actions[0].context).toBe('Partnership health check, 15 November 2026 — Openness');
    expect(model.issues.map((i) => i.title)).toEqual(['Depot consultation timetable']);
  });
});
