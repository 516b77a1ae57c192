import type { Statement, StatementValue } from '../../../../shared/domain/statements';

/** A record path a statement rests on: "cases/<id>.json#recommendation.recordedAt". */
export const caseSource = (id: string, path: string): string => `cases/${id}.json#${path}`;
export const workshopSource = (id: string, path: string): string => `workshops/${id}.json#${path}`;
export const indexSource = (path: string): string => `casebook.json#${path}`;

export const recorded = (id: string, value: StatementValue, sources: string[]): Statement => ({ id, state: 'recorded', value, sources });
export const undecided = (id: string, sources: string[]): Statement => ({ id, state: 'undecided', value: null, sources });
export const notApplicable = (id: string, sources: string[]): Statement => ({ id, state: 'not_applicable', value: null, sources });
/** Withheld as confidential: only how many, never what. */
export const withheld = (id: string, count: number, sources: string[]): Statement => ({ id, state: 'withheld', value: count, sources });

/** The statements of one document, looked up by id. */
export class Statements {
  private readonly byId: Map<string, Statement>;
  constructor(readonly list: readonly Statement[]) {
    this.byId = new Map(list.map((s) => [s.id, s]));
  }
  get(id: string): Statement;
  get<T>(id: string, otherwise: T): Statement | T;
  get<T>(id: string, ...otherwise: [T?]): Statement | T {
    const found = this.byId.get(id);
    if (found) return found;
    if (otherwise.length > 0) return otherwise[0] as T;
    throw new Error(`No statement "${id}"`);
  }
  /** The recorded value, or null when the fact is not recorded (undecided, not applicable, withheld). */
  value<T extends StatementValue>(id: string): T | null {
    const s = this.get(id);
    return s.state === 'recorded' ? (s.value as T) : null;
  }
  isRecorded(id: string): boolean {
    return this.get(id).state === 'recorded';
  }
}

/** Same person? Names compared without case or surrounding space. */
export const samePerson = (a: string, b: string): boolean =>
  a.trim().length > 0 && a.trim().toLocaleLowerCase('en-GB') === b.trim().toLocaleLowerCase('en-GB');
