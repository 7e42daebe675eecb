/**
 * The Roundtable view in the activity bar: one webview view. Not retained when hidden (no
 * retainContextWhenHidden: it would keep a page alive for nothing); when shown again the page
 * says `ready` and gets the whole record again, so it "keeps working when hidden and shown".
 * While shown it gets only the new events of each change (`push`), numbered by seq.
 */
import * as vscode from 'vscode';
import { Commands, Views } from './ids';
import type { MeetingEvent } from '../../shared/core/record/events';
import type { HostToWebview, ViewAction } from './protocol';
import { WebviewChannel } from './webview-channel';
import { webviewHtml, webviewRoots, type HostKind } from './webview-html';

const ACTION_COMMAND: Record<ViewAction, string> = {
  next: Commands.nextSpeaker,
  pass: Commands.pass,
  extend: Commands.extend,
  pause: Commands.pause,
  resume: Commands.resume,
  end: Commands.endRound,
  raiseHand: Commands.raiseHand,
  lowerHand: Commands.lowerHand,
  lowerAllHands: Commands.lowerAllHands,
  handsFollowFloor: Commands.handsFollowFloor,
  agendaNext: Commands.nextAgendaItem,
  agendaEnd: Commands.endAgendaItem,
  agendaSkip: Commands.skipAgendaItem,
  agendaLink: Commands.linkAgendaDecision,
  markSpeaking: Commands.markSpeaking,
  startMeeting: Commands.startMeeting,
  startRound: Commands.startRound,
  endMeeting: Commands.endMeeting,
  showSummary: Commands.showSummary,
  recordDecision: Commands.recordDecision,
  answerConsent: Commands.answerConsent,
  resolveObjection: Commands.resolveObjection,
  recordOutcome: Commands.recordOutcome,
};

/** A webview button runs the same command as the palette, with the same checks and messages. */
export function runViewAction(action: ViewAction, extra: { ms?: number; pid?: string; on?: boolean; aid?: string; did?: string }): Thenable<unknown> {
  const arg =
    action === 'agendaLink'
      ? { ...(extra.aid ? { item: extra.aid } : {}), ...(extra.did ? { decision: extra.did } : {}) }
      : action === 'extend' && extra.ms
      ? { ms: extra.ms }
      : extra.pid
        ? { participant: extra.pid }
        : action === 'agendaEnd'
          ? { carried: extra.on === true }
          : extra.on !== undefined
            ? { on: extra.on }
            : undefined;
  return vscode.commands.executeCommand(ACTION_COMMAND[action], arg);
}

export class SidebarView implements vscode.WebviewViewProvider, vscode.Disposable {
  private channel: WebviewChannel | undefined;
  private visible = false;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly snapshot: () => HostToWebview,
    private readonly log: (message: string) => void,
    private readonly host: HostKind,
  ) {}

  register(): vscode.Disposable {
    return vscode.window.registerWebviewViewProvider(Views.sidebar, this);
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    view.webview.options = { enableScripts: true, localResourceRoots: webviewRoots(this.extensionUri) };
    view.webview.html = webviewHtml(view.webview, this.extensionUri, 'sidebar', vscode.l10n.t('Roundtable'), this.host);
    this.channel?.dispose();
    const channel = new WebviewChannel(view.webview, this.snapshot, (msg) => this.handle(msg), this.log);
    this.channel = channel;
    this.visible = view.visible;
    view.onDidChangeVisibility(() => (this.visible = view.visible));
    view.onDidDispose(() => {
      channel.dispose();
      if (this.channel === channel) this.channel = undefined;
    });
  }

  private async handle(msg: Parameters<ConstructorParameters<typeof WebviewChannel>[2]>[0]): Promise<void> {
    if (msg.type === 'action') await runViewAction(msg.action, { ms: msg.ms, pid: msg.pid, on: msg.on, aid: msg.aid, did: msg.did } as Parameters<typeof runViewAction>[1]);
  }

  /** Sends the whole record (a new meeting, a restore, changed settings). */
  refresh(): void {
    this.channel?.refresh();
  }
  /** Sends the events of one change, numbered from `from`. */
  push(from: number, events: readonly MeetingEvent[]): void {
    this.channel?.post({ type: 'events', from, events: [...events] });
  }
  post(msg: HostToWebview): void {
    this.channel?.post(msg);
  }
  get isVisible(): boolean {
    return this.visible;
  }

  dispose(): void {
    this.channel?.dispose();
  }
}
