/**
 * The call's meeting over the link (issue 14), both shells in one process on a real loopback
 * socket: VS Code's LiveMeeting + CallMirror + BrowserLink (its `ws` listener on 127.0.0.1) and
 * the browser worker's MeetingHost + LeadershipWorker + MeetingBridge + LinkClient (node's `ws` as
 * the worker's WebSocket, with an extension Origin), over in-memory stores. The palette's
 * commands go through LiveMeeting exactly as the palette calls them; the browser runs them,
 * writes its log, and VS Code's mirror must hold that log event for event, nothing more:
 * its record is the one saved to .roundtable/meetings when the call ends.
 */
import { strict as assert } from 'node:assert';
import WebSocket from 'ws';
import type { MeetingEvent, Pid } from '../../../shared/core/record/events';
import { readFile } from 'node:fs/promises';
import { LiveMeeting, MeetingError } from '../../../extension/src/live-meeting';
import { loadUiLocale } from '../../../extension/src/ui-locale';
import { BrowserLink } from '../../../extension/src/link/browser-link';
import { CallMirror } from '../../../extension/src/link/call-mirror';
import { nodeLinkPlatform } from '../../../extension/src/link/node-link';
import { MeetingHost } from '../../../webext/src/background/meeting-host';
import { LeadershipWorker } from '../../../webext/src/background/leadership-worker';
import { MeetingBridge } from '../../../webext/src/link/meeting-bridge';
import { workerBridgeHost } from '../../../webext/src/link/bridge-host';
import { LinkClient, type LinkConfig, type SocketLike } from '../../../webext/src/link/link-client';
import { MSG, type SeenParticipant, type SpeakingChange } from '../../../webext/src/messages';
import { MemoryClaims, MemoryRoster, MemoryStore } from '../../fakes/memory-store';

const EXT = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
const call = { key: 'jitsi/meet.jit.si/room', platform: 'jitsi' as const, title: 'room' };
const people: SeenParticipant[] = [
  { pid: 'ana', name: 'Ana', self: true },
  { pid: 'ben', name: 'Ben', self: false },
  { pid: 'carla', name: 'Carla', self: false },
  { pid: 'dev', name: 'Dev', self: false },
];
const everyone: Pid[] = people.map((p) => p.pid);

function memento() {
  const data = new Map<string, unknown>();
  return {
    get: <T>(key: string, fallback?: T) => (data.has(key) ? (data.get(key) as T) : fallback) as T,
    update: async (key: string, value: unknown) => void (value === undefined ? data.delete(key) : data.set(key, value)),
  };
}

/** Polls `check` until it holds (state, never a fixed wait). */
async function eventually(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 5000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) assert.fail(`not within ${timeoutMs} ms: ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** Both shells, linked. */
async function linkedShells() {
  const clock = { t: 1_800_000_000_000 };
  const logs: string[] = [];
  // VS Code
  const vsRecord: MeetingEvent[] = [];
  const saved: MeetingEvent[][] = [];
  const state = memento();
  const meeting = new LiveMeeting({ now: () => clock.t }, { append: (e) => void vsRecord.push(structuredClone(e)) }, 1500, () => 'vs-own');
  const link = new BrowserLink(state, nodeLinkPlatform(() => 'workspace'), (m) => logs.push(m));
  const mirror: CallMirror = new CallMirror(
    link,
    meeting,
    state,
    async () => {
      saved.push([...meeting.events]);
      await mirror.forget();
    },
    (m) => logs.push(m),
    (m) => m,
  );
  // The browser's worker
  const store = new MemoryStore();
  let bridge: MeetingBridge | undefined;
  const host = new MeetingHost(store, new MemoryClaims(), () => clock.t, () => 'm-call', {
    listChanged: () => undefined,
    settled: async () => bridge?.changed(),
  });
  const leadership = new LeadershipWorker(host, new MemoryRoster(), () => bridge?.changed());
  let stored: LinkConfig | null = null;
  const client = new LinkClient({
    socket: (url) => new WebSocket(url, { origin: EXT }) as unknown as SocketLike,
    store: { load: async () => stored, save: async (c) => void (stored = c) },
    now: () => Date.now(),
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
  });
  bridge = new MeetingBridge(workerBridgeHost(host, leadership), client, (m) => logs.push(m));
  const { code } = await link.offer();
  const paired = await client.pair(code);
  assert.ok(paired.ok, JSON.stringify(paired));

  /** The call page reports speech changes (and who is there) at the clock's time. */
  const observe = (changes: SpeakingChange[], speakingNow: Pid[]) =>
    host.observed('1:0', { type: MSG.observed, call, participants: people, changes, speakingNow, health: { problems: [], matched: [], layout: 'tile-view' } });
  const browserLog = async () => (await host.snapshot('m-call')).events;
  /** VS Code's copy has caught up with the browser's log (the same length). */
  const caughtUp = async () => {
    const b = await browserLog();
    await eventually(async () => meeting.events.length >= (await browserLog()).length, `VS Code's mirror holding the browser's ${b.length} events`);
  };
  const close = async () => {
    await client.unlink();
    mirror.dispose();
    link.dispose();
  };
  return { clock, meeting, vsRecord, saved, logs, observe, browserLog, caughtUp, close };
}

type Shells = Awaited<ReturnType<typeof linkedShells>>;
/** Linked shells on a call where `first` speaks, mirrored in VS Code; closed afterwards. */
async function onCall(first: Pid, body: (s: Shells) => Promise<void>): Promise<void> {
  const s = await linkedShells();
  try {
    await s.observe([{ pid: first, speaking: true, t: s.clock.t }], [first]);
    await s.caughtUp();
    assert.equal(s.meeting.meeting.id, 'm-call', "VS Code mirrors the browser's call");
    await body(s);
  } finally {
    await s.close();
  }
}

describe('the call over the link: palette commands, the browser writes, VS Code mirrors (real loopback socket)', function () {
  this.timeout(20000);

  it('a hand that follows the floor, then a decision from the palette: VS Code holds exactly the browser log (the decision included)', () =>
    onCall('ana', async (s) => {
      const { clock, meeting } = s;
      // Carla's hand goes up from the palette; then she takes the floor: the browser (the writer)
      // lowers her hand by the floor rule.
      clock.t += 2000;
      await meeting.command({ type: 'raise', pid: 'carla' });
      clock.t += 1000;
      await s.observe([{ pid: 'ana', speaking: false, t: clock.t - 200 }, { pid: 'carla', speaking: true, t: clock.t }], ['carla']);
      await s.caughtUp();
      const lowered = (await s.browserLog()).filter((e) => e.type === 'hand.lowered');
      assert.equal(lowered.length, 1, "the browser lowered Carla's hand once");
      assert.deepEqual(meeting.events, await s.browserLog(), "VS Code's mirror is the browser's log, event for event (no hand lowered twice)");

      // Record Decision from the palette (LiveMeeting.consent, as decision-commands.ts calls it).
      clock.t += 1000;
      await meeting.consent({ type: 'propose', title: 'Ship on Friday', proposal: 'Cut the release at noon.', rights: { initiator: 'ben', deciders: everyone, contributors: [], informed: [] } });
      assert.deepEqual(
        meeting.leadership().decisions.map((d) => d.title),
        ['Ship on Friday'],
        'the decision is in VS Code once the command returns (Start Consent Round finds it)',
      );
      assert.deepEqual(meeting.events, await s.browserLog());
      assert.deepEqual(s.vsRecord, meeting.events, "VS Code's live record holds what it folded");
    }));

  it('consent round with an objection, its resolution, the outcome, the agenda and End Meeting: the saved record is the browser log', () =>
    onCall('ben', async (s) => {
      const { clock, meeting } = s;
      const step = async (run: () => Promise<void>) => {
        clock.t += 700;
        await run();
        // A command returns once its events are in VS Code: nothing more, nothing less than the browser's.
        assert.deepEqual(meeting.events, await s.browserLog());
      };
      await step(() => meeting.agenda({ type: 'set', items: [{ title: 'Release date', boxMs: 600_000, kind: 'decision' }, { title: 'Retro', boxMs: 300_000 }] }));
      await step(() => meeting.agenda({ type: 'next' }));
      await step(() => meeting.command({ type: 'raise', pid: 'dev' }));
      // Speech keeps coming from the call page meanwhile; Dev's hand follows the floor.
      clock.t += 500;
      await s.observe([{ pid: 'ben', speaking: false, t: clock.t - 100 }, { pid: 'dev', speaking: true, t: clock.t }], ['dev']);
      await s.caughtUp();
      await step(() => meeting.consent({ type: 'propose', title: 'Ship on Friday', rights: { initiator: 'ben', deciders: everyone, contributors: [], informed: [] } }));
      const did = meeting.leadership().decisions[0]?.did;
      assert.ok(did, 'the decision in VS Code');
      await step(() => meeting.consent({ type: 'start-round', did, slotMs: 60_000 }));
      assert.equal(meeting.meeting.activeRound?.kind, 'consent', 'the consent round runs in VS Code');
      await step(() => meeting.consent({ type: 'respond', did, pid: 'ana', response: 'consent' }));
      await step(() => meeting.consent({ type: 'respond', did, pid: 'ben', response: 'objection', reason: 'Friday is a holiday' }));
      await step(() => meeting.consent({ type: 'respond', did, pid: 'carla', response: 'consent' }));
      await step(() => meeting.consent({ type: 'respond', did, pid: 'dev', response: 'concern' }));
      assert.equal(meeting.leadership().decisions[0]?.status, 'blocked', 'the objection blocks it in VS Code');
      await step(() => meeting.consent({ type: 'resolve', did, pid: 'ben', how: 'Ship on Thursday' }));
      await step(() => meeting.consent({ type: 'record', did, outcome: 'Ship on Thursday' }));
      assert.equal(meeting.leadership().decisions[0]?.status, 'decided');
      await step(() => meeting.agenda({ type: 'next' }));
      assert.deepEqual(
        (await s.browserLog()).map((e) => e.type).filter((t) => /^(agenda|decision|consent|objection)\./.test(t)),
        ['agenda.set', 'agenda.started', 'decision.proposed', 'consent.response', 'consent.response', 'consent.response', 'consent.response', 'objection.resolved', 'decision.recorded', 'agenda.ended', 'agenda.started'],
        "the palette's agenda and decision commands in the browser's log",
      );
      clock.t += 500;
      await meeting.end();
      await eventually(() => s.saved.length === 1, 'VS Code saving the ended call');
      assert.deepEqual(s.saved[0], await s.browserLog(), 'the saved record is the browser log, event for event');
      assert.equal(s.saved[0]!.at(-1)!.type, 'meeting.ended');
    }));

  it("a command the browser refuses reads in VS Code's language, from the refusal's code (not the core's English message)", () =>
    onCall('ana', async (s) => {
      const de = JSON.parse(await readFile('shared/ui/locales/de.json', 'utf8')) as Record<string, string>;
      await loadUiLocale('de', (file) => readFile(`shared/ui/locales/${file}`));
      try {
        const before = (await s.browserLog()).length;
        // No round is running in the browser's meeting: the browser's core refuses 'next'.
        const refused = await s.meeting.command({ type: 'next' }).then(
          () => assert.fail('the browser ran Next with no round running'),
          (e: unknown) => e,
        );
        assert.ok(refused instanceof MeetingError, String(refused));
        assert.equal(refused.code, 'no-active-round', 'the browser sent the core\'s code');
        assert.equal(refused.message, de['error.no-active-round'], 'the German sentence for the code');
        assert.notEqual(refused.message, 'No round is running. Start one first.');
        assert.equal((await s.browserLog()).length, before, 'a refusal writes nothing');
      } finally {
        await loadUiLocale('en', (file) => readFile(`shared/ui/locales/${file}`));
      }
    }));
});
