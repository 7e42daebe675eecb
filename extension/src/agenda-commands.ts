/**
 * The agenda's commands in VS Code (issue 11 item 5). Set Agenda takes its items as an argument
 * or reads `.roundtable/agenda.md` (the Markdown list of agenda/agenda-markdown.ts; a file that
 * does not parse is reported by line and never written); Next, End and Skip move the item in
 * play. The core decides every one (decideAgenda) and the record keeps it.
 */
import * as vscode from 'vscode';
import { parseAgendaMarkdown } from '../../shared/core/agenda/agenda-markdown';
import type { AgendaItemInput } from '../../shared/core/agenda/agenda-commands';
import { ENGLISH_TEXT, type CoreText } from '../../shared/core/l10n/core-text';
import type { AgendaKind } from '../../shared/core/record/events';
import { parseAgendaArgs, parseEndAgendaItemArgs, parseLinkAgendaDecisionArgs } from './command-args';
import { Commands, Paths } from './ids';
import { MeetingError, type LiveMeeting } from './live-meeting';
import { argsOrThrow, guarded } from './round-commands';
import { bundleLanguage, pluralLocalize } from './plural';

const t = vscode.l10n.t;
const tn = pluralLocalize(t, () => bundleLanguage(vscode.l10n.bundle, vscode.env.language));

export class AgendaCommands {
  constructor(
    private readonly meeting: LiveMeeting,
    /** The core's words in the display language (the agenda file's problems). */
    private readonly text: () => Promise<CoreText> = async () => ENGLISH_TEXT,
  ) {}

  register(): vscode.Disposable[] {
    const m = this.meeting;
    const reg = (id: string, fn: (arg?: unknown) => Promise<unknown>) => vscode.commands.registerCommand(id, (arg?: unknown) => guarded(() => fn(arg)));
    return [
      reg(Commands.setAgenda, (a) => this.setAgenda(a)),
      reg(Commands.nextAgendaItem, () => m.agenda({ type: 'next' })),
      reg(Commands.endAgendaItem, (a) => m.agenda({ type: 'end', carried: argsOrThrow(parseEndAgendaItemArgs(a)).carried ?? false })),
      reg(Commands.skipAgendaItem, () => m.agenda({ type: 'skip' })),
      reg(Commands.linkAgendaDecision, (a) => this.linkDecision(a)),
    ];
  }

  /**
   * Names the decision that settles an agenda item (agenda.linked). Each argument is an id or a
   * title; without one the command asks: the item (the one in play first), then the decision
   * (the newest first). The core refuses what does not fit.
   */
  private async linkDecision(arg: unknown): Promise<void> {
    const a = argsOrThrow(parseLinkAgendaDecisionArgs(arg));
    this.meeting.requireLive();
    const s = this.meeting.meeting;
    const items = s.agenda.items;
    if (items.length === 0) throw new MeetingError(t('There is no agenda. Set one with "Roundtable: Set Agenda".'));
    const decisions = [...s.trail.items].reverse();
    if (decisions.length === 0) throw new MeetingError(t('This meeting has no decision yet. Propose one with "Roundtable: Record Decision".'));
    const byKey = <T extends { title: string }>(list: readonly T[], id: (x: T) => string, key: string) => list.find((x) => id(x) === key) ?? list.find((x) => x.title.trim() === key.trim());
    let aid: string | undefined;
    if (a.item !== undefined) {
      aid = byKey(items, (i) => i.aid, a.item)?.aid;
      if (!aid) throw new MeetingError(t('There is no agenda item {0}.', a.item));
    } else if (a.decision !== undefined && s.agenda.active) aid = s.agenda.active.aid;
    else {
      const first = s.agenda.active;
      const ordered = first ? [first, ...items.filter((i) => i !== first)] : items;
      aid = (await vscode.window.showQuickPick(ordered.map((i) => ({ label: i.title || i.aid, description: i === first ? t('in play') : undefined, aid: i.aid })), { title: t('Roundtable: which agenda item does the decision settle?'), ignoreFocusOut: true }))?.aid;
      if (!aid) return;
    }
    let did: string | undefined;
    if (a.decision !== undefined) {
      did = byKey(decisions, (d) => d.did, a.decision)?.did;
      if (!did) throw new MeetingError(t('There is no decision {0} in this meeting.', a.decision));
    } else {
      did = (await vscode.window.showQuickPick(decisions.map((d) => ({ label: d.title || d.did, did: d.did })), { title: t('Roundtable: which decision settles it?'), ignoreFocusOut: true }))?.did;
      if (!did) return;
    }
    await this.meeting.agenda({ type: 'link', aid, did });
  }

  private async setAgenda(arg: unknown): Promise<void> {
    const a = argsOrThrow(parseAgendaArgs(arg));
    this.meeting.requireLive();
    const items = a.items ? a.items.map((i) => this.item(i.title, i.boxMs ?? Math.round((i.minutes ?? 0) * 60_000), i.kind, i.owner)) : await this.fromFile(a.file);
    if (!items) return;
    await this.meeting.agenda({ type: 'set', items });
    void vscode.window.showInformationMessage(tn(items.length, ['Roundtable: agenda set, {0} item.', 'Roundtable: agenda set, {0} items.'], items.length));
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
    const parsed = parseAgendaMarkdown(text, await this.text());
    if (!parsed.ok) {
      const lines = parsed.problems.slice(0, 5).map((p) => t('line {0}: {1}', p.line, p.message));
      const more = parsed.problems.length > 5 ? ` ${tn(parsed.problems.length - 5, ['(and {0} more problem)', '(and {0} more problems)'], parsed.problems.length - 5)}` : '';
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
