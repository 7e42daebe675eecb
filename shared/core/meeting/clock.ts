/**
 * Time comes in from outside. The core never reads the wall clock: pure functions take `now`,
 * and anything that waits is given a Clock. Shells pass the real one; tests pass a manual one.
 */
export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now(): number;
}

/** A clock that only moves when told to: deterministic tests and replays. */
export class ManualClock implements Clock {
  constructor(private t = 0) {}
  now(): number {
    return this.t;
  }
  set(t: number): void {
    this.t = t;
  }
  advance(ms: number): number {
    this.t += ms;
    return this.t;
  }
}
