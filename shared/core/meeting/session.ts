/**
 * A live meeting, as both shells run it: a Clock and an append-only sink come in through the
 * constructor; events go out stamped, appended, then folded.
 *
 * Guarantees:
 * - Write-ahead: an event is folded only after `sink.append` has resolved, so the state never
 *   shows what the persisted record lacks. If the sink fails, that event and any after it in
 *   the same call are dropped and the result says so.
 * - Operations run one at a time in call order (a promise chain, skipped when idle and the
 *   sink is synchronous): a command is validated
 *   against the state that includes every earlier operation's events.
 * - Stamps never go backwards: `t = max(clock.now(), last t)`, so a clock stepped back by
 *   the system cannot produce negative durations.
 * - `MeetingSession.restore` rebuilds the same state from the persisted events (how a
 *   reloaded VS Code window or a restarted service worker resumes with every second kept).
 */
import type { Clock } from './clock';
import { RECORD_VERSION, type EventBody, type MeetingEvent, type Pid } from '../record/events';
import { applyEvent, createMeetingState, type MeetingState } from './meeting-state';
import { computeMetrics, type MeetingMetrics } from '../talk/metrics';
import { handQueue } from '../rounds/orders';
import { checkEvent, sortByTime } from '../record/record';
import { decideRound, type RoundCommand, type RoundError } from '../rounds/round-commands';
import { activeRoundView, type RoundView } from '../rounds/round-view';

export interface EventSink {
  append(event: MeetingEvent): Promise<void> | void;
}

export type SessionError = RoundError | { code: 'invalid-event'; message: string } | { code: 'sink-failed'; message: string };
export type SessionResult = { ok: true; events: MeetingEvent[] } | { ok: false; error: SessionError; events: MeetingEvent[] };

export interface SessionOptions {
  clock: Clock;
  sink: EventSink;
  minGapMs?: number;
}

export interface MeetingInfo {
  id: string;
  title: string;
  platform: string;
  facilitator: Pid | null;
  startedAt: number | null;
  endedAt: number | null;
}

export interface SessionView {
  now: number;
  meeting: MeetingInfo;
  metrics: MeetingMetrics;
  round: RoundView | null;
  /** Raised hands in the order they will be taken (the active discussion's rule, else first come). */
  hands: Pid[];
}

export function meetingInfo(s: MeetingState): MeetingInfo {
  return { id: s.id, title: s.title, platform: s.platform, facilitator: s.facilitator, startedAt: s.windowStart, endedAt: s.windowEnd };
}

/** Everything a UI shows, at `now`. */
export function viewAt(s: MeetingState, now: number): SessionView {
  const round = activeRoundView(s, now);
  return {
    now,
    meeting: meetingInfo(s),
    metrics: computeMetrics(s, now),
    round,
    hands: round?.kind === 'discussion' ? round.hands : handQueue(s, 'fifo', now).map((h) => h.pid),
  };
}

export class MeetingSession {
  readonly state: MeetingState;
  /** Every event folded so far, in fold order (the persisted record, for export). */
  readonly events: MeetingEvent[] = [];
  private chain: Promise<unknown> = Promise.resolve();
  private readonly listeners = new Set<(s: MeetingSession) => void>();

  constructor(
    readonly clock: Clock,
    private readonly sink: EventSink,
    options: { minGapMs?: number } = {},
  ) {
    this.state = createMeetingState(options);
  }

  /**
   * Persisted events that failed validation on restore (a corrupted store), with their index
   * in the list given: they were skipped, and a shell should say so rather than stay silent.
   */
  readonly restoreProblems: string[] = [];

  /**
   * Rebuilds a session from persisted events (validated, then sorted stably by t); nothing is
   * re-appended. Invalid entries are skipped and listed in `restoreProblems`; entries of a
   * newer version's unknown types are skipped silently, as readers do.
   */
  static restore(options: SessionOptions, events: readonly unknown[]): MeetingSession {
    const s = new MeetingSession(options.clock, options.sink, options);
    const valid: MeetingEvent[] = [];
    events.forEach((raw, i) => {
      const c = checkEvent(raw);
      if (c.ok) valid.push(c.event);
      else if ('problem' in c) s.restoreProblems.push(`event ${i + 1}: ${c.problem.field ? `field ${c.problem.field} ` : ''}${c.problem.message}`);
    });
    for (const e of sortByTime(valid)) {
      applyEvent(s.state, e);
      s.events.push(e);
    }
    return s;
  }

  /** Records events a shell observed (joins, speech, decisions...). Each is validated as a v1 event. */
  record(...bodies: EventBody[]): Promise<SessionResult> {
    return this.serial(() => this.commit(bodies));
  }

  /** Runs a round command: validated against the current state, then its events are recorded. */
  command(cmd: RoundCommand): Promise<SessionResult> {
    return this.serial(() => {
      const decided = decideRound(this.state, cmd, this.stamp());
      return decided.ok ? this.commit(decided.events) : { ok: false, error: decided.error, events: [] };
    });
  }

  view(now = this.clock.now()): SessionView {
    return viewAt(this.state, now);
  }

  metrics(now = this.clock.now()): MeetingMetrics {
    return computeMetrics(this.state, now);
  }

  round(now = this.clock.now()): RoundView | null {
    return activeRoundView(this.state, now);
  }

  /** Called after every operation that folded at least one event. Returns an unsubscribe. */
  subscribe(listener: (s: MeetingSession) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private stamp(): number {
    const now = this.clock.now();
    return now > this.state.lastT ? now : this.state.lastT;
  }

  /**
   * Runs operations one at a time in call order. When nothing is in flight and the operation
   * completes synchronously (a synchronous sink), it runs at once: no promise chain, so a live
   * update costs a fold, not a queue of microtasks. Otherwise it waits its turn on the chain.
   */
  private serial(op: () => Promise<SessionResult> | SessionResult): Promise<SessionResult> {
    if (this.inFlight === 0) {
      let r: Promise<SessionResult> | SessionResult;
      try {
        r = op();
      } catch (e) {
        return Promise.reject(e);
      }
      return isThenable(r) ? this.track(r) : Promise.resolve(r);
    }
    return this.track(this.chain.then(op));
  }

  private inFlight = 0;

  private track(run: Promise<SessionResult>): Promise<SessionResult> {
    this.inFlight++;
    const settle = () => void this.inFlight--;
    this.chain = run.then(settle, settle);
    return run;
  }

  private commit(bodies: readonly EventBody[]): Promise<SessionResult> | SessionResult {
    const t = this.stamp();
    const stamped: MeetingEvent[] = [];
    for (const body of bodies) {
      const e = { ...body, v: RECORD_VERSION, t } as MeetingEvent;
      const checked = checkEvent(e);
      if (!checked.ok) {
        const why = 'problem' in checked ? `field ${checked.problem.field} ${checked.problem.message}` : `unknown event type ${checked.newer}`;
        return { ok: false, error: { code: 'invalid-event', message: `${String((body as { type?: unknown }).type)}: ${why}` }, events: [] };
      }
      stamped.push(e);
    }
    return this.appendFrom(stamped, 0, []);
  }

  /** Appends stamped[i..] in order, folding each once its append has succeeded; async only if the sink is. */
  private appendFrom(stamped: MeetingEvent[], from: number, done: MeetingEvent[]): Promise<SessionResult> | SessionResult {
    for (let i = from; i < stamped.length; i++) {
      const e = stamped[i]!;
      let pending: Promise<void> | void;
      try {
        pending = this.sink.append(e);
      } catch (err) {
        return this.finish(done, sinkFailed(e, err));
      }
      if (isThenable(pending))
        return pending.then(
          () => {
            this.fold(e, done);
            return this.appendFrom(stamped, i + 1, done);
          },
          (err: unknown) => this.finish(done, sinkFailed(e, err)),
        );
      this.fold(e, done);
    }
    return this.finish(done, null);
  }

  private fold(e: MeetingEvent, done: MeetingEvent[]): void {
    applyEvent(this.state, e);
    this.events.push(e);
    done.push(e);
  }

  private finish(done: MeetingEvent[], error: SessionError | null): SessionResult {
    // A failing listener (a UI bug) must not turn a persisted, folded event into a failed command.
    if (done.length > 0)
      for (const l of this.listeners)
        try {
          l(this);
        } catch {
          /* the listener's own problem; the session stays consistent */
        }
    return error ? { ok: false, error, events: done } : { ok: true, events: done };
  }
}

function isThenable<T>(v: T | Promise<T>): v is Promise<T> {
  return typeof v === 'object' && v !== null && typeof (v as { then?: unknown }).then === 'function';
}

function sinkFailed(e: MeetingEvent, err: unknown): SessionError {
  return { code: 'sink-failed', message: `could not persist ${e.type}: ${err instanceof Error ? err.message : String(err)}` };
}
