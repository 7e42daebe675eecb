/**
 * One view's copy of a meeting, kept by pushed events: a view (the VS Code webview, a browser
 * page) receives the record once (`reset`), then only new events (`apply`), and folds each with
 * the core's time-ordered fold, so it never re-reads or re-folds the record per event and shows
 * exactly what the session decided from (same fold, same order rule).
 *
 * Sequence numbers (MeetingSession's): event n of the record is seq n (1-based). `apply(from,
 * events)` takes events numbered from..from+k-1:
 * - already held (from <= seq): the overlap is skipped, nothing is folded twice;
 * - the next ones (from === seq + 1): folded;
 * - a gap (from > seq + 1: messages lost, e.g. the page slept): nothing is folded and the answer
 *   is 'resync', so the view asks for the record again instead of showing a wrong state.
 * Every event passes the model's `check` as it arrives (names are untrusted); a bad one stops the
 * model with `problem` set, rather than rendering something it could not check. The check is the
 * record's validator (MeetingModel, meeting-model.ts: what the VS Code webview and the tests
 * use), or, where the sender has validated every event it sends, a check that takes its word (the
 * extension's pages: their worker checks what it pushes, webext/src/views.ts, and names the first
 * bad event as `problem`). The validator is 5.5 KiB minified that the side panel's live part then
 * does not load (README, *Bundles*).
 *
 * The fold's parts (the agenda, decision trail and debrief's code: core meeting-parts.ts) come with
 * the options, or later (`loadParts`: the side panel's live view shows without them). Until they
 * are there, `waitFor` gives what a push that needs them must wait for; a model whose parts failed
 * to load stops (`partsMissing`) at the first event that needs them, rather than show the meeting
 * without it.
 *
 * Derived views (live panel, leadership, summary) are computed on demand at a `now` and cached
 * per change, so a render costs one derivation whatever the meeting's length. The live panel's is
 * a method (`live`); the others are functions of model-views.ts, so that a module which holds a
 * model does not bring them along (README, *Bundles*).
 */
import type { EventCheck, EventProblem } from '../core/record/record';
import { TimeOrderedFold, type TimeOrderedFoldOptions } from '../core/meeting/time-ordered-fold';
import { FoldedRecord } from '../core/meeting/folded-record';
import { partEvent } from '../core/meeting/meeting-state';
import type { MeetingParts } from '../core/meeting/meeting-state';
import { toLiveState, type LiveOptions } from './from-core';
import type { LiveState } from './types';

export type { EventProblem };

export type ApplyResult = 'ok' | 'resync' | 'invalid';

export class FoldedModel extends FoldedRecord {
  /** Bumped on every change: derived views are cached per version (and per `now`). */
  version = 0;
  /**
   * Why the model stopped: the event (counted from 1) that failed validation and what is wrong
   * with it, as data; the page words it in the reader's language (describeEventProblem).
   */
  problem: EventProblem | null = null;
  /** The parts' code did not load, and an event needed it: the model stopped before that event. */
  partsMissing = false;
  /** The parts while they load (loadParts); null once they are there, or failed to load. */
  private partsLoad: Promise<void> | null = null;
  /** One derived value per kind, for one `now` and the current version. */
  private cache = new Map<string, { now: number; value: unknown }>();

  /** `check`: what each event given must pass (see above). */
  constructor(
    private options: TimeOrderedFoldOptions,
    private readonly check: EventCheck,
  ) {
    super(options);
  }

  /**
   * The whole record (on connect, after a reload or a resync). `problem`: the sender's own check
   * stopped at this event (the events given are those before it); the model stops there too.
   */
  reset(events: readonly unknown[], problem: EventProblem | null = null): ApplyResult {
    this.fold = new TimeOrderedFold(this.options);
    this.problem = null;
    this.partsMissing = false;
    const result = this.take(events, 0);
    if (!problem || result !== 'ok') return result;
    this.problem = problem;
    this.changed();
    return 'invalid';
  }

  /** New events numbered from `from`; see the rules above. */
  apply(from: number, events: readonly unknown[]): ApplyResult {
    if (this.problem || this.partsMissing) return 'invalid';
    if (from > this.seq + 1) return 'resync';
    return this.take(events, this.seq + 1 - from);
  }

  private take(events: readonly unknown[], skip: number): ApplyResult {
    for (let i = Math.max(0, skip); i < events.length; i++) {
      const c = this.check(events[i]);
      if (c.ok && !this.fold.hasParts && partEvent(c.event)) {
        this.partsMissing = true;
        this.changed();
        return 'invalid';
      }
      if (c.ok) this.fold.add(c.event);
      else if ('problem' in c) {
        this.problem = { ...c.problem, event: this.seq + 1 };
        this.changed();
        return 'invalid';
      }
      // A newer version's event type is skipped, as every reader does.
    }
    this.changed();
    return 'ok';
  }

  /**
   * The parts, given later (their module's import): they are attached once loaded, to this fold
   * and to every fold a reset makes. Until then a push whose events need them waits (`waitFor`).
   */
  loadParts(load: Promise<MeetingParts>): void {
    this.partsLoad = load.then(
      (parts) => {
        this.options = { ...this.options, parts };
        this.fold.attach(parts);
        this.partsLoad = null;
      },
      () => void (this.partsLoad = null),
    );
  }

  /** Null: `events` (a push's) can be folded now; else what they wait for: the parts loaded (or failed to). */
  waitFor(events: readonly unknown[]): Promise<void> | null {
    return this.partsLoad && !this.fold.hasParts && events.some(partEvent) ? this.partsLoad : null;
  }

  private changed(): void {
    this.version++;
    this.cache.clear();
  }

  /** A value derived from the model at `now`, made once per change and `now` (`kind`: what it is). */
  derive<T>(kind: string, now: number, make: () => T): T {
    const hit = this.cache.get(kind);
    if (hit && hit.now === now) return hit.value as T;
    const value = make();
    this.cache.set(kind, { now, value });
    return value;
  }

  /** The live panel's props at `now`. */
  live(now: number, options: LiveOptions = {}): LiveState {
    return this.derive('live', now, () => toLiveState(this.state, now, this.options.parts, options));
  }
}
