/**
 * The meeting fold as a live engine and every view run it: events come in arrival order (the
 * record's order, as the sink stored them) and are folded in time order.
 *
 * Why: a speech detector reports what it saw with the time it saw it, after smoothing (an end
 * of speech is known only after its hang-over), so an observation may arrive after events that
 * happened later. Readers of a record sort it by time (readRecord, a stable sort) before folding.
 * If the live engine folded in arrival order, whose turn it is, who is quietest and who may
 * answer could be decided from other talk times than any reader shows.
 *
 * Invariant (tested as a property): `state` deep-equals `foldEvents(sortByTime(events))` after
 * every `add`, whatever the arrival order. Ties keep arrival order, as the stable sort does.
 *
 * How, cheaply:
 * - An event at or after the newest time folded is applied at once (the common case, O(1)).
 * - An older one is inserted where the stable sort puts it (after every event with t <= its t)
 *   and the state is rebuilt from a checkpoint: a second state that has folded only the events
 *   more than `horizonMs` older than the newest. A rebuild clones it (cloneMeetingState: in time
 *   that grows with people and running rounds, not with the meeting's length) and replays the
 *   last horizon of events. The checkpoint catches up lazily, at a rebuild, so a meeting whose
 *   events all come in time order (VS Code's) never pays for it.
 * - An event older than the checkpoint (a tab throttled for longer than the horizon) refolds
 *   everything from the start: rare, and still exact.
 * - `state` keeps its identity across rebuilds (the rebuilt fields are copied into it).
 */
import type { MeetingEvent, Pid } from '../record/events';
import { cloneRound } from '../rounds/round-state';
import { cloneLedger, type ParticipantEntry } from '../talk/ledger';
import { createMeetingState, emptyAgenda, emptyTrail, foldEvent, type FoldOptions, type MeetingParts, type MeetingState } from './meeting-state';
import { share } from './copy-on-write';

export const DEFAULT_HORIZON_MS = 30_000;

/**
 * A deep copy to fold on, costing what the state holds per person and per running round, not
 * what the meeting said: parts that are never written again are shared (ended rounds, closed
 * turns, lowered hands, facilitator spans, debrief answers), and the parts that grow with the
 * meeting are shared copy-on-write (the list of lowered hands, the floor's full gap chunks, the trail's
 * talk history, its list and map of decision items and the items; copy-on-write.ts), so a
 * rebuild copies only what its replayed events change. (structuredClone of the state cost about 2 µs per object, and the copies of gaps and
 * talk history grew with the meeting: a detector back-dating most ends made the session
 * quadratic.) The object literals list every field, so a new field of the state does not
 * compile until it is copied here or in its part's clone. `parts`: the fold's (meeting-state.ts);
 * without them the agenda and the trail are still empty, so fresh empty ones are their copy.
 */
export function cloneMeetingState(s: MeetingState, parts: MeetingParts | null): MeetingState {
  share(s);
  const participants = new Map<Pid, ParticipantEntry>();
  for (const [pid, p] of s.participants) participants.set(pid, { ...p });
  const rounds = s.rounds.map((r) => (r.endedAt === null ? cloneRound(r) : r));
  const roundsById = new Map(rounds.map((r) => [r.rid, r]));
  return {
    id: s.id,
    title: s.title,
    platform: s.platform,
    facilitators: s.facilitators.slice(),
    started: s.started,
    windowStart: s.windowStart,
    windowEnd: s.windowEnd,
    participants,
    ledger: cloneLedger(s.ledger, participants),
    rounds,
    roundsById,
    activeRound: s.activeRound && roundsById.get(s.activeRound.rid)!,
    turnOpened: s.turnOpened,
    hands: new Map(s.hands),
    loweredHands: s.loweredHands,
    handsFollowFloor: s.handsFollowFloor,
    agenda: parts ? parts.cloneAgenda(s.agenda) : emptyAgenda(),
    trail: parts ? parts.cloneTrail(s.trail) : emptyTrail(),
    debrief: s.debrief.slice(),
    lastT: s.lastT,
    eventCount: s.eventCount,
    ignored: s.ignored,
  };
}

export interface TimeOrderedFoldOptions extends FoldOptions {
  /** How far back the checkpoint trails the newest event (longer: rarer refolds, longer replays). */
  horizonMs?: number;
  /**
   * The fold's parts (meeting-state.ts: MEETING_PARTS), or null until `attach` gives them (the side
   * panel's model). No default: a module that names the parts brings their code into its bundle.
   */
  parts: MeetingParts | null;
}

/** A fold's settings, its parts aside (what a session or a model with every part is given). */
export type FoldSettings = Omit<TimeOrderedFoldOptions, 'parts'>;

export class TimeOrderedFold {
  readonly state: MeetingState;
  /** Every event in arrival order: the record as stored. Event n (1-based seq) is `events[n - 1]`. */
  readonly events: MeetingEvent[] = [];
  /** The same events in time order (stable), as they are folded. */
  private readonly sorted: MeetingEvent[] = [];
  /** The state of sorted[0 .. checkpointed): the events older than the horizon. */
  private checkpoint: MeetingState;
  private checkpointed = 0;
  private readonly horizonMs: number;
  private parts: MeetingParts | null;
  /** How many arrivals needed a rebuild from the checkpoint / a refold from the start (for the bench and tests). */
  rebuilds = 0;
  refolds = 0;

  constructor(private readonly options: TimeOrderedFoldOptions) {
    this.state = createMeetingState(options);
    this.checkpoint = createMeetingState(options);
    this.horizonMs = options.horizonMs ?? DEFAULT_HORIZON_MS;
    this.parts = options.parts;
  }

  /** A fold of a whole record, in the order it was stored. */
  static of(events: Iterable<MeetingEvent>, options: TimeOrderedFoldOptions): TimeOrderedFold {
    const f = new TimeOrderedFold(options);
    for (const e of events) f.add(e);
    return f;
  }

  /** The newest time folded (-Infinity before the first event). */
  get newest(): number {
    const last = this.sorted[this.sorted.length - 1];
    return last ? last.t : -Infinity;
  }

  /** Folds with `parts` from now on: the same state as with them from the start, as no partEvent came before. */
  attach(parts: MeetingParts): void {
    this.parts = parts;
  }

  /** Whether events to come may be partEvents (meeting-state.ts). */
  get hasParts(): boolean {
    return this.parts !== null;
  }

  add(e: MeetingEvent): void {
    this.events.push(e);
    const n = this.sorted.length;
    if (n === 0 || e.t >= this.sorted[n - 1]!.t) {
      this.sorted.push(e);
      foldEvent(this.state, e, this.parts);
      return;
    }
    const at = this.insertionPoint(e.t);
    this.advanceCheckpoint(at);
    this.sorted.splice(at, 0, e);
    if (at >= this.checkpointed) this.rebuild();
    else this.refold();
  }

  /** Index after every event with t <= `t` (binary search; the stable sort's place). */
  private insertionPoint(t: number): number {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.sorted[mid]!.t <= t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private rebuild(): void {
    this.rebuilds++;
    const fresh = cloneMeetingState(this.checkpoint, this.parts);
    for (let i = this.checkpointed; i < this.sorted.length; i++) foldEvent(fresh, this.sorted[i]!, this.parts);
    Object.assign(this.state, fresh);
  }

  private refold(): void {
    this.refolds++;
    this.checkpoint = createMeetingState(this.options);
    this.checkpointed = 0;
    const fresh = createMeetingState(this.options);
    for (const e of this.sorted) foldEvent(fresh, e, this.parts);
    Object.assign(this.state, fresh);
  }

  /** Folds into the checkpoint the events older than the horizon, never past index `upTo`. */
  private advanceCheckpoint(upTo: number): void {
    const limit = this.newest - this.horizonMs;
    while (this.checkpointed < upTo && this.sorted[this.checkpointed]!.t < limit) foldEvent(this.checkpoint, this.sorted[this.checkpointed++]!, this.parts);
  }
}
