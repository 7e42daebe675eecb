/**
 * Issue 6's ui->background messages (MSG.leadership). Every command is decided by the core
 * (decideConsent, decideDebrief) in the worker against the meeting's persisted record, and its
 * events are appended to the meeting's IndexedDB log before the reply: a worker stopped between
 * two answers of a consent round finds the round and the trail again in the log.
 */
import type { Pid } from '../../../shared/core/record/events';
import type { ConsentCommand } from '../../../shared/core/decisions/consent';
import type { DebriefCommand } from '../../../shared/core/debrief/debrief';
import { MSG } from '../messages';

export type LeadershipCommand =
  | { kind: 'consent'; command: ConsentCommand }
  | { kind: 'debrief'; command: DebriefCommand }
  /** Records who facilitates (facilitator.changed) and the facilitation on the team roster. */
  | { kind: 'facilitator'; pid: Pid };

export interface LeadershipMessage {
  type: typeof MSG.leadership;
  meetingId: string;
  command: LeadershipCommand;
}

export type LeadershipOutcome = { ok: true } | { ok: false; error: string };
