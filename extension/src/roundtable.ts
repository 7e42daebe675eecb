/**
 * Wires Roundtable into VS Code; shared by the node entry (extension.ts) and the web entry
 * (web-extension.ts). Everything here uses APIs that exist in both hosts (workspace.fs, not
 * node's fs), so the browser build is the same extension.
 */
import * as vscode from 'vscode';
import { ContextKeys } from './ids';
import { LiveMeeting, type MeetingChange } from './live-meeting';
import { LiveRecord, type AppendText } from './live-record';
import { MeetingCommands } from './meeting-commands';
import { MeetingSink } from './meeting-sink';
import type { HostToWebview, LinkView, ViewSettings } from './protocol';
import { Records } from './records';
import { displayCatalogue, displayText, recordsText } from './records-text';
import { RoundCommands } from './round-commands';
import { readSettings } from './settings';
import { SidebarView } from './sidebar-view';
import { StatusBar } from './status-bar';
import { SummaryPanel } from './summary-panel';
import { TimeUpWatcher } from './time-up';
import { webviewStrings } from './webview-strings';
import { loadUiLocale } from './ui-locale';
import { keyHints } from './key-hints';
import { activateLeadership } from './leadership/activate';
import { AgendaCommands } from './agenda-commands';
import { agendaAt } from '../../shared/core/agenda/agenda-view';
import type { HostKind } from './webview-html';
import { BrowserLink, describeLink, type LinkOwner, type LinkPlatform, type LinkState, type OwnerStore } from './link/browser-link';
import { registerLinkCommands } from './link/link-commands';
import { CallMirror } from './link/call-mirror';
import { FileMemento, type FileIo } from './link/file-memento';

/** What activate() returns: a read-only view for tests and automation. */
export interface RoundtableApi {
  snapshot(): {
    live: boolean;
    title: string;
    round: { rid: string; kind: string; status: string; current: string | null; next: string | null; remainingMs: number | null } | null;
    statusText: string;
    events: number;
    liveRecord: string;
  };
  summaryEvents(): number | undefined;
  /** Where finished meetings are written under the current settings. */
  recordsDir(): string;
  /** The browser link's state and the address its listener is bound to (none when not listening). */
  link(): { state: LinkState; text: string; address: { address: string; port: number } | null };
}

/** Who is speaking now (the longest speaking first), for the status bar. */
function speakingNow(state: LiveMeeting['meeting']): string | null {
  const speaking = [...state.participants.values()].filter((p) => p.speakingSince !== null).sort((a, b) => a.speakingSince! - b.speakingSince!);
  return speaking[0]?.name ?? null;
}

/** Which window listens for the browser: a file every window of the user reads fresh (not a cached memento). */
function linkOwnerFile(file: vscode.Uri): OwnerStore {
  return {
    async read() {
      try {
        const o = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(file))) as Partial<LinkOwner>;
        return typeof o.pid === 'number' && typeof o.port === 'number' && typeof o.window === 'string' ? (o as LinkOwner) : undefined;
      } catch {
        return undefined;
      }
    },
    async write(owner) {
      if (!owner) return void (await vscode.workspace.fs.delete(file).then(undefined, () => undefined));
      await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(file, '..'));
      await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(JSON.stringify(owner)));
    },
  };
}

/** `file`'s bytes through vscode.workspace.fs (both hosts). */
function workspaceFile(file: vscode.Uri): FileIo {
  return {
    read: () => vscode.workspace.fs.readFile(file),
    write: async (bytes) => {
      await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(file, '..'));
      await vscode.workspace.fs.writeFile(file, bytes);
    },
  };
}

/** What the sidebar says about the browser link: nothing until a link is wanted (as the status bar). */
function linkView(s: LinkState): LinkView | null {
  if (s.kind === 'unlinked' && (s.why === 'never-paired' || s.why === 'web-host')) return null;
  return { kind: s.kind, text: describeLink(s, vscode.l10n.t) };
}

function viewSettings(): ViewSettings {
  const s = readSettings();
  const [first, ...more] = s.extendSeconds.map((x) => x * 1000);
  return { warnMs: s.warningSeconds * 1000, extendMs: first!, extendMoreMs: more, tone: s.tone, minGapMs: s.minGapMs, retentionDays: s.retentionDays };
}

/**
 * `appendText`: the node host's node:fs append for the live record; `linkPlatform`: its
 * listener for the browser link (issue 14). The web host has neither.
 */
export async function activateRoundtable(
  context: vscode.ExtensionContext,
  host: HostKind,
  appendText?: AppendText,
  linkPlatform?: (peerName: () => string) => LinkPlatform,
): Promise<RoundtableApi> {
  const log = vscode.window.createOutputChannel('Roundtable', { log: true });
  context.subscriptions.push(log);
  const live = new LiveRecord(context.storageUri ?? context.globalStorageUri, appendText);
  liveRecord = live;
  log.info(`activated in the ${host} extension host`);
  // shared/ui's strings in VS Code's language, before any webview asks for them.
  const ui = await loadUiLocale(vscode.env.language, (file) => Promise.resolve(vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, 'dist', 'extension', 'ui-locales', file))));
  if (ui.lang !== 'en') log.info(`webview catalogue: ${ui.lang}`);
  // The summaries written beside the records, and exported, are in the records language, like decision records.
  const records = new Records(context.globalStorageUri, () => recordsText(context.extensionUri));
  // Retention (off by default): finished meetings older than the setting's days go at start-up.
  void records.deleteExpired(readSettings().retentionDays, Date.now()).then(
    (gone) => gone.length > 0 && log.info(`retention: deleted ${gone.length} meeting file(s) older than ${readSettings().retentionDays} days`),
    (e: unknown) => log.warn(`retention: ${e instanceof Error ? e.message : String(e)}`),
  );
  // After End Meeting the live record is cleared: a later event goes to the finished record.
  const sink = new MeetingSink(
    live,
    () => meeting.core,
    (files, events) => records.rewriteFinished(files, events, readSettings().minGapMs),
    (previous, events) => summary.replace(previous, events),
  );
  const meeting = new LiveMeeting(
    { now: () => Date.now() },
    sink,
    readSettings().minGapMs,
    () => globalThis.crypto.randomUUID(),
    vscode.l10n.t,
    { schedule: (run, ms) => setTimeout(run, ms), cancel: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) },
  );
  context.subscriptions.push(meeting);

  // Rebuild the live meeting from its record: a reload or restart loses nothing.
  const loaded = await live.load(await displayText(context.extensionUri));
  const display = await displayCatalogue(context.extensionUri);
  if (loaded.kind === 'corrupt') {
    void vscode.window.showErrorMessage(
      vscode.l10n.t('The live meeting record could not be read ({0}). It was kept as {1}; a new meeting can start.', loaded.message, loaded.movedTo.fsPath),
    );
  } else if (loaded.kind === 'ok') {
    meeting.restore(loaded.events);
    if (meeting.live) log.info(`resumed "${meeting.meeting.title}" from ${loaded.events.length} events`);
    if (loaded.torn) {
      // A crash's torn write is not corruption: the meeting goes on, and the user learns where the bytes went.
      log.warn(`live record: line ${loaded.torn.line} was incomplete; kept as ${loaded.torn.keptAs.toString()}`);
      void vscode.window.showWarningMessage(
        vscode.l10n.t(
          'The live meeting record ended in an incomplete line (line {0}), as a crash or a full disk leaves it. The meeting was restored from the {1} complete events; the incomplete bytes were kept as {2}.',
          loaded.torn.line,
          loaded.events.length,
          loaded.torn.keptAs.scheme === 'file' ? loaded.torn.keptAs.fsPath : loaded.torn.keptAs.toString(),
        ),
      );
    }
  }

  const sidebar = new SidebarView(
    context.extensionUri,
    (): HostToWebview => ({ type: 'record', events: [...meeting.events], settings: viewSettings(), strings: webviewStrings(vscode.l10n.bundle, display), hints: keyHints(), link: linkView(link.current) }),
    (m) => log.warn(m),
    host,
  );
  const status = new StatusBar((now) => {
    if (!meeting.live) return null;
    const r = meeting.round(now);
    const running = r && r.status !== 'ended' ? r : null;
    // Between rounds, the agenda item in play has the clock (issue 11).
    const item = running ? null : agendaAt(meeting.meeting, now)?.current;
    if (item) return { speaker: vscode.l10n.t('Agenda: {0}', item.title), remainingMs: item.remainingMs, warnMs: readSettings().warningSeconds * 1000, paused: false, title: meeting.meeting.title };
    return {
      // The browser call's meeting: between rounds the item names who the call page shows speaking.
      speaker: running?.current ? meeting.nameOf(running.current) : meeting.remote ? speakingNow(meeting.meeting) : null,
      remainingMs: running?.remainingMs ?? null,
      warnMs: readSettings().warningSeconds * 1000,
      paused: running?.status === 'paused',
      title: meeting.meeting.title,
    };
  });
  const rounds = new RoundCommands(meeting, context.globalState);
  const agenda = new AgendaCommands(meeting, () => displayText(context.extensionUri));
  const summary = new SummaryPanel(context.extensionUri, viewSettings, async (events, format) => void (await meetingCommands.exportEvents(events, format)), (m) => log.warn(m), host, display);
  const meetingCommands = new MeetingCommands(meeting, rounds, context.globalState, records, summary, (id, files) => sink.finished(id, files), () => displayText(context.extensionUri));
  const leadership = activateLeadership(meeting, rounds, records, { extensionUri: context.extensionUri, log: (m) => log.warn(m), host });
  meetingCommands.team = leadership.team;
  // The pairing is per user (global storage), the mirrored call per workspace.
  const linkState = await FileMemento.load(workspaceFile(vscode.Uri.joinPath(context.globalStorageUri, 'link.json')));
  const mirrorState = await FileMemento.load(workspaceFile(vscode.Uri.joinPath(context.storageUri ?? context.globalStorageUri, 'link-mirror.json')));
  const windowName = vscode.workspace.name ?? 'VS Code';
  const platform = linkPlatform?.(() => windowName);
  const ownerUri = vscode.Uri.joinPath(context.globalStorageUri, 'link-owner.json');
  const owner = platform?.ownerFile && ownerUri.scheme === 'file' ? platform.ownerFile(ownerUri.fsPath) : linkOwnerFile(ownerUri);
  const link = new BrowserLink(linkState, platform, (m) => log.info(m), owner, windowName);
  // The browser call's meeting, mirrored: saved like End Meeting when its end comes over the link.
  const mirror = new CallMirror(link, meeting, mirrorState, async () => {
    await meetingCommands.saveEnded();
    await mirror.forget();
  }, (m) => log.info(m), vscode.l10n.t);
  const timeUp = new TimeUpWatcher((now) => meeting.round(now), (pid) => meeting.nameOf(pid), () => sidebar.post({ type: 'timeUp' }));

  const onChange = (change: MeetingChange = null) => {
    const r = meeting.round();
    void vscode.commands.executeCommand('setContext', ContextKeys.meetingActive, meeting.live);
    void vscode.commands.executeCommand('setContext', ContextKeys.roundActive, !!r && r.status !== 'ended');
    void vscode.commands.executeCommand('setContext', ContextKeys.roundPaused, r?.status === 'paused');
    status.render();
    // The sidebar gets the new events only; the whole record when the meeting itself changed.
    if (change) sidebar.push(change.from, change.events);
    else sidebar.refresh();
  };
  status.link = () => link.current;
  context.subscriptions.push(
    sidebar,
    sidebar.register(),
    status,
    summary,
    timeUp,
    meeting.onChange(onChange),
    ...rounds.register(),
    ...agenda.register(),
    ...meetingCommands.register(),
    ...leadership.disposables,
    link,
    mirror,
    ...registerLinkCommands(link),
    link.onState((s) => {
      log.info(describeLink(s, vscode.l10n.t));
      status.render();
      sidebar.post({ type: 'link', link: linkView(s) });
    }),
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('roundtable') && onChange(null)),
  );
  onChange();
  void link.start();

  // Report files in the meetings folder that are not readable records; never touch them.
  void displayText(context.extensionUri).then((words) => records.check(readSettings().recordsLocation, words)).then((problems) => {
    for (const p of problems)
      void vscode.window.showWarningMessage(vscode.l10n.t('Roundtable ignored {0}: {1}. The file was left untouched.', vscode.workspace.asRelativePath(p.file), p.message));
  });

  return {
    snapshot() {
      const r = meeting.round();
      return {
        live: meeting.live,
        title: meeting.meeting.title,
        round: r ? { rid: r.rid, kind: r.kind, status: r.status, current: r.current && meeting.nameOf(r.current), next: r.next && meeting.nameOf(r.next), remainingMs: r.remainingMs } : null,
        statusText: status.text,
        events: meeting.events.length,
        liveRecord: live.uri.toString(),
      };
    },
    summaryEvents: () => summary.current?.length,
    recordsDir: () => records.dir(readSettings().recordsLocation).toString(),
    link: () => ({ state: link.current, text: describeLink(link.current, vscode.l10n.t), address: link.address() ?? null }),
  };
}

let liveRecord: LiveRecord | undefined;

/** Waits for the live record's last write before the host goes (reload, shutdown). */
export function deactivateRoundtable(): Promise<void> | undefined {
  return liveRecord?.flush();
}
