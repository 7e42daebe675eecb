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
import { displayText, recordsText } from '../records-text';
import { TrendsPanel } from './trends-panel';
import type { HostKind } from '../webview-html';

export interface LeadershipHost {
  extensionUri: vscode.Uri;
  log: (message: string) => void;
  host: HostKind;
}

export function activateLeadership(meeting: LiveMeeting, rounds: RoundCommands, records: Records, view: LeadershipHost): { team: TeamRoster; leadership: Leadership; disposables: vscode.Disposable[] } {
  const leadership = new Leadership(meeting, new LeadershipFiles(() => records.dir(readSettings().recordsLocation), () => recordsText(view.extensionUri), () => displayText(view.extensionUri)), vscode.l10n.t);
  const panel = new TrendsPanel(view.extensionUri, view.log, view.host);
  const trends = new TrendsView(leadership, panel);
  const commands = new LeadershipCommands(leadership, rounds, trends);
  return { team: leadership.team, leadership, disposables: [leadership, panel, trends, trends.register(), ...commands.register()] };
}
