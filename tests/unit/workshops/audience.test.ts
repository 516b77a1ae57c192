import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyTimer, initialTimer, MINUTE } from '../../../shared/domain/timer';
import { workshopSchema, type Workshop } from '../../../shared/domain/workshop';
import { audienceModel } from '../../../shared/domain/workshop-audience';

const T0 = Date.UTC(2026, 2, 16, 10, 0, 0);
const at = new Date(T0).toISOString();

/** Planned content (what the room may see) is plain words; captured text carries a marker that must never leak. */
const planned = fc.stringMatching(/^[A-Z][a-z]{2,10}( [a-z]{2,8}){0,3}$/);
const captured = fc.stringMatching(/^[a-z ]{0,20}$/).map((s) => `SECRET${s}`);

const workshopArb = fc
  .record({
    themes: fc.array(fc.record({ title: planned, prompts: fc.array(planned, { maxLength: 3 }) }), { minLength: 1, maxLength: 9 }),
    agenda: fc.array(fc.record({ title: planned, minutes: fc.integer({ min: 1, max: 90 }), lead: planned }), {
      minLength: 1,
      maxLength: 6,
    }),
    notes: fc.array(fc.record({ text: captured, confidential: fc.boolean(), theme: fc.nat() }), { maxLength: 8 }),
    parking: fc.array(fc.record({ text: captured, confidential: fc.boolean() }), { maxLength: 4 }),
    issues: fc.array(
      fc.record({ title: captured, description: captured, dispute: fc.boolean(), options: fc.array(captured, { maxLength: 2 }) }),
      { maxLength: 4 },
    ),
    tips: fc.array(captured, { maxLength: 3 }),
    actions: fc.array(captured, { maxLength: 3 }),
    itemNotes: captured,
    shownNote: fc.option(fc.nat(), { nil: null }),
    shownTheme: fc.option(fc.nat(), { nil: null }),
    steps: fc.array(fc.constantFrom('start', 'next', 'skip', 'pause', 'resume', 'extend') as fc.Arbitrary<'start'>, { maxLength: 6 }),
    minutesLater: fc.integer({ min: 0, max: 300 }),
  })
  .map((g) => {
    const themes = g.themes.map((t, i) => ({ id: `t${i}`, title: t.title, prompts: t.prompts }));
    const agenda = g.agenda.map((a, i) => ({
      id: `a${i}`,
      title: a.title,
      purpose: 'discussion' as const,
      lead: a.lead,
      side: 'both' as const,
      minutes: a.minutes,
      papers: g.itemNotes,
      notes: g.itemNotes,
      outcome: g.itemNotes,
    }));
    const notes = g.notes.map((n, i) => ({
      id: `n${i}`,
      themeId: themes[n.theme % themes.length].id,
      groupId: null,
      text: n.text,
      at,
      confidential: n.confidential,
    }));
    const live = g.steps.reduce(
      (s, step, i) => applyTimer(s, agenda, { type: step }, T0 + i * MINUTE),
      applyTimer(initialTimer(), agenda, { type: 'start' }, T0),
    );
    const workshop: Workshop = workshopSchema.parse({
      id: 'w1',
      templateId: 'tpl',
      templateVersion: 1,
      templateName: 'Template',
      title: 'Partnership review',
      organisationId: null,
      date: '2026-03-16',
      venue: '',
      startTime: '10:00',
      sessionMinutes: null,
      facilitator: '',
      themes,
      closingQuestion: null,
      attendees: [],
      groups: [],
      agenda,
      notes,
      ratings: [],
      topTips: g.tips.map((text, i) => ({ id: `tt${i}`, text, groupId: null, at })),
      parkingLot: g.parking.map((p, i) => ({ id: `p${i}`, text: p.text, groupId: null, at, confidential: p.confidential })),
      actions: g.actions.map((what, i) => ({
        id: `x${i}`,
        what,
        owner: what,
        side: 'both',
        dueDate: null,
        status: 'green',
        progress: [],
        theme: '',
        createdAt: at,
        updatedAt: at,
      })),
      issues: g.issues.map((x, i) => ({
        id: `i${i}`,
        title: x.title,
        description: x.description,
        raisedBy: x.title,
        raisedOn: '2026-03-16',
        individualContractualDispute: x.dispute,
        optionsTried: x.options,
      })),
      live,
      room: {
        themeId: g.shownTheme === null ? null : themes[g.shownTheme % themes.length].id,
        noteId: g.shownNote === null || notes.length === 0 ? null : notes[g.shownNote % notes.length].id,
        chime: true,
      },
      status: 'planned',
      completedAt: null,
      createdAt: at,
      updatedAt: at,
    });
    return { workshop, now: T0 + (g.steps.length + g.minutesLater) * MINUTE };
  });

describe('the audience model', () => {
  it('property: no captured text reaches the projector except the one chosen, non-confidential note', () => {
    fc.assert(
      fc.property(workshopArb, ({ workshop, now }) => {
        const model = audienceModel(workshop, now);
        const shown = workshop.notes.find((n) => n.id === workshop.room.noteId);
        const projected = JSON.stringify(model);
        const leaks = projected.match(/SECRET[a-z ]*/g) ?? [];
        if (shown && !shown.confidential) {
          expect(model.note?.text).toBe(shown.text);
          // The only captured text is that note (its text may repeat another's by chance, never more).
          expect(leaks.every((l) => l === shown.text)).toBe(true);
        } else {
          expect(model.note).toBeNull();
          expect(leaks).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('property: the projector shows the same timer as the console (current item, next item, time left)', () => {
    fc.assert(
      fc.property(workshopArb, ({ workshop, now }) => {
        const model = audienceModel(workshop, now);
        const live = workshop.live ?? initialTimer();
        if (live.status === 'finished') {
          expect(model.current).toBeNull();
          expect(model.remainingMs).toBeNull();
          return;
        }
        const item = workshop.agenda[live.index];
        expect(model.current?.title).toBe(item.title);
        expect(model.next?.title ?? null).toBe(workshop.agenda[live.index + 1]?.title ?? null);
        const elapsed = live.elapsedBefore + (live.runningSince === null ? 0 : now - live.runningSince);
        expect(model.remainingMs).toBe(item.minutes * MINUTE + live.extraMs - elapsed);
      }),
      { numRuns: 200 },
    );
  });

  it('shows the chosen theme’s prompts, and a chosen note only while it is not confidential', () => {
    const base = fc.sample(workshopArb, { numRuns: 1, seed: 7 })[0].workshop;
    const theme = base.themes[0];
    const note = { id: 'shown', themeId: theme.id, groupId: null, text: 'Communicate early — no surprises', at, confidential: false };
    const w: Workshop = { ...base, notes: [note], room: { themeId: theme.id, noteId: 'shown', chime: true } };
    expect(audienceModel(w, T0).theme).toEqual({ title: theme.title, prompts: theme.prompts });
    expect(audienceModel(w, T0).note).toEqual({ text: note.text, theme: theme.title });
    expect(audienceModel({ ...w, notes: [{ ...note, confidential: true }] }, T0).note).toBeNull();
  });

  it('shows how the tables rated the chosen theme only when the facilitator chose to, as counts per level', () => {
    const base = fc.sample(workshopArb, { numRuns: 1, seed: 7 })[0].workshop;
    const [theme, other] = [base.themes[0], { ...base.themes[0], id: 'other-theme' }];
    const ratings = [3, 3, 1, 4].map((value, i) => ({ themeId: theme.id, groupId: `g${i}`, value, at }));
    const w: Workshop = {
      ...base,
      themes: [theme, other],
      ratings: [...ratings, { themeId: other.id, groupId: 'g0', value: 0, at }],
      room: { themeId: theme.id, noteId: null, chime: true },
    };
    expect(audienceModel(w, T0).spread).toBeNull();
    expect(audienceModel({ ...w, room: { ...w.room, showSpread: true } }, T0).spread).toEqual({
      counts: [0, 1, 0, 2, 1],
      tables: 4,
      median: 3,
    });
    expect(audienceModel({ ...w, room: { ...w.room, themeId: null, showSpread: true } }, T0).spread).toBeNull();
    expect(audienceModel({ ...w, ratings: [], room: { ...w.room, showSpread: true } }, T0).spread).toEqual({
      counts: [0, 0, 0, 0, 0],
      tables: 0,
      median: null,
    });
  });
});
