import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkEscalation, escalate, nextLevel, screenIssue, type LoggedIssue, type LoggedOption } from '../../../shared/domain/escalation';
import { issueLevels } from '../../../shared/domain/partnership-issue';

const at = '2026-03-01T10:00:00.000Z';
const option = (level: LoggedOption['level'], exhausted: boolean, id = `o-${level}-${String(exhausted)}`): LoggedOption => ({
  id,
  level,
  description: 'Raised at the joint consultative committee',
  recordedAt: at,
  recordedBy: 'Facilitator',
  exhausted,
});
const issue = (patch: Partial<LoggedIssue> = {}): LoggedIssue => ({
  id: 'i1',
  organisationId: 'org1',
  title: 'Release time for reps during reorganisation',
  description: '',
  raisedBy: 'Staff side',
  raisedOn: '2026-02-01',
  level: 'local',
  options: [],
  escalations: [],
  outcome: '',
  resolvedOn: null,
  origin: { kind: 'log' },
  createdAt: at,
  updatedAt: at,
  ...patch,
});

describe('escalation rule', () => {
  it('refuses to escalate before any option is recorded at the current level', () => {
    expect(checkEscalation(issue())).toMatchObject({ allowed: false, reason: 'no_options' });
  });

  it('refuses while an option at the current level is not marked exhausted', () => {
    const check = checkEscalation(issue({ options: [option('local', true, 'a'), option('local', false, 'b')] }));
    expect(check).toMatchObject({ allowed: false, reason: 'not_exhausted' });
  });

  it('allows local → regional once every local option is exhausted', () => {
    expect(checkEscalation(issue({ options: [option('local', true)] }))).toEqual({ allowed: true, to: 'regional' });
  });

  it('counts only options at the current level: local options do not open regional → national', () => {
    const atRegional = issue({ level: 'regional', options: [option('local', true)] });
    expect(checkEscalation(atRegional)).toMatchObject({ allowed: false, reason: 'no_options' });
    const ready = { ...atRegional, options: [...atRegional.options, option('regional', true)] };
    expect(checkEscalation(ready)).toEqual({ allowed: true, to: 'national' });
  });

  it('does not escalate a resolved issue, nor past national', () => {
    expect(checkEscalation(issue({ options: [option('local', true)], resolvedOn: '2026-03-02' }))).toMatchObject({ reason: 'resolved' });
    expect(checkEscalation(issue({ level: 'national', options: [option('national', true)] }))).toMatchObject({ reason: 'top_level' });
    expect(nextLevel('national')).toBeNull();
  });

  it('escalate records who moved it and when, and throws when the rule says no', () => {
    const moved = escalate(issue({ options: [option('local', true)] }), 'Regional facilitator', at);
    expect(moved.level).toBe('regional');
    expect(moved.escalations).toEqual([{ from: 'local', to: 'regional', at, by: 'Regional facilitator' }]);
    expect(() => escalate(issue(), 'x', at)).toThrow(/Record the options/);
  });

  it('property: escalation is allowed exactly when unresolved, below national, with ≥1 option here and all exhausted', () => {
    const optionArb = fc.record({ level: fc.constantFrom(...issueLevels), exhausted: fc.boolean() });
    fc.assert(
      fc.property(fc.constantFrom(...issueLevels), fc.array(optionArb, { maxLength: 6 }), fc.boolean(), (level, opts, resolved) => {
        const subject = issue({
          level,
          resolvedOn: resolved ? '2026-03-03' : null,
          options: opts.map((o, i) => option(o.level, o.exhausted, `o${i}`)),
        });
        const here = opts.filter((o) => o.level === level);
        const expected = !resolved && level !== 'national' && here.length > 0 && here.every((o) => o.exhausted);
        expect(checkEscalation(subject).allowed).toBe(expected);
      }),
    );
  });
});

describe('individual contractual disputes', () => {
  it('are refused with the reason that they go to union casework', () => {
    const screened = screenIssue({ individualContractualDispute: true });
    expect(screened.accepted).toBe(false);
    if (!screened.accepted) {
      expect(screened.reason).toBe('individual_contractual_dispute');
      expect(screened.message).toMatch(/casework/);
      // Where the text went ("kept as a note") is said once, by the screen that kept it (issue 23).
      expect(screened.message).not.toMatch(/note/);
    }
  });

  it('other issues are accepted', () => {
    expect(screenIssue({ individualContractualDispute: false })).toEqual({ accepted: true });
  });
});
