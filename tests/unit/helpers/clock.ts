/** A clock tests move by hand, so "ten minutes later" takes no time. */
export class TestClock {
  constructor(private ms = Date.parse('2025-03-01T09:00:00.000Z')) {}

  readonly now = (): Date => new Date(this.ms);

  advance(ms: number): void {
    this.ms += ms;
  }
}

export const MINUTE = 60 * 1000;
