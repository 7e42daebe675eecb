/**
 * The worker's side of issue 6: consent, debrief and facilitator commands for one meeting.
 *
 * Rules:
 * - Runs in MeetingHost's one-at-a-time chain (exclusive), so a command is decided against a
 *   record no other handler is appending to, and two quick clicks are decided one after the other.
 * - The meeting's session (shared/core MeetingSession) decides, stamps and stores each command
 *   against its one fold; nothing is refolded per command. A live meeting's session is the
 *   host's; an ended meeting's is restored from its stored record and still takes what the core
 *   allows after the end (resolving or withdrawing an objection, recording the outcome, debrief
 *   answers), and the meeting stays ended.
 * - The facilitator is recorded in the meeting (facilitator.changed, unless they already
 *   facilitate), then on the team roster's rotation.
 */
import type { Pid } from '../../../shared/core/record/events';
import { recordFacilitation } from '../../../shared/core/team/facilitation-rotation';
import { currentFacilitator } from '../../../shared/core/meeting/meeting-state';
import type { SessionResult } from '../../../shared/core/meeting/session';
import type { Live, MeetingHost } from './meeting-host';
import { ok, refuse, type LeadershipCommand, type Reply } from '../messages';
import { withParticipants } from '../team/people';
import type { RosterStore } from '../storage/roster-store';
import { describeProblem } from '../../../shared/core/l10n/keyed-problem';
import { ENGLISH_TEXT } from '../../../shared/core/l10n/core-text';

type LeadershipOutcome = Reply<null>;

const answer = (r: SessionResult): LeadershipOutcome => (r.ok ? ok(null) : refuse(r.error.code, r.error.message));

export class LeadershipWorker {
  constructor(
    private readonly host: MeetingHost,
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
    const m = await this.host.meeting(msg.meetingId);
    if (!m) return refuse('no-meeting', 'no such meeting');
    const cmd = msg.command;
    if (cmd.kind === 'consent') return answer(await m.session.consent(cmd.command));
    if (cmd.kind === 'debrief') return answer(await m.session.debrief(cmd.command));
    if (cmd.kind === 'facilitator') return this.facilitator(m, cmd.pid);
    return refuse('malformed', 'unknown leadership command');
  }

  /** facilitator.changed in the record (unless they already facilitate), then the facilitation on the roster. */
  private async facilitator(m: Live, pid: Pid): Promise<LeadershipOutcome> {
    const s = m.session.state;
    if (s.windowEnd !== null) return refuse('meeting-ended', 'the meeting has ended');
    const p = s.participants.get(pid);
    if (!p) return refuse('unknown-participant', `no participant with pid ${JSON.stringify(pid)}`);
    const loaded = await this.roster.load();
    // A damaged stored roster is not overwritten: the roster page shows its problem.
    if (!loaded.ok) return refuse('roster-damaged', describeProblem(loaded.problem, ENGLISH_TEXT));
    if (currentFacilitator(s) !== pid) {
      const changed = await m.session.changeFacilitator(pid);
      if (!changed.ok) return answer(changed);
    }
    const { roster, idOf } = withParticipants(loaded.roster, [{ pid, name: p.name }]);
    const change = recordFacilitation(roster, { pid: idOf.get(pid)!, at: m.info.startedAt, meetingId: m.info.id });
    if (!change.ok) return refuse('roster-damaged', describeProblem(change.problem, ENGLISH_TEXT));
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
