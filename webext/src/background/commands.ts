/**
 * Page commands -> meeting events. Rounds and hands are decided by the core (decideRound:
 * order strategies, next turn, deficit queue, validation); this file only handles what is the
 * browser's own: manual marking, roster edits, ending the meeting.
 */
import { decideRound } from '../../../shared/core/rounds/round-commands';
import { decideAgenda } from '../../../shared/core/agenda/agenda-commands';
import type { ProtocolError, UiCommand } from '../messages';
import type { Live, MeetingHost } from './meeting-host';

export type CommandOutcome = { meetingId: string | null; error?: ProtocolError };

/** Runs one command; returns the id of the meeting it changed (null: nothing to do), or the core's refusal. */
export async function executeCommand(host: MeetingHost, meetingId: string | undefined, cmd: UiCommand): Promise<CommandOutcome> {
  const now = host.now();
  if (cmd.kind === 'start-manual') {
    const m = await host.open(`manual/${now}`, cmd.title, 'manual', now, true);
    for (const [i, name] of cmd.names.entries()) await host.record(m, { type: 'participant.joined', pid: `p${i + 1}`, name }, now);
    return { meetingId: m.info.id };
  }
  const m = host.current(meetingId);
  if (!m) return { meetingId: null };
  switch (cmd.kind) {
    case 'manual-mode':
      await host.setManual(m, cmd.on);
      if (cmd.on) for (const c of m.union.reconcileAll(now)) await host.record(m, { type: 'speech.ended', pid: c.pid }, c.t);
      break;
    case 'manual-speaking':
      await markSpeaking(host, m, cmd.pid, now);
      break;
    case 'add-participant':
      await host.record(m, { type: 'participant.joined', pid: `p${m.state.participants.size + 1}-${now}`, name: cmd.name }, now);
      break;
    case 'rename':
      await host.record(m, { type: 'participant.renamed', pid: cmd.pid, name: cmd.name }, now);
      break;
    case 'end-meeting':
      await host.end(m, now);
      break;
    case 'round':
    case 'agenda': {
      const t = Math.max(now, m.state.lastT);
      const decided = cmd.kind === 'round' ? decideRound(m.state, cmd.command, t) : decideAgenda(m.state, cmd.command);
      if (!decided.ok) return { meetingId: m.info.id, error: decided.error };
      for (const body of decided.events) await host.record(m, body, t);
      break;
    }
  }
  return { meetingId: m.info.id };
}

/** Manual mode: one speaker at a time; `pid` null means nobody. Marking the speaker again stops them. */
async function markSpeaking(host: MeetingHost, m: Live, pid: string | null, now: number): Promise<void> {
  const speaking = [...m.state.participants.values()].filter((p) => p.speakingSince !== null).map((p) => p.pid);
  for (const other of speaking) await host.record(m, { type: 'speech.ended', pid: other }, now);
  if (pid && !speaking.includes(pid)) await host.record(m, { type: 'speech.started', pid }, now);
}
