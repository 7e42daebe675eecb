/**
 * The shared-leadership files in the workspace, through workspace.fs (so the web host works too):
 *   .roundtable/roster.json           the team roster, rota and decision matrix (read; written when a facilitator is chosen)
 *   .roundtable/decisions/NNNN-*.md   one record per decision item, plus README.md (the index)
 *   .roundtable/playbook.md           every meeting's debrief, rebuilt whole from the meetings
 *
 * Guarantees: a roster.json that does not parse is never written over (the caller shows why);
 * decision files are planned by the core (planDecisionFolder), so writing again updates an item
 * in place under its own number; files in decisions/ that are not Roundtable's are left alone.
 * Without a workspace folder there is nowhere shared to write: nothing is written.
 */
import { ENGLISH_TEXT, type CoreText } from '../../../shared/core/l10n/core-text';
import * as vscode from 'vscode';
import type { Pid } from '../../../shared/core/record/events';
import { DECISION_INDEX_FILE, planDecisionFolder, type FolderFile } from '../../../shared/core/decisions/decision-folder';
import type { DecisionItemView } from '../../../shared/core/decisions/decision-view';
import { renderPlaybook } from '../../../shared/core/debrief/playbook-markdown';
import type { Summary } from '../../../shared/core/summary/summary';
import { Paths } from '../ids';
import { readRecordFile } from '../records';
import { playbookMeetingOf, summarizeMeeting, uniqueMeetings } from './meeting-history';
import { readRosterText, type RosterRead } from './team-roster';

const encode = (s: string) => new TextEncoder().encode(s);

/**
 * Writes through a temporary file and a rename, so a reader (git, an open editor, a test) sees
 * the old text or the new one, never a file cut short while it is being rewritten.
 */
async function writeWhole(uri: vscode.Uri, text: string): Promise<void> {
  const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  const tmp = vscode.Uri.joinPath(uri, '..', `.${name}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`);
  await vscode.workspace.fs.writeFile(tmp, encode(text));
  try {
    await vscode.workspace.fs.rename(tmp, uri, { overwrite: true });
  } catch (e) {
    await vscode.workspace.fs.delete(tmp).then(undefined, () => undefined);
    throw e;
  }
}

async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch (e) {
    if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') return undefined;
    throw e;
  }
}

export class LeadershipFiles {
  constructor(
    private readonly meetingsDir: () => vscode.Uri,
    /** The records' language (roundtable.recordsLanguage), asked at each write. */
    readonly text: () => Promise<CoreText> = async () => ENGLISH_TEXT,
    /** The core's words for the person at the keyboard (a roster's problems): VS Code's display language. */
    readonly display: () => Promise<CoreText> = async () => ENGLISH_TEXT,
  ) {}

  root(): vscode.Uri | undefined {
    return vscode.workspace.workspaceFolders?.[0]?.uri;
  }
  private at(path: string): vscode.Uri | undefined {
    const r = this.root();
    return r && vscode.Uri.joinPath(r, path);
  }

  async readRoster(): Promise<RosterRead> {
    const uri = this.at(Paths.roster);
    if (!uri) return { kind: 'missing' };
    try {
      return readRosterText(await readText(uri), await this.display());
    } catch (e) {
      return { kind: 'corrupt', message: e instanceof Error ? e.message : String(e) };
    }
  }

  async writeRoster(text: string): Promise<vscode.Uri | undefined> {
    const uri = this.at(Paths.roster);
    if (!uri) return undefined;
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
    await writeWhole(uri, text);
    return uri;
  }

  /** Writes (or rewrites) the meeting's decision records and the index; returns the files written. */
  async writeDecisions(meeting: { id: string; title: string; startedAt: number | null }, items: readonly DecisionItemView[], names: ReadonlyMap<Pid, string>): Promise<vscode.Uri[]> {
    const dir = this.at(Paths.decisions);
    if (!dir || items.length === 0) return [];
    await vscode.workspace.fs.createDirectory(dir);
    const existing: FolderFile[] = [];
    for (const [name, type] of await vscode.workspace.fs.readDirectory(dir)) {
      if (type !== vscode.FileType.File || !name.endsWith('.md')) continue;
      const text = await readText(vscode.Uri.joinPath(dir, name));
      if (text !== undefined) existing.push({ fileName: name, text });
    }
    const plan = planDecisionFolder(existing, meeting, items, names, await this.text());
    const written: vscode.Uri[] = [];
    for (const w of plan.writes) {
      const uri = vscode.Uri.joinPath(dir, w.fileName);
      await writeWhole(uri, w.text);
      written.push(uri);
    }
    const index = vscode.Uri.joinPath(dir, DECISION_INDEX_FILE);
    await writeWhole(index, plan.index);
    return [...written, index];
  }

  /** Summaries of the readable records in the meetings folder (unreadable ones are reported by Records.check, not here). */
  async pastMeetings(minGapMs: number): Promise<Summary[]> {
    const dir = this.meetingsDir();
    let entries: [string, vscode.FileType][];
    try {
      entries = await vscode.workspace.fs.readDirectory(dir);
    } catch {
      return [];
    }
    const out: Summary[] = [];
    for (const [name, type] of entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (type !== vscode.FileType.File || !name.endsWith('.jsonl')) continue;
      const r = await readRecordFile(vscode.Uri.joinPath(dir, name));
      if (r.ok) out.push(summarizeMeeting(r.events, minGapMs));
    }
    return out;
  }

  /** Rebuilds playbook.md from the meetings on disk plus `current` (the live or just-ended meeting). */
  async writePlaybook(minGapMs: number, current?: Summary): Promise<vscode.Uri | undefined> {
    const uri = this.at(Paths.playbook);
    if (!uri) return undefined;
    const meetings = uniqueMeetings([...(await this.pastMeetings(minGapMs)), ...(current ? [current] : [])]);
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
    await writeWhole(uri, renderPlaybook(meetings.map(playbookMeetingOf), await this.text()));
    return uri;
  }
}
