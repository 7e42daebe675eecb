/**
 * Commands around the meeting as a whole: start and end, roster changes, summary, exports and
 * opening a recorded meeting. Inputs come as an argument object or are asked for.
 */
import * as vscode from 'vscode';
import { cleanNames, parseAddParticipantArgs, parseExportArgs, parseOpenRecordArgs, parseStartMeetingArgs } from './command-args';
import { Commands, Paths, StateKeys } from './ids';
import { MeetingError, type LiveMeeting } from './live-meeting';
import { askNames, askText } from './prompts';
import { readRecordFile, renderAs, type Records } from './records';
import { argsOrThrow, guarded, type RoundCommands } from './round-commands';
import { readSettings } from './settings';
import type { SummaryPanel } from './summary-panel';
import type { MeetingEvent } from '../../shared/core/record/events';
import type { ExportFormatId } from './protocol';
import type { CoreText } from '../../shared/core/l10n/core-text';

const t = vscode.l10n.t;

/** The team roster (issue 6, extension/src/leadership/): names for Start Meeting, and whom to suggest as facilitator. */
export interface TeamRoster {
  names(): Promise<string[] | undefined>;
  suggest(names: readonly string[]): Promise<string | undefined>;
}

export class MeetingCommands {
  /** Set by the leadership wiring; without it, roster.json is read as a plain list of names. */
  team: TeamRoster | undefined;

  constructor(
    private readonly meeting: LiveMeeting,
    private readonly rounds: RoundCommands,
    private readonly memory: vscode.Memento,
    private readonly records: Records,
    private readonly summary: SummaryPanel,
    /** The meeting was saved to its files (the sink sends its later events there). */
    private readonly saved: (id: string, files: { record: vscode.Uri; summary: vscode.Uri }) => Promise<void>,
    /** The core's words in VS Code's display language (a record's problem). */
    private readonly display: () => Promise<CoreText>,
  ) {}

  register(): vscode.Disposable[] {
    const reg = (id: string, fn: (arg?: unknown) => Promise<unknown>) => vscode.commands.registerCommand(id, (arg?: unknown) => guarded(() => fn(arg)));
    return [
      reg(Commands.startMeeting, (a) => this.startMeeting(a)),
      reg(Commands.endMeeting, () => this.endMeeting()),
      reg(Commands.addParticipant, (a) => this.addParticipant(a)),
      reg(Commands.removeParticipant, (a) => this.removeParticipant(a)),
      reg(Commands.showSummary, () => this.showSummary()),
      reg(Commands.exportSummary, (a) => this.exportSummary(a)),
      reg(Commands.openRecord, (a) => this.openRecord(a)),
    ];
  }

  /** Names from .roundtable/roster.json: an array of names, or {participants: [name | {name}]}. */
  private async workspaceRoster(): Promise<string[] | undefined> {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) return undefined;
    const file = vscode.Uri.joinPath(folder.uri, Paths.roster);
    let raw: unknown;
    try {
      raw = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(file)));
    } catch (e) {
      // No roster file is normal; anything else is worth a word, and the file stays as it is.
      if (e instanceof SyntaxError) void vscode.window.showWarningMessage(t('{0} is not valid JSON and was left untouched: {1}', Paths.roster, e.message));
      else if (!(e instanceof vscode.FileSystemError && e.code === 'FileNotFound'))
        void vscode.window.showWarningMessage(t('{0} could not be read: {1}', Paths.roster, e instanceof Error ? e.message : String(e)));
      return undefined;
    }
    const list = Array.isArray(raw) ? raw : typeof raw === 'object' && raw && Array.isArray((raw as { participants?: unknown }).participants) ? (raw as { participants: unknown[] }).participants : undefined;
    if (!list) {
      void vscode.window.showWarningMessage(t('{0} has no participants list and was left untouched.', Paths.roster));
      return undefined;
    }
    return cleanNames(list.map((x) => (typeof x === 'object' && x && typeof (x as { name?: unknown }).name === 'string' ? (x as { name: string }).name : x)));
  }

  async startMeeting(arg: unknown): Promise<void> {
    const a = argsOrThrow(parseStartMeetingArgs(arg));
    if (this.meeting.live) throw new MeetingError(t('A meeting is already running. End it first.'));
    const automated = arg !== undefined && arg !== null;
    const title = a.title ?? (automated ? t('Meeting') : await askText(t('Roundtable: start meeting'), t('Title of the meeting'), t('Meeting')));
    if (title === undefined) return;
    let names = a.participants !== undefined ? cleanNames(a.participants) : undefined;
    if (!names) {
      const last = this.rounds.remembered();
      const roster = this.team ? await this.team.names() : await this.workspaceRoster();
      const sources = [
        ...(last.length ? [{ label: t('Last roster'), detail: last.join(', '), names: last }] : []),
        ...(roster?.length ? [{ label: t('Workspace roster ({0})', Paths.roster), detail: roster.join(', '), names: roster }] : []),
        { label: t('Type the names…'), detail: '', names: undefined as string[] | undefined },
      ];
      const pick = sources.length > 1 ? await vscode.window.showQuickPick(sources, { title: t('Roundtable: participants'), ignoreFocusOut: true }) : sources[0];
      if (!pick) return;
      names = pick.names ?? (await askNames(last));
      if (!names) return;
    }
    if (names.length === 0) throw new MeetingError(t('Enter at least one name.'));
    let facilitator = a.facilitator ?? undefined;
    if (a.facilitator === undefined && automated) {
      // Rotating facilitation without prompts: the rota's choice, the one the palette puts first
      // (and Enter accepts). `facilitator: null` is the palette's "Nobody in particular".
      facilitator = await this.team?.suggest(names);
    } else if (a.facilitator === undefined) {
      // Rotating facilitation: whoever facilitated least recently comes first, so Enter accepts the rota.
      const suggested = await this.team?.suggest(names);
      const nobody = { label: t('Nobody in particular'), name: undefined as string | undefined, description: undefined as string | undefined };
      const people = names.map((n) => ({ label: n, name: n as string | undefined, description: n === suggested ? t('facilitated least recently') : undefined }));
      const items = suggested ? [...people.filter((p) => p.name === suggested), nobody, ...people.filter((p) => p.name !== suggested)] : [nobody, ...people];
      const pick = await vscode.window.showQuickPick(items, {
        title: t('Roundtable: who facilitates?'),
        ignoreFocusOut: true,
      });
      if (!pick) return;
      facilitator = pick.name;
    }
    await this.memory.update(StateKeys.lastRoster, names);
    await this.meeting.start(title.trim() || t('Meeting'), names, facilitator);
  }

  async endMeeting(): Promise<void> {
    // The browser call's meeting ends in the browser; when its meeting.ended comes back over the
    // link, link/call-mirror.ts saves it through saveEnded() like any other.
    if (this.meeting.remote) return this.meeting.end();
    await this.meeting.end();
    await this.saveEnded();
  }

  /** Writes the ended meeting's record and summary to the meetings folder and shows the summary. */
  async saveEnded(): Promise<void> {
    const events = this.meeting.events;
    const s = readSettings();
    try {
      const files = await this.records.writeFinished(events, this.meeting.meeting.title, s.recordsLocation, s.minGapMs);
      await this.saved(this.meeting.meeting.id, files);
      this.summary.show(events, vscode.workspace.asRelativePath(files.record));
      void vscode.window.showInformationMessage(t('Meeting saved to {0}.', vscode.workspace.asRelativePath(files.summary)));
    } catch (e) {
      // The live record stays, so nothing is lost; the user can end again or export.
      throw new Error(t('The meeting ended but could not be saved: {0}', e instanceof Error ? e.message : String(e)));
    }
  }

  private async addParticipant(arg: unknown): Promise<void> {
    const a = argsOrThrow(parseAddParticipantArgs(arg));
    const name = a.name ?? (await askText(t('Roundtable: add participant'), t('Name')));
    if (name === undefined) return;
    const clean = cleanNames([name])[0];
    if (!clean) throw new MeetingError(t('Enter at least one name.'));
    await this.meeting.addParticipant(clean);
  }

  private async removeParticipant(arg: unknown): Promise<void> {
    const pid = await this.rounds.person(arg, t('Who leaves the meeting?'));
    if (pid) await this.meeting.removeParticipant(pid);
  }

  /** The live meeting, or the one ended in this window (its session stays until the next starts). */
  private shownEvents(): readonly MeetingEvent[] {
    if (this.meeting.meeting.started) return this.meeting.events;
    throw new MeetingError(t('There is no meeting to summarise yet.'));
  }

  private async showSummary(): Promise<void> {
    this.summary.show(this.shownEvents(), this.meeting.meeting.title);
  }

  async exportEvents(events: readonly MeetingEvent[], format: ExportFormatId, path?: string): Promise<vscode.Uri | undefined> {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    let target: vscode.Uri | undefined;
    const ext = format === 'agenda-csv' ? 'csv' : format;
    if (path) target = /^([a-z]:)?[\\/]/i.test(path) || !folder ? vscode.Uri.file(path) : vscode.Uri.joinPath(folder, path);
    else
      target = await vscode.window.showSaveDialog({
        title: t('Roundtable: export summary'),
        filters: { [ext.toUpperCase()]: [ext] },
        ...(folder ? { defaultUri: vscode.Uri.joinPath(folder, format === 'agenda-csv' ? 'summary-agenda.csv' : `summary.${ext}`) } : {}),
      });
    if (!target) return undefined;
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(renderAs(events, format, readSettings().minGapMs, await this.records.text())));
    void vscode.window.showInformationMessage(t('Summary exported to {0}.', vscode.workspace.asRelativePath(target)));
    return target;
  }

  private async exportSummary(arg: unknown): Promise<void> {
    const a = argsOrThrow(parseExportArgs(arg));
    const events = this.summary.current ?? this.shownEvents();
    const format =
      a.format ??
      (
        await vscode.window.showQuickPick(
          [
            { label: t('Markdown'), format: 'md' as const },
            { label: t('CSV'), format: 'csv' as const },
            { label: t('JSON'), format: 'json' as const },
            ...(events.some((e) => e.type === 'agenda.set') ? [{ label: t('Agenda (CSV)'), format: 'agenda-csv' as const }] : []),
          ],
          { title: t('Roundtable: export format'), ignoreFocusOut: true },
        )
      )?.format;
    if (!format) return;
    await this.exportEvents(events, format, a.path);
  }

  private async openRecord(arg: unknown): Promise<void> {
    const a = argsOrThrow(parseOpenRecordArgs(arg));
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    let file: vscode.Uri | undefined;
    if (a.path) file = /^([a-z]:)?[\\/]/i.test(a.path) || !folder ? vscode.Uri.file(a.path) : vscode.Uri.joinPath(folder, a.path);
    else
      file = (
        await vscode.window.showOpenDialog({ title: t('Roundtable: open meeting record'), canSelectMany: false, filters: { [t('Meeting record')]: ['jsonl'] } })
      )?.[0];
    if (!file) return;
    const r = await readRecordFile(file, await this.display());
    if (!r.ok) throw new MeetingError(t('{0} is not a meeting record Roundtable can read ({1}). The file was left untouched.', vscode.workspace.asRelativePath(file), r.message));
    this.summary.show(r.events, vscode.workspace.asRelativePath(file));
  }
}
