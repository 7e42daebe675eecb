/**
 * Wires shared leadership (issue 6) into the extension: one call from roundtable.ts.
 * Returns the disposables and the team-roster hook that Start Meeting uses.
 */
import * as vscode from 'vscode';
import type { LiveMeeting } from '../live-meeting';
import type { TeamRoster } from '../meeting-commands';
import type { Records } from '../records';
import type { RoundCommands } from '../round-commands';
import { readSettings } from '../settings';
import { Leadership } from './leadership';
import { LeadershipCommands } from './leadership-commands';
import { LeadershipFiles } from './leadership-files';
import { TrendsView } from './trends-view';

export function activateLeadership(meeting: LiveMeeting, rounds: RoundCommands, records: Records): { team: TeamRoster; leadership: Leadership; disposables: vscode.Disposable[] } {
  const leadership = new Leadership(meeting, new LeadershipFiles(() => records.dir(readSettings().recordsLocation)), vscode.l10n.t);
  const trends = new TrendsView(leadership);
  const commands = new LeadershipCommands(leadership, rounds, trends);
  return { team: leadership.team, leadership, disposables: [leadership, trends, trends.register(), ...commands.register()] };
}
