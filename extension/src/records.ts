/**
 * Finished meetings on disk: `<date>-<slug>.jsonl` (the record) and `<date>-<slug>.md` (its
 * summary) under `.roundtable/meetings/` in the first workspace folder, or under the
 * extension's global storage when no folder is open or `roundtable.recordsLocation` says so.
 *
 * Guarantees: an existing file is never overwritten (a numeric suffix is added); files that are
 * not valid records, or not Roundtable's at all, are reported by name and reason and never
 * modified, moved or deleted.
 */
import * as vscode from 'vscode';
import type { MeetingEvent } from '../../shared/core/record/events';
import { readRecord, serializeRecord } from '../../shared/core/record/record';
import { describeRecordProblem } from '../../shared/core/record/record-problem';
import { renderSummary, summarizeRecord, type ReportFormat } from '../../shared/core/summary/report';
import { ENGLISH_TEXT, type CoreText } from '../../shared/core/l10n/core-text';
import { meetingFileBase, type ZoneOffset } from '../../shared/core/team/file-names';
import { Paths } from './ids';
import { expiredMeetingFiles } from '../../shared/core/meeting/retention';
import { summarizeMeeting } from './leadership/meeting-history';
import type { RecordsLocation } from './settings';

/** This machine's time zone: files are named for the local day a meeting started (the core's one date convention). */
const localZone: ZoneOffset = (t) => -new Date(t).getTimezoneOffset();

export interface Problem {
  file: vscode.Uri;
  message: string;
}

export class Records {
  /** `text`: the records language's words (records-text.ts), read at each write so a changed setting applies at once. */
  constructor(
    private readonly globalStorage: vscode.Uri,
    readonly text: () => Promise<CoreText> = async () => ENGLISH_TEXT,
  ) {}

  /** Where finished meetings go now. */
  dir(location: RecordsLocation): vscode.Uri {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (folder && location === 'workspace') return vscode.Uri.joinPath(folder.uri, Paths.meetings);
    return vscode.Uri.joinPath(this.globalStorage, 'meetings');
  }

  private async exists(uri: vscode.Uri): Promise<boolean> {
    try {
      await vscode.workspace.fs.stat(uri);
      return true;
    } catch {
      return false;
    }
  }

  /**
   * A folder's entries, none when it does not exist. Stat first: the node host's fs logs every
   * failed readdir as a warning with a stack trace, and a meetings folder not made yet is normal.
   */
  private async entries(dir: vscode.Uri): Promise<[string, vscode.FileType][]> {
    try {
      if (((await vscode.workspace.fs.stat(dir)).type & vscode.FileType.Directory) === 0) return [];
      return await vscode.workspace.fs.readDirectory(dir);
    } catch {
      return [];
    }
  }

  /** Writes the record and its Markdown summary; returns both files. */
  async writeFinished(events: readonly MeetingEvent[], title: string, location: RecordsLocation, minGapMs: number): Promise<{ record: vscode.Uri; summary: vscode.Uri }> {
    const dir = this.dir(location);
    await vscode.workspace.fs.createDirectory(dir);
    const start = events.find((e) => e.type === 'meeting.started')?.t ?? events[0]?.t ?? 0;
    const base = meetingFileBase(start, title, localZone);
    let name = base;
    for (let n = 2; (await this.exists(vscode.Uri.joinPath(dir, `${name}.jsonl`))) || (await this.exists(vscode.Uri.joinPath(dir, `${name}.md`))); n++) name = `${base}-${n}`;
    const files = { record: vscode.Uri.joinPath(dir, `${name}.jsonl`), summary: vscode.Uri.joinPath(dir, `${name}.md`) };
    await this.rewriteFinished(files, events, minGapMs);
    return files;
  }

  /** Writes a finished meeting's record and summary again, in place (events recorded after End Meeting). */
  async rewriteFinished(files: { record: vscode.Uri; summary: vscode.Uri }, events: readonly MeetingEvent[], minGapMs: number): Promise<void> {
    const text = serializeRecord(events);
    const result = summarizeRecord(text, minGapMs);
    if (!result.ok) throw new Error(result.message);
    await vscode.workspace.fs.writeFile(files.record, new TextEncoder().encode(text));
    // The summary carries the decision trail and debrief (issue 6) when the meeting has them.
    await vscode.workspace.fs.writeFile(files.summary, new TextEncoder().encode(renderSummary(summarizeMeeting(events, minGapMs), 'md', await this.text())));
  }

  /**
   * Retention: deletes the meeting files (record and summary, named `<date>-<slug>`) of every
   * meetings folder whose day lies more than `days` days before `now`; 0 deletes nothing.
   * Files not named like a meeting are never touched. Returns the deleted files.
   */
  async deleteExpired(days: number, now: number): Promise<vscode.Uri[]> {
    const gone: vscode.Uri[] = [];
    if (days <= 0) return gone;
    const dirs = new Map<string, vscode.Uri>();
    for (const location of ['workspace', 'globalStorage'] as const) dirs.set(this.dir(location).toString(), this.dir(location));
    for (const dir of dirs.values()) {
      const files = (await this.entries(dir)).filter(([, type]) => type === vscode.FileType.File).map(([name]) => name);
      for (const name of expiredMeetingFiles(files, now, days, localZone)) {
        const file = vscode.Uri.joinPath(dir, name);
        await vscode.workspace.fs.delete(file);
        gone.push(file);
      }
    }
    return gone;
  }

  /** Checks every file in the meetings folder; returns what is wrong (a record's problem in `words`), touching nothing. */
  async check(location: RecordsLocation, words: CoreText = ENGLISH_TEXT): Promise<Problem[]> {
    const dir = this.dir(location);
    const entries = await this.entries(dir);
    const problems: Problem[] = [];
    const names = new Set(entries.map(([n]) => n));
    for (const [name, type] of entries) {
      const file = vscode.Uri.joinPath(dir, name);
      if (type !== vscode.FileType.File) continue;
      if (name.endsWith('.jsonl')) {
        const r = await readRecordFile(file, words);
        if (!r.ok) problems.push({ file, message: r.message });
      } else if (name.endsWith('.md')) {
        if (!names.has(name.replace(/\.md$/, '.jsonl'))) problems.push({ file, message: vscode.l10n.t('a summary without its .jsonl record') });
      } else problems.push({ file, message: vscode.l10n.t('not a Roundtable file (.jsonl record or .md summary)') });
    }
    return problems;
  }
}

export type RecordRead = { ok: true; events: MeetingEvent[]; text: string } | { ok: false; message: string };

/** Reads and validates a record file; the message names the line at fault, in `words` (the reader's language). */
export async function readRecordFile(file: vscode.Uri, words: CoreText = ENGLISH_TEXT): Promise<RecordRead> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await vscode.workspace.fs.readFile(file));
  } catch (e) {
    return { ok: false, message: e instanceof TypeError ? vscode.l10n.t('not UTF-8 text') : String(e instanceof Error ? e.message : e) };
  }
  const parsed = readRecord(text);
  if (!parsed.ok) return { ok: false, message: describeRecordProblem(parsed.error, words) };
  if (!parsed.events.some((e) => e.type === 'meeting.started')) return { ok: false, message: vscode.l10n.t('no meeting.started event: not a Roundtable meeting record') };
  return { ok: true, events: parsed.events, text };
}

export function renderAs(events: readonly MeetingEvent[], format: ReportFormat, minGapMs: number, text?: CoreText): string {
  const r = summarizeRecord(serializeRecord(events), minGapMs);
  if (!r.ok) throw new Error(r.message);
  return renderSummary(summarizeMeeting(events, minGapMs), format, text);
}
