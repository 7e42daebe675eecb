/**
 * Wakes a writer when a raised hand is due to go down with no event to carry it (issue 11: a
 * person talking on over someone else takes the floor after `backchannelMs`, a moment no speech
 * event marks). After every stored change of the session it looks up floorDeadline(state) and
 * keeps one timer for that moment; when it fires, `settle` runs (by default
 * MeetingSession.settleFloor, which appends the lowering stamped at the deadline). Both shells
 * use it with their real timers; tests give fake ones.
 *
 * Timers come in from outside, like the clock: the core never arms one itself. A wait is
 * computed from the session's clock at arming time, so nothing counts down.
 */
import type { MeetingSession } from '../meeting/session';
import { floorDeadline } from './hands-follow-floor';

/** A one-shot timer: `schedule` runs `run` after `ms`; `cancel` forgets one not yet run. */
export interface Timers {
  schedule(run: () => void, ms: number): unknown;
  cancel(handle: unknown): void;
}

export class FloorWatch {
  private handle: unknown = null;
  /** The deadline the pending timer is for (null: none pending). */
  private due: number | null = null;
  /** A deadline already settled with nothing stored: not armed again until the state changes it. */
  private spent: number | null = null;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly session: MeetingSession,
    private readonly timers: Timers,
    /** What runs at the deadline; a shell wraps it in its own queue, or skips it when another writer owns the record. */
    private readonly settle: () => Promise<unknown> = () => session.settleFloor(),
  ) {
    this.unsubscribe = session.subscribe(() => this.arm());
    this.arm();
  }

  /** Looks up the next deadline and (re)arms the one timer for it. Also call it after a restore. */
  arm(): void {
    const due = floorDeadline(this.session.state);
    if (due === this.due) return;
    this.clear();
    if (due === null || due === this.spent) return;
    this.due = due;
    this.handle = this.timers.schedule(() => {
      this.handle = null;
      this.due = null;
      // A timer may run a moment before the clock reaches the deadline: wait the rest.
      if (this.session.clock.now() < due) return this.arm();
      void this.settle().then(
        () => {
          // Nothing went down for this deadline (another writer's turn, or it moved): do not spin on it.
          if (floorDeadline(this.session.state) === due) this.spent = due;
          this.arm();
        },
        () => undefined,
      );
    }, Math.max(0, due - this.session.clock.now()));
  }

  dispose(): void {
    this.unsubscribe();
    this.clear();
  }

  private clear(): void {
    if (this.handle !== null) this.timers.cancel(this.handle);
    this.handle = null;
    this.due = null;
  }
}
