/**
 * The agenda's commands in VS Code (issue 11 item 5). Set Agenda takes its items as an argument
 * or reads `.roundtable/agenda.md` (the Markdown list of agenda/agenda-markdown.ts; a file that
 * does not parse is reported by line and never written); Next, End and Skip move the item in
 * play. The core decides every one (decideAgenda) and the record keeps it.
 */
import * as vscode from 'vscode';
import { parseAgendaMarkdown } from '../../shared/core/agenda/agenda-markdown';
import type { AgendaItemInput } from '../../shared/core/agenda/agenda-commands';
import type { AgendaKind } from '../../shared/core/record/events';
import { parseAgendaArgs, parseEndAgendaItemArgs } from './command-args';
import { Commands, Paths } from './ids';
import { MeetingError, type LiveMeeting } from './live-meeting';
import { argsOrThrow, guarded } from './round-commands';

const t = vscode.l10n.t;

export class AgendaCommands {
  constructor(private readonly meeting: LiveMeeting) {}

  register(): vscode.Disposable[] {
    const m = this.meeting;
    const reg = (id: string, fn: (arg?: unknown) => Promise<unknown>) => vscode.commands.registerCommand(id, (arg?: unknown) => guarded(() => fn(arg)));
    return [
      reg(Commands.setAgenda, (a) => this.setAgenda(a)),
      reg(Commands.nextAgendaItem, () => m.agenda({ type: 'next' })),
      reg(Commands.endAgendaItem, (a) => m.agenda({ type: 'end', carried: argsOrThrow(parseEndAgendaItemArgs(a)).carried ?? false })),
      reg(Commands.skipAgendaItem, () => m.agenda({ type: 'skip' })),
    ];
  }

  private async setAgenda(arg: unknown): Promise<void> {
    const a = argsOrThrow(parseAgendaArgs(arg));
    this.meeting.requireLive();
    const items = a.items ? a.items.map((i) => this.item(i.title, i.boxMs ?? Math.round((i.minutes ?? 0) * 60_000), i.kind, i.owner)) : await this.fromFile(a.file);
    if (!items) return;
    await this.meeting.agenda({ type: 'set', items });
    void vscode.window.showInformationMessage(t('Roundtable: agenda set, {0} items.', items.length));
  }

  private item(title: string, boxMs: number, kind: string | undefined, owner: string | undefined): AgendaItemInput {
    let pid: string | undefined;
    if (owner !== undefined) {
      pid = this.meeting.find(owner);
      if (!pid) throw new MeetingError(t('{0} is not in the meeting.', owner));
    }
    return { title, boxMs, ...(kind !== undefined ? { kind: kind as AgendaKind } : {}), ...(pid ? { owner: pid } : {}) };
  }

  /** Reads the Markdown agenda; problems are shown by line and the file is left as it is. */
  private async fromFile(path: string | undefined): Promise<AgendaItemInput[] | undefined> {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const rel = path ?? Paths.agenda;
    const isAbsolute = /^(\/|[A-Za-z]:[\\/])/.test(rel);
    if (!folder && !isAbsolute) throw new MeetingError(t('Open a folder with {0}, or give the items as an argument.', Paths.agenda));
    const uri = isAbsolute ? vscode.Uri.file(rel) : vscode.Uri.joinPath(folder!, rel);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(await vscode.workspace.fs.readFile(uri));
    } catch (e) {
      if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') throw new MeetingError(t('There is no {0}. Write the agenda there as a Markdown list, such as "- Check-in (5 min)".', rel));
      throw new MeetingError(t('{0} could not be read: {1}', rel, e instanceof Error ? e.message : String(e)));
    }
    const parsed = parseAgendaMarkdown(text);
    if (!parsed.ok) {
      const lines = parsed.problems.slice(0, 5).map((p) => t('line {0}: {1}', p.line, p.message));
      const more = parsed.problems.length > 5 ? ` ${t('(and {0} more)', parsed.problems.length - 5)}` : '';
      throw new MeetingError(t('{0} was not used and was left untouched: {1}', rel, lines.join('; ') + more));
    }
    return parsed.items.map((i) => {
      try {
        return this.item(i.title, i.boxMs, i.kind, i.owner);
      } catch (e) {
        throw new MeetingError(t('{0} was not used and was left untouched: {1}', rel, t('line {0}: {1}', i.line, e instanceof Error ? e.message : String(e))));
      }
    });
  }
}
