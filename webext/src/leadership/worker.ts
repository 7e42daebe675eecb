/**
 * The worker's side of issue 6: consent, debrief and facilitator commands for one meeting.
 *
 * Rules:
 * - Runs in MeetingHost's one-at-a-time chain (exclusive), so a command is decided against a
 *   record no other handler is appending to, and two quick clicks are decided one after the other.
 * - Decides against the persisted log, refolded each time (foldRecord): the trail needs talk
 *   marks taken event by event, and refolding makes a restarted worker exactly as good as one
 *   that never stopped. Commands are rare (a click), records are small.
 * - Appends through MeetingHost.record (validated, one IndexedDB transaction per event, awaited)
 *   before replying. A live meeting's folded state takes the events too.
 * - An ended meeting still takes what the core allows after the end (resolving or withdrawing an
 *   objection, recording the outcome, debrief answers): the record is folded into a throwaway
 *   Live just for appending, and the meeting stays ended.
 */
import type { EventBody, Pid } from '../../../shared/core/record/events';
import { decideConsent, type ConsentErrorCode } from '../../../shared/core/decisions/consent';
import { decideDebrief, type DebriefErrorCode } from '../../../shared/core/debrief/debrief';
import { recordFacilitation } from '../../../shared/core/team/facilitation-rotation';
import { currentFacilitator, type MeetingState } from '../../../shared/core/meeting/meeting-state';
import { liveOf, type Live, type MeetingHost } from '../background/meeting-host';
import { ok, refuse, type LeadershipCommand, type Reply } from '../messages';
import type { MeetingStore } from '../storage/event-store';
import { withParticipants } from './people';
import { foldRecord } from './record';
import type { RosterStore } from './roster-store';

type LeadershipOutcome = Reply<null>;

export class LeadershipWorker {
  constructor(
    private readonly host: MeetingHost,
    private readonly store: MeetingStore,
    private readonly roster: RosterStore,
    private readonly notify: (meetingId: string) => void,
  ) {}

  handle(msg: { meetingId: string; command: LeadershipCommand }): Promise<LeadershipOutcome> {
    return this.host.exclusive(async () => {
      const outcome = await this.run(msg);
      if (outcome.ok) this.notify(msg.meetingId);
      return outcome;
    });
  }

  private async run(msg: { meetingId: string; command: LeadershipCommand }): Promise<LeadershipOutcome> {
    const live = this.host.current(msg.meetingId);
    const info = live?.info ?? (await this.store.meetings()).find((m) => m.id === msg.meetingId);
    if (!info) return refuse('no-meeting', 'no such meeting');
    const events = await this.store.events(info.id);
    const state = foldRecord(events);
    const target: Live = live ?? liveOf(info, state, events);
    // Never before the last event: an answer must not sort before the turn it answers.
    const t = Math.max(this.host.now(), state.lastT);
    const cmd = msg.command;
    let decided: { ok: true; events: EventBody[] } | { ok: false; error: { code: ConsentErrorCode | DebriefErrorCode; message: string } };
    if (cmd.kind === 'consent') decided = decideConsent(state, state.trail, cmd.command, t);
    else if (cmd.kind === 'debrief') decided = decideDebrief(state, cmd.command);
    else if (cmd.kind === 'facilitator') return this.facilitator(target, state, cmd.pid, t);
    else return refuse('malformed', 'unknown leadership command');
    if (!decided.ok) return refuse(decided.error.code, decided.error.message);
    for (const body of decided.events) await this.host.record(target, body, t);
    return ok(null);
  }

  /** facilitator.changed in the record (unless they already facilitate), then the facilitation on the roster. */
  private async facilitator(m: Live, s: MeetingState, pid: Pid, t: number): Promise<LeadershipOutcome> {
    if (s.windowEnd !== null) return refuse('meeting-ended', 'the meeting has ended');
    const p = s.participants.get(pid);
    if (!p) return refuse('unknown-participant', `no participant with pid ${JSON.stringify(pid)}`);
    const loaded = await this.roster.load();
    // A damaged stored roster is not overwritten: the roster page shows its problem.
    if (!loaded.ok) return refuse('roster-damaged', loaded.error);
    if (currentFacilitator(s) !== pid) await this.host.record(m, { type: 'facilitator.changed', pid }, t);
    const { roster, idOf } = withParticipants(loaded.roster, [{ pid, name: p.name }]);
    const change = recordFacilitation(roster, { pid: idOf.get(pid)!, at: m.info.startedAt, meetingId: m.info.id });
    if (!change.ok) return refuse('roster-damaged', change.message);
    // Someone the call page put on the roster is remembered as such: deleting this meeting removes them again.
    const added = roster.people.length > loaded.roster.people.length ? idOf.get(pid)! : null;
    try {
      if (added !== null && this.roster.setAutoAdded) await this.roster.setAutoAdded({ ...((await this.roster.autoAdded?.()) ?? {}), [added]: m.info.id });
      await this.roster.save(change.roster);
    } catch (e) {
      // The facilitator is in the record; only the roster's copy could not be stored (quota).
      return refuse('roster-unsaved', `the roster could not be saved: ${e instanceof Error ? e.message : String(e)}`);
    }
    return ok(null);
  }
}
