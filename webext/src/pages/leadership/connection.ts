/** Pages' side of issue 6: commands to the worker (MSG.leadership) and the roster in storage. */
import { MSG } from '../../messages';
import { browser } from '../../platform/browser';
import type { LeadershipCommand, LeadershipOutcome } from '../../leadership/protocol';

export function sendLeadership(meetingId: string, command: LeadershipCommand): Promise<LeadershipOutcome> {
  return browser.runtime.sendMessage({ type: MSG.leadership, meetingId, command }) as Promise<LeadershipOutcome>;
}

export { extensionRosterStore as rosterStore } from '../../leadership/roster-store';
