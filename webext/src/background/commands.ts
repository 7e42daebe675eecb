/**
 * A page's command on a live meeting, handed to the meeting's session (shared/core), which
 * decides it against its one fold, stamps it and stores it. Only what needs the worker itself
 * (opening a manual meeting, manual mode, ending a call) is MeetingHost's.
 */
import type { MeetingSession, SessionResult } from '../../../shared/core/meeting/session';
import type { ProtocolError, UiCommand } from '../messages';

export type CommandOutcome = { meetingId: string | null; error?: ProtocolError };

/** The commands the session decides on its own. */
export type SessionCommand = Extract<UiCommand, { kind: 'manual-speaking' | 'add-participant' | 'rename' | 'round' | 'agenda' }>;

export function runOnSession(session: MeetingSession, cmd: SessionCommand): Promise<SessionResult> {
  switch (cmd.kind) {
    case 'manual-speaking':
      return session.markSpeaking(cmd.pid);
    case 'add-participant':
      return session.addParticipant(cmd.name);
    case 'rename':
      return session.renameParticipant(cmd.pid, cmd.name);
    case 'round':
      return session.command(cmd.command);
    case 'agenda':
      return session.agenda(cmd.command);
  }
}
