/**
 * Leaving is an end, a reload is not (issue 15). When the last tab of a detected call leaves
 * (page hide: navigating away, closing, reloading, going into the back/forward cache), the
 * meeting is not ended at once: a reload or a back/forward return reports again within
 * LEAVE_GRACE_MS and continues the same meeting. If nobody reports by then, the meeting ends
 * at the moment the last tab left, not when the grace ran out, so no talk time accrues.
 *
 *   live --last tab left at t--> departed(t) --a tab of the call reports--> live
 *                                    | LEAVE_GRACE_MS without a report
 *                                    v
 *                                  ended at t
 *
 * Pure: the host passes the time and arms one timer per departure; `due(now)` says which
 * meetings to end and when. The host persists `all()` (storage.session) and gives it back to a
 * restarted worker, whose timers were lost with it: the grace survives the restart.
 */
export const LEAVE_GRACE_MS = 10_000;

export class Departures {
  /** call key -> when its last tab left. */
  private readonly left = new Map<string, number>();

  constructor(private readonly graceMs = LEAVE_GRACE_MS) {}

  /** The last tab of `key` left at `t`; returns when to check again (`due`). */
  leave(key: string, t: number): number {
    this.left.set(key, t);
    return t + this.graceMs;
  }

  /** A tab of `key` reported: the call goes on. Whether `key` was waiting out its grace. */
  back(key: string): boolean {
    return this.left.delete(key);
  }

  /** Every departure within its grace: call key -> when its last tab left. */
  all(): Record<string, number> {
    return Object.fromEntries(this.left);
  }

  /** When the last tab of `key` left, if it is within its grace period. */
  leftAt(key: string): number | undefined {
    return this.left.get(key);
  }

  /** Departures whose grace ran out by `now`: end each at `at` (they are forgotten here). */
  due(now: number): { key: string; at: number }[] {
    const out: { key: string; at: number }[] = [];
    for (const [key, at] of this.left)
      if (now - at >= this.graceMs) {
        out.push({ key, at });
        this.left.delete(key);
      }
    return out;
  }
}
