/**
 * Service worker (Chrome) / background script (Firefox) entry. Wiring only: every listener is
 * registered synchronously at the top level, so a worker woken by a message finds its
 * listener; the meeting itself is rebuilt lazily from IndexedDB by MeetingHost.
 */
import { CALL_PORT, MSG, ok, refuse } from '../messages';
import { browser, nowMs, type Runtime } from '../platform/browser';
import { IdbStore } from '../storage/event-store';
import { SETTINGS_KEY } from '../storage/settings';
import { loadSettings } from '../storage/settings-store';
import { CLAIMS_KEY, DEPARTURES_KEY } from '../storage/keys';
import { syncJitsiScripts } from './jitsi-domains';
import { MeetingHost } from './meeting-host';
import { runKeyboardCommand } from './keyboard';
import { applyRetention } from './retention';
import { LeadershipWorker } from './leadership-worker';
import { clearRoster, extensionRosterStore, forgetMeetingsInRoster } from '../storage/roster-store';
import { Router } from './router';
import { LinkClient, type SocketLike } from '../link/link-client';
import { extensionLinkStore } from '../link/link-store';
import { MeetingBridge } from '../link/meeting-bridge';
import { workerBridgeHost } from '../link/bridge-host';
import { isLinkRequest, LINK_MSG, type LinkReply, type LinkRequest } from '../link/link-messages';
import { ViewHub } from './view-hub';
import { isPortRequest, type PortReply } from '../content/port-transport';
import { MSG_AWAKE, VIEW_PORT } from '../views';
import { BadgeClock } from './badge-clock';
import { applyBadge, BADGE_ALARM, BADGE_TEXTS } from './badge-action';

const store = new IdbStore();
const host: MeetingHost = new MeetingHost(
  store,
  {
    load: async () => ((await browser.storage.session.get(CLAIMS_KEY))[CLAIMS_KEY] as never) ?? {},
    save: (all) => browser.storage.session.set({ [CLAIMS_KEY]: all }),
    loadDepartures: async () => ((await browser.storage.session.get(DEPARTURES_KEY))[DEPARTURES_KEY] as never) ?? {},
    saveDepartures: (all) => browser.storage.session.set({ [DEPARTURES_KEY]: all }),
  },
  nowMs,
  () => `m-${crypto.randomUUID()}`,
  {
    listChanged(meetingId, ended) {
      // No page open is normal: the send then rejects, and that is fine.
      browser.runtime.sendMessage({ type: MSG.changed, meetingId: meetingId ?? '' }).catch(() => undefined);
      if (ended && meetingId) void openSummary(meetingId);
    },
    settled: async (dirty, removed) => {
      await views.settled(dirty, removed);
      bridge.changed();
      void badge.refresh();
    },
  },
);
/** How long a closed call-page port waits for that page's page-hide message before it counts as the leave itself. */
const PAGE_HIDE_WAIT_MS = 500;
/** Each call page's open port, by "tab:frame". */
const callPorts = new Map<string, Runtime.Port>();
// Open pages follow their meeting through a port: the record once, then only new events.
const views = new ViewHub(host, store);
browser.runtime.onConnect.addListener((port) => {
  if (port.name === VIEW_PORT && port.sender?.id === browser.runtime.id && port.sender.url?.startsWith(browser.runtime.getURL(''))) views.connect(port);
  else if (port.name === CALL_PORT && port.sender?.id === browser.runtime.id && port.sender.tab?.id !== undefined) {
    // A call page's port closes when the page goes away: the tab left (issue 15, Firefox's lost page-hide message).
    const tab = `${port.sender.tab.id}:${port.sender.frameId ?? 0}`;
    callPorts.set(tab, port);
    // The page's reports (content/port-transport.ts), answered on the port, through the same router as runtime messages.
    const sender = port.sender;
    port.onMessage.addListener((m: unknown) => {
      if (!isPortRequest(m)) return;
      void router.handle(m.request, sender).then((reply) => {
        try {
          port.postMessage({ id: m.id, reply } satisfies PortReply);
        } catch {
          // The page went away meanwhile: nobody waits for the answer.
        }
      });
    });
    // The page-hide message, where it arrives, says the moment more exactly: give it a moment to
    // come first. A reload in that moment opened a new port for the tab: then this one is history.
    port.onDisconnect.addListener(() => {
      const t = nowMs();
      setTimeout(() => {
        if (callPorts.get(tab) !== port) return;
        callPorts.delete(tab);
        host.gone(tab, t).catch((e: unknown) => console.error('Roundtable: a call page left unheard', e));
      }, PAGE_HIDE_WAIT_MS);
    });
  } else port.disconnect();
});
// A worker that was stopped lost its ports: pages follow again from where their copy ends.
browser.runtime.sendMessage({ type: MSG_AWAKE }).catch(() => undefined);

// Issue 6: consent, debrief and facilitator commands, in the host's chain (never opens the summary).
const leadership = new LeadershipWorker(host, extensionRosterStore, (meetingId) => {
  browser.runtime.sendMessage({ type: MSG.changed, meetingId }).catch(() => undefined);
  bridge.changed();
  void badge.refresh();
});

// Issue 12: the toolbar badge's countdown, kept here so it runs with the side panel closed.
const badge = new BadgeClock({
  withLive: (read) => host.exclusive(async () => read(host.current()?.session.state ?? null)),
  warnMs: async () => (await loadSettings()).warnSeconds * 1000,
  now: nowMs,
  apply: applyBadge,
  texts: BADGE_TEXTS,
  wake: (on) => void (on ? browser.alarms.create(BADGE_ALARM, { periodInMinutes: 0.5 }) : browser.alarms.clear(BADGE_ALARM)).catch(() => undefined),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
});
browser.alarms.onAlarm.addListener((a) => void (a.name === BADGE_ALARM && badge.refresh()));
void badge.refresh();

async function openSummary(meetingId: string): Promise<void> {
  if ((await loadSettings()).openSummaryAfterCall) await browser.tabs.create({ url: browser.runtime.getURL(`summary.html?id=${encodeURIComponent(meetingId)}`) });
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
  workerBridgeHost(host, leadership),
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

const router: Router = new Router(
  {
    [MSG.observed]: (m, from) => host.observed(from.tab, m).then(() => ok(null)),
    [MSG.callEnded]: (m, from) => host.callEnded(from.tab, m).then(() => ok(null)),
    [MSG.left]: (m, from) => host.left(from.tab, m).then(() => ok(null)),
    [MSG.getMeeting]: (m) => host.snapshot(m.id).then(ok),
    [MSG.listMeetings]: () => host.list().then(ok),
    [MSG.command]: async (m) => {
      const outcome = await host.command(m.meetingId, m.command);
      return outcome.error ? refuse(outcome.error.code, outcome.error.message) : ok({ meetingId: outcome.meetingId });
    },
    [MSG.leadership]: (m) => leadership.handle(m),
    // Deleting a meeting deletes what refers to it on the roster too (issue 15), in the host's one-at-a-time chain.
    [MSG.deleteMeeting]: (m) =>
      host
        .remove(m.id)
        .then(() => host.exclusive(() => forgetMeetingsInRoster(extensionRosterStore, [m.id])))
        .then(() => ok(null)),
    [MSG.deleteAll]: (m) =>
      host
        .remove(null)
        .then(() => host.exclusive(() => (m.roster === true ? clearRoster() : forgetMeetingsInRoster(extensionRosterStore, 'all'))))
        .then(() => ok(null)),
    [MSG.refusals]: async () => ok({ ...router.refused }),
  },
  { id: browser.runtime.id, url: browser.runtime.getURL('') },
  (why) => console.warn(`Roundtable: ${why}`),
);

// Every message is answered (a refusal included), so a sender never waits on silence.
browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
  // The link's own requests (issue 14): only the extension's own pages may pair or unlink.
  if (isLinkRequest(raw)) return sender.url?.startsWith(browser.runtime.getURL('')) ? handleLink(raw) : undefined;
  return router.handle(raw, sender);
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
  if (area === 'local' && SETTINGS_KEY in changes) {
    syncJitsi();
    void badge.refresh();
  }
});
browser.permissions.onRemoved.addListener(syncJitsi);
browser.runtime.onStartup.addListener(syncJitsi);
// A first install opens the welcome page once (pages/welcome.tsx); updates and reloads do not.
browser.runtime.onInstalled.addListener((details) => {
  if (details.reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('welcome.html') }).catch((e: unknown) => console.error('Roundtable: opening the welcome page failed', e));
});

// Retention (off by default): at every start of the worker, finished meetings older than the
// setting's days are deleted, with everything that refers to them (as a delete from the summary page).
void loadSettings()
  .then((s) => applyRetention(host, s.retentionDays, nowMs()))
  .then((gone) => (gone.length > 0 ? host.exclusive(() => forgetMeetingsInRoster(extensionRosterStore, gone)) : undefined))
  .catch((e: unknown) => console.error('Roundtable: applying retention failed', e));
