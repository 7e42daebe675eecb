/** Pages' side of issue 6: commands to the worker (MSG.leadership) and the roster in storage. */
import { MSG, type LeadershipCommand, type ReplyTo } from '../../messages';
import { send } from '../connection';

export function sendLeadership(meetingId: string, command: LeadershipCommand): Promise<ReplyTo<typeof MSG.leadership>> {
  return send(MSG.leadership, { meetingId, command });
}

export { extensionRosterStore as rosterStore } from '../../storage/roster-store';
