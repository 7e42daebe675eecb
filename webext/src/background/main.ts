/**
 * Service worker (Chrome) / background script (Firefox) entry. Wiring only: every listener is
 * registered synchronously at the top level, so a worker woken by a message finds its
 * listener; the meeting itself is rebuilt lazily from IndexedDB by MeetingHost.
 */
import { MSG, type ToBackground } from '../messages';
import { browser, nowMs, type Runtime } from '../platform/browser';
import { IdbStore } from '../storage/event-store';
import { SETTINGS_KEY } from '../settings';
import { loadSettings } from '../settings-store';
import { CLAIMS_KEY } from '../storage/keys';
import { syncJitsiScripts } from './jitsi-domains';
import { MeetingHost } from './meeting-host';
import { runKeyboardCommand } from './keyboard';
import { LeadershipWorker } from '../leadership/worker';
import { clearRoster, extensionRosterStore, forgetMeetingsInRoster } from '../leadership/roster-store';
import type { LeadershipMessage } from '../leadership/protocol';
import { LinkClient, type SocketLike } from '../link/link-client';
import { extensionLinkStore } from '../link/link-store';
import { MeetingBridge } from '../link/meeting-bridge';
import { isLinkRequest, LINK_MSG, type LinkReply, type LinkRequest } from '../link/link-messages';

const host = new MeetingHost(
  new IdbStore(),
  {
    load: async () => ((await browser.storage.session.get(CLAIMS_KEY))[CLAIMS_KEY] as never) ?? {},
    save: (all) => browser.storage.session.set({ [CLAIMS_KEY]: all }),
  },
  nowMs,
  () => `m-${crypto.randomUUID()}`,
  (meetingId, ended) => {
    // No page open is normal: the send then rejects, and that is fine.
    browser.runtime.sendMessage({ type: MSG.changed, meetingId }).catch(() => undefined);
    bridge.changed();
    if (ended) void openSummary(meetingId);
  },
);

// Issue 6: consent, debrief and facilitator commands, in the host's chain (never opens the summary).
const leadership = new LeadershipWorker(host, new IdbStore(), extensionRosterStore, (meetingId) => {
  browser.runtime.sendMessage({ type: MSG.changed, meetingId }).catch(() => undefined);
  bridge.changed();
});

async function openSummary(meetingId: string): Promise<void> {
  if ((await loadSettings()).openSummaryAfterCall) await browser.tabs.create({ url: browser.runtime.getURL(`summary.html?id=${encodeURIComponent(meetingId)}`) });
}

function tabOf(sender: Runtime.MessageSender): string {
  return sender.tab?.id !== undefined ? `${sender.tab.id}:${sender.frameId ?? 0}` : 'page';
}

// Issue 14: the link to VS Code. Started at every wake-up, so a stopped worker re-links by itself.
const link = new LinkClient({
  socket: (url) => new WebSocket(url) as unknown as SocketLike, // loopback only: ws://127.0.0.1 is the one address the extension's CSP allows
  store: extensionLinkStore,
  now: nowMs,
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
});
link.onState(() => void browser.runtime.sendMessage({ type: LINK_MSG.changed }).catch(() => undefined));
// The call's meeting over the link: VS Code mirrors this worker's log and sends commands.
const bridge = new MeetingBridge(
  {
    async liveMeetingId() {
      const live = (await host.list()).filter((m) => m.endedAt === undefined).sort((a, b) => b.startedAt - a.startedAt);
      return live[0]?.id ?? null;
    },
    async events(id) {
      const snap = await host.snapshot(id);
      return snap.meeting?.id === id ? snap.events : null;
    },
    async run(meetingId, command) {
      if (command.kind === 'consent' || command.kind === 'debrief' || command.kind === 'facilitator') {
        const r = await leadership.handle({ type: MSG.leadership, meetingId, command } as LeadershipMessage);
        return r.ok ? { ok: true } : { ok: false, code: 'refused', message: r.error };
      }
      const r = await host.command(meetingId, command.kind === 'round' ? { kind: 'round', command: command.command } : command);
      if (r.error) return { ok: false, code: 'refused', message: r.error };
      return r.meetingId ? { ok: true } : { ok: false, code: 'no-meeting', message: 'the browser has no such live meeting' };
    },
  },
  link,
  (m) => console.warn(`Roundtable: ${m}`),
);
void link.start();

async function handleLink(msg: LinkRequest): Promise<LinkReply> {
  const pair = msg.type === LINK_MSG.pair ? await link.pair(msg.code) : undefined;
  if (msg.type === LINK_MSG.unlink) await link.unlink();
  const port = (await extensionLinkStore.load())?.port ?? null;
  return { state: link.current, port, ...(pair ? { pair } : {}) };
}

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
    // Only the extension's own pages may pair or unlink; a call page's content script may not.
  if (isLinkRequest(raw)) return sender.url?.startsWith(browser.runtime.getURL('')) ? handleLink(raw) : undefined;
  if ((raw as { type?: unknown } | null)?.type === MSG.leadership) return leadership.handle(raw as LeadershipMessage);
  const msg = raw as ToBackground;
  switch (msg?.type) {
    case MSG.observed:
      return host.observed(tabOf(sender), msg).then(() => true);
    case MSG.callEnded:
      return host.callEnded(tabOf(sender), msg).then(() => true);
    case MSG.left:
      return host.left(tabOf(sender), msg).then(() => true);
    case MSG.getMeeting:
      return host.snapshot(msg.id);
    case MSG.listMeetings:
      return host.list();
    case MSG.command:
      return host.command(msg.meetingId, msg.command);
    // Deleting a meeting deletes what refers to it on the roster too (issue 15), in the host's one-at-a-time chain.
    case MSG.deleteMeeting:
      return host.remove(msg.id).then(() => host.exclusive(() => forgetMeetingsInRoster(extensionRosterStore, [msg.id]))).then(() => true);
    case MSG.deleteAll:
      return host.remove(null).then(() => host.exclusive(() => (msg.roster === true ? clearRoster() : forgetMeetingsInRoster(extensionRosterStore, 'all')))).then(() => true);
    default:
      return undefined;
  }
});

browser.tabs.onRemoved.addListener((tabId) => {
  // Claims are keyed "tab:frame"; a closed tab ends every frame's claims.
  void host.tabClosed(`${tabId}:`);
});

browser.commands.onCommand.addListener(
  (name) =>
    void loadSettings()
      .then((s) => runKeyboardCommand(host, name, s.extendSeconds[0]! * 1000))
      .catch((e: unknown) => console.error('Roundtable: keyboard command failed', e)),
);

// Self-hosted Jitsi: keep the registered content script equal to the granted domains.
const syncJitsi = () => void loadSettings().then((s) => syncJitsiScripts(s.jitsiOrigins)).catch((e: unknown) => console.error('Roundtable: registering Jitsi domains failed', e));
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && SETTINGS_KEY in changes) syncJitsi();
});
browser.permissions.onRemoved.addListener(syncJitsi);
browser.runtime.onStartup.addListener(syncJitsi);
