/**
 * The live side of issue 6 for both shells: a MeetingSession plus its leadership state, and
 * commands that are decided and recorded one at a time.
 *
 * Why a chain of its own: decideConsent validates against the state, then the session appends
 * and folds asynchronously (IndexedDB, a file). Two quick clicks must not both be validated
 * against the state before either was folded (two answers for one turn would skip a decider).
 * Each command here waits for the previous one's events to be folded before it is decided.
 *
 * Restoring: the trail's talk marks must be taken as each event is folded, so a session rebuilt
 * by MeetingSession.restore is refolded once here (foldLeadership) rather than caught up against
 * its final state. After that, a subscriber follows every new event.
 */
import type { Pid } from '../record/events';
import type { MeetingSession, SessionResult } from './session';
import { decideConsent, type ConsentCommand, type ConsentError } from '../decisions/consent';
import { decideDebrief, type DebriefCommand, type DebriefResult } from '../debrief/debrief';
import { foldLeadership, followSession, summarizeLeadership, type LeadershipState, type LeadershipSummary } from './leadership-state';

export type FacilitatorErrorCode = 'meeting-ended' | 'unknown-participant' | 'already-facilitator';
export type LeadershipError = ConsentError | Extract<DebriefResult, { ok: false }>['error'] | { code: FacilitatorErrorCode; message: string };
export type LeadershipResult = SessionResult | { ok: false; error: LeadershipError; events: [] };

type Decided = { ok: true; events: Parameters<MeetingSession['record']> } | { ok: false; error: LeadershipError };

export class LeadershipSession {
  readonly leadership: LeadershipState;
  private chain: Promise<unknown> = Promise.resolve();
  private readonly unsubscribe: () => void;

  constructor(readonly session: MeetingSession) {
    this.leadership = foldLeadership(session.events, { minGapMs: session.state.ledger.minGapMs }).leadership;
    this.unsubscribe = session.subscribe((s) => void followSession(this.leadership, s.state, s.events));
  }

  consent(cmd: ConsentCommand): Promise<LeadershipResult> {
    return this.run(() => decideConsent(this.session.state, this.leadership.trail, cmd, this.session.clock.now()));
  }

  debrief(cmd: DebriefCommand): Promise<LeadershipResult> {
    return this.run(() => decideDebrief(this.session.state, cmd));
  }

  /** Hands facilitation to `pid` (facilitator.changed). */
  changeFacilitator(pid: Pid): Promise<LeadershipResult> {
    return this.run(() => {
      const s = this.session.state;
      if (s.windowEnd !== null) return { ok: false, error: { code: 'meeting-ended', message: 'the meeting has ended' } };
      if (!s.participants.has(pid)) return { ok: false, error: { code: 'unknown-participant', message: `no participant with pid ${JSON.stringify(pid)}` } };
      if (s.facilitator === pid) return { ok: false, error: { code: 'already-facilitator', message: 'that person already facilitates' } };
      return { ok: true, events: [{ type: 'facilitator.changed', pid }] };
    });
  }

  /** Decision trail, debrief and facilitators at `now`. */
  view(now = this.session.clock.now()): LeadershipSummary {
    return summarizeLeadership(this.session.state, this.leadership, now);
  }

  dispose(): void {
    this.unsubscribe();
  }

  private run(decide: () => Decided): Promise<LeadershipResult> {
    const op = async (): Promise<LeadershipResult> => {
      const d = decide();
      return d.ok ? this.session.record(...d.events) : { ok: false, error: d.error, events: [] };
    };
    const result = this.chain.then(op, op);
    this.chain = result.catch(() => undefined);
    return result;
  }
}
