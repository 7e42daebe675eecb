/**
 * The live meeting, as both shells run it: one session per meeting, with a Clock and an
 * append-only sink coming in through the constructor. Every command either shell writes is a
 * method here, decided against the one fold; shells only translate their input into calls.
 *
 *   new --start()/recordAt()--> live --end()--> ended (still takes what the core allows after
 *                                                 the end: objections closed, outcome, debrief)
 *
 * Guarantees:
 * - Write-ahead: an event is folded only after `sink.append` has resolved, so the state never
 *   shows what the persisted record lacks. If the sink fails, that event and any after it in
 *   the same call are dropped and the result says so (code `sink-failed`). After the end, events
 *   go to the same sink: the shell's sink decides where an ended meeting's record lives.
 * - One queue: operations run one at a time in call order (a promise chain, skipped when idle and
 *   the sink is synchronous), and each command is decided against the state that includes every
 *   earlier operation's events. Two quick clicks are decided one after the other.
 * - Commands are stamped `max(clock.now(), newest event)`, so a clock stepped back by the system
 *   never produces negative durations. Observations keep the time they were observed
 *   (`recordAt(t, ...)`: a detector's time, never the clock's).
 * - One time-ordered fold (time-ordered-fold.ts): `state` equals the fold of the record sorted
 *   stably by time, whatever order observations arrived in; `restore` of the stored record, and
 *   any reader's `foldEvents(sortByTime(record))`, give the same state as the live session.
 * - Sequence numbers: `events` is the record in stored order; event n (1-based) is
 *   `events[n - 1]`, so `seq` (= events.length) is the last one's number. Subscribers get each
 *   operation's new events with the seq of the first, so a view that holds events 1..k asks for
 *   `since(k)` after a reload and neither loses nor repeats one.
 * - Refusals carry a typed code (errors.ts); their English message is for logs only.
 * - Hands follow the floor: after an operation that stored speech, the hands whose owners now
 *   hold the floor (hands/hands-follow-floor.ts) are lowered in the same operation, at the
 *   speech's time, with `reason: 'floor'` (unless the meeting's switch is off).
 */
import type { Clock } from './clock';
import { RECORD_VERSION, type EventBody, type MeetingEvent, type Pid } from '../record/events';
import { currentFacilitator, type MeetingState } from './meeting-state';
import { MEETING_PARTS } from './meeting-parts';
import { computeMetrics, type MeetingMetrics } from '../talk/metrics';
import { presentRoster } from '../rounds/orders';
import { checkEvent } from '../record/record';
import { decideRound, type RoundCommand } from '../rounds/round-commands';
import { activeRoundView, type RoundView } from '../rounds/round-view';
import { decideConsent, type ConsentCommand } from '../decisions/consent';
import { decideDebrief, type DebriefCommand } from '../debrief/debrief';
import { decideAgenda, type AgendaCommand } from '../agenda/agenda-commands';
import { sameName } from '../team/names';
import type { CoreError, CoreErrorCode } from './errors';
import type { FoldSettings } from './time-ordered-fold';
import { FoldedRecord } from './folded-record';
import { handDeadline, handsTakingFloor, movesFloor } from '../hands/hands-follow-floor';
import { viewAt, type SessionView } from './session-view';

export { meetingInfo, viewAt, type MeetingInfo, type SessionView } from './session-view';

export interface EventSink {
  append(event: MeetingEvent): Promise<void> | void;
}

export type SessionError = CoreError;
export type SessionResult = { ok: true; events: MeetingEvent[] } | { ok: false; error: SessionError; events: MeetingEvent[] };

export interface SessionOptions extends FoldSettings {
  clock: Clock;
  sink: EventSink;
}

/** What a subscriber receives after each operation that stored at least one event. */
export interface SessionChange {
  /** The seq of `events[0]` (1-based index in the record). */
  from: number;
  events: readonly MeetingEvent[];
}

/** A participant given at start: a name typed by hand (the session allocates its pid), or a pid seen on a call page. */
export type Joiner = string | { pid: Pid; name: string; self?: boolean };

export interface StartCommand {
  id: string;
  title: string;
  platform?: string;
  participants?: readonly Joiner[];
  /** Who facilitates: a participant's name (the one name rule) or pid; absent: nobody in particular. */
  facilitator?: string;
  /** When the meeting started, if observed earlier than now (a call detected late). */
  at?: number;
}

/** The first free pid of the form p1, p2, … (the one allocator for names typed by hand). */
export function freePid(s: MeetingState): Pid {
  let n = s.participants.size + 1;
  while (s.participants.has(`p${n}`)) n++;
  return `p${n}`;
}

/** A participant by pid, else by name (the one name rule: team/names.ts). */
export function findParticipant(s: MeetingState, who: string): Pid | undefined {
  if (s.participants.has(who)) return who;
  for (const p of s.participants.values()) if (sameName(p.name, who)) return p.pid;
  return undefined;
}

type Decided = { ok: true; events: EventBody[]; at?: number } | { ok: false; error: SessionError };
const refuse = (code: CoreErrorCode, message: string): Decided => ({ ok: false, error: { code, message } });

export class MeetingSession extends FoldedRecord {
  private chain: Promise<unknown> = Promise.resolve();
  private inFlight = 0;
  private readonly listeners = new Set<(change: SessionChange, s: MeetingSession) => void>();
  /**
   * Persisted events that failed validation on restore (a corrupted store), with their index
   * in the list given: they were skipped, and a shell should say so rather than stay silent.
   */
  readonly restoreProblems: string[] = [];

  constructor(
    readonly clock: Clock,
    private readonly sink: EventSink,
    options: FoldSettings = {},
  ) {
    super({ ...options, parts: MEETING_PARTS });
  }

  /**
   * Rebuilds a session from persisted events, in their stored order (so seq numbers survive);
   * nothing is re-appended. Invalid entries are skipped and listed in `restoreProblems`; entries
   * of a newer version's unknown types are skipped silently, as readers do.
   */
  static restore(options: SessionOptions, events: readonly unknown[]): MeetingSession {
    const s = new MeetingSession(options.clock, options.sink, options);
    events.forEach((raw, i) => {
      const c = checkEvent(raw);
      if (c.ok) s.fold.add(c.event);
      else if ('problem' in c) s.restoreProblems.push(`event ${i + 1}: ${c.problem.field ? `field ${c.problem.field} ` : ''}${c.problem.message}`);
    });
    return s;
  }

  /** Events after seq `n` (a view that holds 1..n catching up). */
  since(n: number): MeetingEvent[] {
    return this.fold.events.slice(Math.max(0, n));
  }
  /** Started and not ended. */
  get live(): boolean {
    return this.state.started && this.state.windowEnd === null;
  }

  // ---- observations ---------------------------------------------------------------------------

  /** Records events a shell observed now (stamped by the clock). Each is validated as a v1 event. */
  record(...bodies: EventBody[]): Promise<SessionResult> {
    return this.serial(() => this.commit(bodies));
  }

  /**
   * Records events observed at `t` (a detector's time, possibly before events already stored):
   * stored with that time and folded in time order.
   */
  recordAt(t: number, ...bodies: EventBody[]): Promise<SessionResult> {
    return this.serial(() => (Number.isFinite(t) ? this.commit(bodies, t) : { ok: false, error: { code: 'invalid-event', message: 'observation time must be a finite number' }, events: [] }));
  }

  // ---- commands -------------------------------------------------------------------------------

  /** meeting.started, then the participants (names get p1, p2, …; page pids are kept). */
  start(c: StartCommand): Promise<SessionResult> {
    return this.decide(() => {
      if (this.state.started) return refuse('already-started', 'this meeting has already started');
      const joins: EventBody[] = [];
      const taken = new Set<Pid>();
      let n = 1;
      for (const j of c.participants ?? []) {
        if (typeof j === 'string') {
          while (taken.has(`p${n}`)) n++;
          joins.push({ type: 'participant.joined', pid: `p${n}`, name: j });
          taken.add(`p${n}`);
        } else {
          joins.push({ type: 'participant.joined', pid: j.pid, name: j.name, ...(j.self ? { self: true } : {}) });
          taken.add(j.pid);
        }
      }
      const named = (b: EventBody) => b.type === 'participant.joined' && (b.pid === c.facilitator || sameName(b.name, c.facilitator ?? ''));
      const fac = c.facilitator === undefined ? undefined : joins.find(named);
      if (c.facilitator !== undefined && !fac) return refuse('unknown-participant', `the facilitator ${JSON.stringify(c.facilitator)} is not among the participants`);
      const started: EventBody = { type: 'meeting.started', id: c.id, title: c.title, ...(c.platform !== undefined ? { platform: c.platform } : {}), ...(fac && fac.type === 'participant.joined' ? { facilitator: fac.pid } : {}) };
      return { ok: true, events: [started, ...joins], ...(c.at !== undefined ? { at: c.at } : {}) };
    });
  }

  /**
   * Ends the meeting: the running round first (so the record reads cleanly), then meeting.ended.
   * `at`: when it ended, if observed earlier than now (a call whose last tab left a while ago);
   * never before the newest event, so nothing recorded sorts after the end.
   */
  end(at?: number): Promise<SessionResult> {
    return this.decide((t) => {
      const live = this.requireLive();
      if (live) return live;
      const r = this.state.activeRound;
      const events: EventBody[] = r && r.status !== 'ended' ? [{ type: 'round.ended', rid: r.rid }] : [];
      const when = at !== undefined && Number.isFinite(at) ? Math.max(at, this.fold.newest) : t;
      return { ok: true, events: [...events, { type: 'meeting.ended' }], at: when };
    });
  }

  /** A person typed by hand joins (again: someone who left keeps their pid). Result's first event names the pid. */
  addParticipant(name: string): Promise<SessionResult> {
    return this.decide(() => {
      const live = this.requireLive();
      if (live) return live;
      if (typeof name !== 'string' || name.trim() === '') return refuse('name-required', 'a participant needs a name');
      const clean = name.trim();
      const existing = findParticipant(this.state, clean);
      const known = existing === undefined ? undefined : this.state.participants.get(existing);
      if (known?.present) return refuse('already-present', `${JSON.stringify(clean)} is already in the meeting`);
      return { ok: true, events: [{ type: 'participant.joined', pid: known?.pid ?? freePid(this.state), name: known?.name ?? clean }] };
    });
  }

  /** `pid` leaves; if they hold the turn of a running round, the round moves on first. */
  removeParticipant(pid: Pid): Promise<SessionResult> {
    return this.decide((t) => {
      const live = this.requireLive();
      if (live) return live;
      const p = this.state.participants.get(pid);
      if (!p || !p.present) return refuse('not-present', `no participant ${JSON.stringify(pid)} in the meeting`);
      const r = this.state.activeRound;
      const first: EventBody[] = [];
      if (r?.current?.pid === pid && r.status === 'running') {
        const next = decideRound(this.state, { type: 'next' }, t);
        if (next.ok) first.push(...next.events);
      }
      return { ok: true, events: [...first, { type: 'participant.left', pid }] };
    });
  }

  renameParticipant(pid: Pid, name: string): Promise<SessionResult> {
    return this.decide(() => {
      if (!this.state.participants.has(pid)) return refuse('unknown-participant', `no participant ${JSON.stringify(pid)}`);
      if (typeof name !== 'string' || name.trim() === '') return refuse('name-required', 'a participant needs a name');
      return { ok: true, events: [{ type: 'participant.renamed', pid, name: name.trim() }] };
    });
  }

  /**
   * Manual speaking marks: `pid` speaks now and whoever spoke stops at the same instant; marking
   * the one speaking again stops them; null stops everyone.
   */
  markSpeaking(pid: Pid | null): Promise<SessionResult> {
    return this.decide(() => {
      const live = this.requireLive();
      if (live) return live;
      if (pid !== null && !this.state.participants.has(pid)) return refuse('unknown-participant', `no participant ${JSON.stringify(pid)}`);
      const speaking = [...this.state.participants.values()].filter((p) => p.speakingSince !== null).map((p) => p.pid);
      const events: EventBody[] = speaking.map((p) => ({ type: 'speech.ended', pid: p }));
      if (pid !== null && !speaking.includes(pid)) events.push({ type: 'speech.started', pid });
      return { ok: true, events };
    });
  }

  /** Hands facilitation to `pid` (facilitator.changed). */
  changeFacilitator(pid: Pid): Promise<SessionResult> {
    return this.decide(() => {
      const s = this.state;
      if (s.windowEnd !== null) return refuse('meeting-ended', 'the meeting has ended');
      if (!s.participants.has(pid)) return refuse('unknown-participant', `no participant with pid ${JSON.stringify(pid)}`);
      if (currentFacilitator(s) === pid) return refuse('already-facilitator', 'that person already facilitates');
      return { ok: true, events: [{ type: 'facilitator.changed', pid }] };
    });
  }

  /** A round command (start, next, pass, extend, pause, resume, end, hands): decideRound. */
  command(cmd: RoundCommand): Promise<SessionResult> {
    return this.decide((t) => decideRound(this.state, cmd, t));
  }

  /** A decision command (propose, consent round, respond, resolve, withdraw, record): decideConsent. */
  consent(cmd: ConsentCommand): Promise<SessionResult> {
    return this.decide((t) => decideConsent(this.state, this.state.trail, cmd, t));
  }

  /**
   * Stores and folds one event of a log another writer keeps (issue 14: VS Code's copy of the
   * browser's call), exactly as that writer stored it: its time, and nothing derived from it.
   * Rules a writer applies after an event (hands following the floor) are already in that log
   * as events of their own; applying them again here would add events the writer's log does not
   * have, and every later sequence number would point one event off.
   */
  mirror(e: MeetingEvent): Promise<SessionResult> {
    return this.serial(() => {
      const checked = checkEvent(e);
      return checked.ok ? this.appendFrom([checked.event], 0, []) : invalidEvent(e, checked);
    });
  }

  /** An agenda command (set, start, next, end, skip): decideAgenda. */
  agenda(cmd: AgendaCommand): Promise<SessionResult> {
    return this.decide(() => decideAgenda(this.state, cmd));
  }

  /**
   * Hands that follow the floor, between events: lowers each raised hand whose owner has, by
   * now, held the floor as the rule says (hands-follow-floor.ts) although no event came at that
   * moment (someone talking on over another person). Each `hand.lowered {reason:'floor'}` is
   * stamped when the rule became true (`handDeadline`), not when this ran, so a writer that
   * woke late still records the right moment. Nothing due: no events. Shells call it when
   * floorDeadline(state) comes (FloorWatch, hands/floor-watch.ts).
   */
  settleFloor(): Promise<SessionResult> {
    return this.serial(() => {
      const now = this.stamp();
      const s = this.state;
      const due = handsTakingFloor(s, now);
      if (due.length === 0) return { ok: true, events: [] };
      const stamped = due.map((b) => {
        const at = handDeadline(s, s.hands.get((b as { pid: Pid }).pid)!) ?? now;
        return { ...b, v: RECORD_VERSION, t: Math.min(at, now) } as MeetingEvent;
      });
      return this.appendFrom(stamped, 0, []);
    });
  }

  /** A debrief answer (also after the end). */
  debrief(cmd: DebriefCommand): Promise<SessionResult> {
    return this.decide(() => decideDebrief(this.state, cmd));
  }

  // ---- views ----------------------------------------------------------------------------------

  view(now = this.clock.now()): SessionView {
    return viewAt(this.state, now);
  }

  metrics(now = this.clock.now()): MeetingMetrics {
    return computeMetrics(this.state, now);
  }

  round(now = this.clock.now()): RoundView | null {
    return activeRoundView(this.state, now);
  }

  /** Present participants in roster order. */
  roster(): Pid[] {
    return presentRoster(this.state);
  }

  /** Called after every operation that stored at least one event, with those events. Returns an unsubscribe. */
  subscribe(listener: (change: SessionChange, s: MeetingSession) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  // ---- the queue ------------------------------------------------------------------------------

  private requireLive(): Decided | null {
    if (!this.state.started) return refuse('not-started', 'no meeting has started');
    if (this.state.windowEnd !== null) return refuse('meeting-ended', 'the meeting has ended');
    return null;
  }

  /** Decides against the state of every earlier operation, at one stamp `t` that the events then carry. */
  private decide(decide: (t: number) => Decided): Promise<SessionResult> {
    return this.serial(() => {
      const t = this.stamp();
      const d = decide(t);
      return d.ok ? this.commit(d.events, d.at ?? t) : { ok: false, error: d.error, events: [] };
    });
  }

  private stamp(): number {
    const now = this.clock.now();
    const newest = this.fold.newest;
    return now > newest ? now : newest;
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

  private track(run: Promise<SessionResult>): Promise<SessionResult> {
    this.inFlight++;
    const settle = () => void this.inFlight--;
    this.chain = run.then(settle, settle);
    return run;
  }

  private commit(bodies: readonly EventBody[], at?: number): Promise<SessionResult> | SessionResult {
    const t = at ?? this.stamp();
    const stamped: MeetingEvent[] = [];
    for (const body of bodies) {
      const e = { ...body, v: RECORD_VERSION, t } as MeetingEvent;
      const checked = checkEvent(e);
      if (!checked.ok) return invalidEvent(body, checked);
      stamped.push(e);
    }
    const stored = this.appendFrom(stamped, 0, []);
    return isThenable(stored) ? stored.then((r) => this.followFloor(r, t)) : this.followFloor(stored, t);
  }

  /** Appends the hands lowered by the speech just stored, and reports both as one result. */
  private followFloor(r: SessionResult, t: number): Promise<SessionResult> | SessionResult {
    if (!r.ok || !r.events.some(movesFloor)) return r;
    const lowered = handsTakingFloor(this.state, Math.max(t, this.state.lastT));
    if (lowered.length === 0) return r;
    const at = Math.max(t, ...lowered.map((b) => this.state.hands.get((b as { pid: Pid }).pid)?.raisedAt ?? t));
    const stamped = lowered.map((b) => ({ ...b, v: RECORD_VERSION, t: at }) as MeetingEvent);
    const more = this.appendFrom(stamped, 0, []);
    const merge = (m: SessionResult): SessionResult => (m.ok ? { ok: true, events: [...r.events, ...m.events] } : { ...m, events: [...r.events, ...m.events] });
    return isThenable(more) ? more.then(merge) : merge(more);
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
            this.fold.add(e);
            done.push(e);
            return this.appendFrom(stamped, i + 1, done);
          },
          (err: unknown) => this.finish(done, sinkFailed(e, err)),
        );
      this.fold.add(e);
      done.push(e);
    }
    return this.finish(done, null);
  }

  private finish(done: MeetingEvent[], error: SessionError | null): SessionResult {
    // A failing listener (a UI bug) must not turn a persisted, folded event into a failed command.
    if (done.length > 0) {
      const change: SessionChange = { from: this.seq - done.length + 1, events: done };
      for (const l of this.listeners)
        try {
          l(change, this);
        } catch {
          /* the listener's own problem; the session stays consistent */
        }
    }
    return error ? { ok: false, error, events: done } : { ok: true, events: done };
  }
}

function invalidEvent(body: unknown, checked: Exclude<ReturnType<typeof checkEvent>, { ok: true }>): SessionResult {
  const why = 'problem' in checked ? `field ${checked.problem.field} ${checked.problem.message}` : `unknown event type ${checked.newer}`;
  return { ok: false, error: { code: 'invalid-event', message: `${String((body as { type?: unknown }).type)}: ${why}` }, events: [] };
}

function isThenable<T>(v: T | Promise<T>): v is Promise<T> {
  return typeof v === 'object' && v !== null && typeof (v as { then?: unknown }).then === 'function';
}

function sinkFailed(e: MeetingEvent, err: unknown): SessionError {
  return { code: 'sink-failed', message: `could not persist ${e.type}: ${err instanceof Error ? err.message : String(err)}` };
}
