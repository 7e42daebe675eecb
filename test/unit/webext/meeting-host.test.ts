/** The worker's meeting owner against in-memory storage: what it records, and that a restart resumes. */
import { strict as assert } from 'node:assert';
import type { MeetingEvent } from '../../../shared/core/record/events';
import { MeetingHost, type ClaimStore } from '../../../webext/src/background/meeting-host';
import { KEY_COMMANDS, runKeyboardCommand } from '../../../webext/src/background/keyboard';
import type { Claims } from '../../../webext/src/background/speech-union';
import { MSG, type MeetingInfo, type ObservedMessage, type SpeakingChange } from '../../../webext/src/messages';
import { MemoryClaims, MemoryStore } from '../../fakes/memory-store';
import { PUSH_EVERY_MS, ViewHub, type HubTimers, type ViewPort } from '../../../webext/src/background/view-hub';
import type { ViewPush } from '../../../webext/src/views';
import { FoldedModel, MeetingModel } from '../../../shared/ui/meeting-model';
import { checkedByWorker } from '../../../webext/src/views';
import { createMeetingState } from '../../../shared/core/meeting/meeting-state';
import { foldEvents, MEETING_PARTS } from '../../../shared/core/meeting/meeting-parts';
import { sortByTime } from '../../../shared/core/record/record';
import { computeMetrics } from '../../../shared/core/talk/metrics';

const call = { key: 'jitsi/meet.jit.si/room', platform: 'jitsi' as const, title: 'room' };
const people = [
  { pid: 'local', name: 'Ada', self: true },
  { pid: 'b', name: 'Bo', self: false },
];
function observed(changes: SpeakingChange[], speakingNow: string[]): ObservedMessage {
  return { type: MSG.observed, call, participants: people, changes, speakingNow, health: { problems: [], matched: [], layout: 'tile-view' } };
}

/** Meeting ids m1, m2, …; share one between hosts that stand for the same worker across a restart. */
function meetingIds(): () => string {
  let n = 0;
  return () => `m${++n}`;
}

/** A host on the fake store; `later` arms the departures' grace timers (a test fires them by hand). */
function host(store: MemoryStore, claims: MemoryClaims, clock: { t: number }, options: { later?: (fn: () => void, ms: number) => void; ids?: () => string } = {}) {
  return new MeetingHost(store, claims, () => clock.t, options.ids ?? meetingIds(), undefined, options.later);
}

const speech = (store: MemoryStore) => store.log.map((r) => r.event).filter((e) => e.type.startsWith('speech.')).map((e) => [e.type, (e as { pid: string }).pid, e.t]);

describe('MeetingHost (background worker)', () => {
  it('opens the meeting, records joins, and keeps back-dated speech times', async () => {
    const store = new MemoryStore();
    const clock = { t: 10_000 };
    const h = host(store, new MemoryClaims(), clock);
    await h.observed('1:0', observed([{ pid: 'b', speaking: true, t: 9_700 }], ['b']));
    const types = store.log.map((r) => r.event.type);
    assert.deepEqual(types, ['meeting.started', 'participant.joined', 'participant.joined', 'speech.started']);
    assert.equal(store.log[0]!.event.t, 9_700, 'the window opens no later than the first speech');
    assert.deepEqual(speech(store), [['speech.started', 'b', 9_700]]);
  });

  it('resumes after a restart from the persisted log and claims', async () => {
    const store = new MemoryStore();
    const claims = new MemoryClaims();
    const clock = { t: 10_000 };
    await host(store, claims, clock).observed('1:0', observed([{ pid: 'b', speaking: true, t: 10_000 }], ['b']));
    // The worker is stopped: a new host, same storage. Bo's end arrives from the tab.
    clock.t = 15_000;
    const again = host(store, claims, clock);
    await again.observed('1:0', observed([{ pid: 'b', speaking: false, t: 14_000 }], []));
    assert.equal(store.infos.size, 1, 'no second meeting');
    assert.deepEqual(speech(store), [
      ['speech.started', 'b', 10_000],
      ['speech.ended', 'b', 14_000],
    ]);
    assert.equal(store.log.filter((r) => r.event.type === 'participant.joined').length, 2, 'nobody re-joined');
  });

  it('ends the meeting when the last tab leaves the call', async () => {
    const store = new MemoryStore();
    const clock = { t: 1_000 };
    const h = host(store, new MemoryClaims(), clock);
    await h.observed('1:0', observed([], []));
    await h.observed('2:0', observed([], []));
    await h.callEnded('1:0', { call, t: 5_000 });
    assert.equal(store.log.at(-1)!.event.type, 'participant.joined', 'one tab is still in the call');
    await h.callEnded('2:0', { call, t: 6_000 });
    assert.equal(store.log.at(-1)!.event.type, 'meeting.ended');
    assert.equal([...store.infos.values()][0]!.endedAt, 6_000);
  });

  it('a tab that leaves mid-speech ends its speech then; with no tab back within the grace, the meeting ends at that moment', async () => {
    const store = new MemoryStore();
    const clock = { t: 1_000 };
    const timers: { fn: () => void; ms: number }[] = [];
    const h = host(store, new MemoryClaims(), clock, { later: (fn, ms) => timers.push({ fn, ms }) });
    await h.observed('1:0', observed([{ pid: 'b', speaking: true, t: 1_000 }], ['b']));
    clock.t = 5_100;
    await h.left('1:0', { call, t: 5_000, changes: [] });
    assert.deepEqual(speech(store), [
      ['speech.started', 'b', 1_000],
      ['speech.ended', 'b', 5_000],
    ]);
    assert.equal([...store.infos.values()][0]!.endedAt, undefined, 'not ended within the grace period');
    assert.equal(timers.length, 1);
    clock.t = 5_100 + timers[0]!.ms; // when the timer fires
    timers[0]!.fn();
    await h.endDeparted();
    assert.equal(store.log.at(-1)!.event.type, 'meeting.ended');
    assert.equal([...store.infos.values()][0]!.endedAt, 5_000, 'ended when the last tab left');
  });

  it('a reload that reports within the grace continues the same meeting', async () => {
    const store = new MemoryStore();
    const clock = { t: 1_000 };
    const timers: (() => void)[] = [];
    const h = host(store, new MemoryClaims(), clock, { later: (fn) => timers.push(fn) });
    await h.observed('1:0', observed([{ pid: 'b', speaking: true, t: 1_000 }], ['b']));
    clock.t = 3_000;
    await h.left('1:0', { call, t: 3_000, changes: [{ pid: 'local', speaking: true, t: 2_000 }] });
    clock.t = 4_000;
    await h.observed('1:0', observed([{ pid: 'b', speaking: true, t: 3_900 }], ['b']));
    clock.t = 60_000;
    timers[0]!();
    await h.endDeparted();
    assert.equal(store.infos.size, 1);
    assert.equal([...store.infos.values()][0]!.endedAt, undefined, 'still live');
    assert.deepEqual(speech(store), [
      ['speech.started', 'b', 1_000],
      ['speech.started', 'local', 2_000],
      ['speech.ended', 'b', 3_000],
      ['speech.ended', 'local', 3_000],
      ['speech.started', 'b', 3_900],
    ]);
  });

  it('a worker restarted within the grace keeps it: a reload that reports continues the meeting', async () => {
    const store = new MemoryStore();
    const claims = new MemoryClaims();
    const clock = { t: 1_000 };
    const timers: (() => void)[] = [];
    const ids = meetingIds();
    const make = () => host(store, claims, clock, { later: (fn) => timers.push(fn), ids });
    await make().observed('1:0', observed([{ pid: 'b', speaking: true, t: 1_000 }], ['b']));
    clock.t = 3_000;
    await make().left('1:0', { call, t: 3_000, changes: [] });
    // The worker stops (its timer is gone); the reloaded tab reports 4 s later, into a new worker.
    clock.t = 7_000;
    await make().observed('1:0', observed([{ pid: 'b', speaking: true, t: 6_900 }], ['b']));
    assert.equal(store.infos.size, 1, 'the same meeting');
    assert.equal([...store.infos.values()][0]!.endedAt, undefined);
    assert.deepEqual(claims.departures, {}, 'nobody is waited for any more');
  });

  it('a worker restarted within the grace still ends the meeting when the last tab left if nobody comes back', async () => {
    const store = new MemoryStore();
    const claims = new MemoryClaims();
    const clock = { t: 1_000 };
    const timers: { fn: () => void; ms: number }[] = [];
    const ids = meetingIds();
    const make = () => host(store, claims, clock, { later: (fn, ms) => timers.push({ fn, ms }), ids });
    await make().observed('1:0', observed([{ pid: 'b', speaking: true, t: 1_000 }], ['b']));
    clock.t = 3_000;
    await make().left('1:0', { call, t: 3_000, changes: [] });
    // The worker restarts 5 s into the grace, woken by a page asking for the meeting list.
    clock.t = 8_000;
    const again = make();
    timers.length = 0;
    assert.equal((await again.list())[0]!.endedAt, undefined, 'still waiting for the tab');
    assert.equal(timers.length, 1, 'the rest of the grace is armed again');
    assert.ok(timers[0]!.ms <= 5_100, `${timers[0]!.ms} ms`);
    clock.t = 13_100;
    timers[0]!.fn();
    await again.endDeparted();
    assert.equal([...store.infos.values()][0]!.endedAt, 3_000, 'ended when the last tab left');
    assert.equal(store.log.at(-1)!.event.type, 'meeting.ended');
    assert.equal(store.log.at(-1)!.event.t, 3_000);
  });

  it('a call page whose port closed without a page-hide message (Firefox) left then: its speech ends, and after the grace the meeting', async () => {
    const store = new MemoryStore();
    const clock = { t: 1_000 };
    const timers: (() => void)[] = [];
    const h = host(store, new MemoryClaims(), clock, { later: (fn) => timers.push(fn) });
    await h.observed('1:0', observed([{ pid: 'b', speaking: true, t: 1_000 }], ['b']));
    clock.t = 4_000;
    await h.gone('1:0');
    // The page-hide message, if it comes after all, changes nothing (no second start).
    await h.left('1:0', { call, t: 3_990, changes: [{ pid: 'b', speaking: true, t: 1_000 }] });
    assert.deepEqual(speech(store), [
      ['speech.started', 'b', 1_000],
      ['speech.ended', 'b', 4_000],
    ]);
    assert.equal(timers.length, 1);
    clock.t = 14_100;
    timers[0]!();
    await h.endDeparted();
    assert.equal([...store.infos.values()][0]!.endedAt, 4_000);
    await h.gone('2:0'); // a port of a tab that never reported: nothing
    assert.equal(store.log.at(-1)!.event.type, 'meeting.ended');
  });

  it('past its detection budget a meeting records no more joins and reports itself flooded', async () => {
    const store = new MemoryStore();
    const h = host(store, new MemoryClaims(), { t: 1_000 });
    const many = Array.from({ length: 400 }, (_, i) => ({ pid: `p${i}`, name: `P${i}`, self: false }));
    await h.observed('1:0', { ...observed([], []), participants: many });
    assert.equal(store.log.filter((r) => r.event.type === 'participant.joined').length, 300);
    assert.deepEqual((await h.snapshot()).health?.problems, ['flooded']);
  });

  it('in manual mode ignores the page and records the marked speaker', async () => {
    const store = new MemoryStore();
    const clock = { t: 1_000 };
    const h = host(store, new MemoryClaims(), clock);
    await h.observed('1:0', observed([{ pid: 'b', speaking: true, t: 900 }], ['b']));
    clock.t = 2_000;
    await h.command(undefined, { kind: 'manual-mode', on: true });
    await h.observed('1:0', observed([{ pid: 'local', speaking: true, t: 2_100 }], ['local', 'b']));
    clock.t = 3_000;
    await h.command(undefined, { kind: 'manual-speaking', pid: 'local' });
    clock.t = 4_000;
    await h.command(undefined, { kind: 'manual-speaking', pid: null });
    assert.deepEqual(speech(store), [
      ['speech.started', 'b', 900],
      ['speech.ended', 'b', 2_000],
      ['speech.started', 'local', 3_000],
      ['speech.ended', 'local', 4_000],
    ]);
  });

  it('keyboard commands drive the core round: next speaker and pause', async () => {
    const store = new MemoryStore();
    const clock = { t: 1_000 };
    const h = host(store, new MemoryClaims(), clock);
    await h.observed('1:0', observed([], []));
    const started = await h.command(undefined, { kind: 'round', command: { type: 'start', kind: 'go-around', slotMs: 60_000, strategy: 'as-entered' } });
    assert.equal(started.error, undefined);
    clock.t = 2_000;
    await runKeyboardCommand(h, KEY_COMMANDS.next);
    await runKeyboardCommand(h, KEY_COMMANDS.pause);
    const rounds = store.log.map((r) => r.event).filter((e) => e.type.startsWith('round.'));
    assert.deepEqual(rounds.map((e) => [e.type, 'pid' in e ? e.pid : '']), [
      ['round.started', ''],
      ['round.turn', 'local'],
      ['round.turn', 'b'],
      ['round.paused', ''],
    ]);
    const refused = await h.command(undefined, { kind: 'round', command: { type: 'resume' } });
    assert.equal(refused.error, undefined, 'resume after pause is accepted');
    const again = await h.command(undefined, { kind: 'round', command: { type: 'resume' } });
    assert.ok(again.error, 'a second resume is refused by the core with a message');
  });

  it('the Pass keyboard command passes the turn like the Pass button of the panel', async () => {
    const store = new MemoryStore();
    const clock = { t: 1_000 };
    const h = host(store, new MemoryClaims(), clock);
    await h.observed('1:0', observed([], []));
    await h.command(undefined, { kind: 'round', command: { type: 'start', kind: 'go-around', slotMs: 60_000, strategy: 'as-entered' } });
    clock.t = 2_000;
    await runKeyboardCommand(h, KEY_COMMANDS.pass);
    const rounds = store.log.map((r) => r.event).filter((e) => e.type.startsWith('round.'));
    assert.deepEqual(rounds.map((e) => [e.type, 'pid' in e ? e.pid : '']), [
      ['round.started', ''],
      ['round.turn', 'local'],
      ['round.passed', ''],
      ['round.turn', 'b'],
    ]);
  });

  it('after a browser restart (session storage gone) ends a detected call at its last moment', async () => {
    const store = new MemoryStore();
    const clock = { t: 1_000 };
    await host(store, new MemoryClaims(), clock).observed('1:0', observed([{ pid: 'b', speaking: true, t: 1_000 }, { pid: 'b', speaking: false, t: 3_000 }], []));
    clock.t = 90_000;
    const after = host(store, new MemoryClaims(), clock);
    assert.equal((await after.snapshot()).meeting?.endedAt, 3_000);
    assert.equal(store.log.at(-1)!.event.type, 'meeting.ended');
    assert.equal(store.log.at(-1)!.event.t, 3_000);
  });

  it('closing the last tab of a call ends its speech and the meeting', async () => {
    const store = new MemoryStore();
    const clock = { t: 1_000 };
    const h = host(store, new MemoryClaims(), clock);
    await h.observed('7:0', observed([{ pid: 'b', speaking: true, t: 1_000 }], ['b']));
    clock.t = 4_000;
    await h.tabClosed('7:');
    assert.deepEqual(speech(store), [
      ['speech.started', 'b', 1_000],
      ['speech.ended', 'b', 4_000],
    ]);
    assert.equal(store.log.at(-1)!.event.type, 'meeting.ended');
  });

  it('the mark-speaking key acts only in manual mode, on the facilitator', async () => {
    const store = new MemoryStore();
    const clock = { t: 1_000 };
    const h = host(store, new MemoryClaims(), clock);
    await h.observed('1:0', observed([], []));
    await runKeyboardCommand(h, KEY_COMMANDS.mark);
    assert.deepEqual(speech(store), [], 'ignored while detection runs');
    await h.command(undefined, { kind: 'manual-mode', on: true });
    clock.t = 2_000;
    await runKeyboardCommand(h, KEY_COMMANDS.mark);
    clock.t = 2_500;
    await runKeyboardCommand(h, KEY_COMMANDS.mark);
    assert.deepEqual(speech(store), [
      ['speech.started', 'local', 2_000],
      ['speech.ended', 'local', 2_500],
    ]);
  });
});

describe('MeetingHost on the core session (issue 9: one engine)', () => {
  it('folds back-dated speech from two tabs in time order: the worker decides from the fold every reader computes', async () => {
    const store = new MemoryStore();
    const clock = { t: 10_000 };
    const h = host(store, new MemoryClaims(), clock);
    await h.observed('1:0', observed([{ pid: 'local', speaking: true, t: 9_000 }], ['local']));
    clock.t = 14_000;
    await h.observed('1:0', observed([{ pid: 'local', speaking: false, t: 13_000 }], []));
    // A second tab of the call reports Bo's speech late: it started before Ada stopped.
    await h.observed('2:0', observed([{ pid: 'b', speaking: true, t: 11_000 }, { pid: 'b', speaking: false, t: 12_000 }], []));
    const session = h.current()!.session;
    const reader = foldEvents(sortByTime(store.log.map((r) => r.event)), createMeetingState());
    const talk = (s: typeof reader) => computeMetrics(s, 14_000).participants.map((p) => [p.pid, p.talkMs]);
    assert.deepEqual(talk(session.state), talk(reader));
    assert.deepEqual(talk(session.state), [
      ['local', 4_000],
      ['b', 1_000],
    ]);
    assert.deepEqual(session.events, store.log.map((r) => r.event), 'the session holds the record in stored order (seq n = event n)');
  });

  it('a call that ends mid-round ends the round first, at the moment the last tab left', async () => {
    const store = new MemoryStore();
    const clock = { t: 1_000 };
    const h = host(store, new MemoryClaims(), clock);
    await h.observed('1:0', observed([], []));
    await h.command(undefined, { kind: 'round', command: { type: 'start', kind: 'go-around', slotMs: 60_000, strategy: 'as-entered' } });
    clock.t = 9_000;
    await h.callEnded('1:0', { call, t: 8_000 });
    assert.deepEqual(store.log.slice(-2).map((r) => [r.event.type, r.event.t]), [
      ['round.ended', 8_000],
      ['meeting.ended', 8_000],
    ]);
  });

  it('pages add people by the one pid allocator and name rule: a rejoin keeps the pid, a name already present is refused', async () => {
    const store = new MemoryStore();
    const clock = { t: 1_000 };
    const h = host(store, new MemoryClaims(), clock);
    const { meetingId } = await h.command(undefined, { kind: 'start-manual', title: 'Standup', names: ['Ana', 'Ben'] });
    assert.deepEqual((await h.command(meetingId!, { kind: 'add-participant', name: ' Cy ' })).error, undefined);
    const refused = await h.command(meetingId!, { kind: 'add-participant', name: 'ana' });
    assert.equal(refused.error?.code, 'already-present');
    const joins = store.log.map((r) => r.event).filter((e) => e.type === 'participant.joined');
    assert.deepEqual(joins.map((e) => [(e as { pid: string }).pid, (e as { name: string }).name]), [
      ['p1', 'Ana'],
      ['p2', 'Ben'],
      ['p3', 'Cy'],
    ]);
  });

  it('a store that fails is a failure the sender hears, and nothing it did not store is folded', async () => {
    const store = new MemoryStore();
    const clock = { t: 1_000 };
    const h = host(store, new MemoryClaims(), clock);
    await h.observed('1:0', observed([], []));
    const seq = h.current()!.session.seq;
    store.append = async () => Promise.reject(new Error('QuotaExceededError'));
    await assert.rejects(h.observed('1:0', observed([{ pid: 'b', speaking: true, t: 1_000 }], ['b'])), /QuotaExceededError/);
    assert.equal(h.current()!.session.seq, seq);
    assert.equal(h.current()!.session.state.participants.get('b')!.speakingSince, null);
  });
});

describe('MeetingHost after a wake-up', () => {
  it('a keyboard shortcut that wakes the worker acts on the live meeting (it is rebuilt first, not dropped)', async () => {
    const store = new MemoryStore();
    const claims = new MemoryClaims();
    const clock = { t: 1_000 };
    const before = host(store, claims, clock);
    await before.observed('1:0', observed([], []));
    await before.command(undefined, { kind: 'round', command: { type: 'start', kind: 'go-around', slotMs: 60_000, strategy: 'as-entered' } });
    // The worker stops; the next thing it hears is the shortcut.
    clock.t = 5_000;
    await runKeyboardCommand(host(store, claims, clock), KEY_COMMANDS.next);
    const turns = store.log.map((r) => r.event).filter((e) => e.type === 'round.turn');
    assert.deepEqual(turns.map((e) => [(e as { pid: string }).pid, e.t]), [
      ['local', 1_000],
      ['b', 5_000],
    ]);
  });
});

describe('ViewHub (pushed views)', () => {
  class FakePort implements ViewPort {
    readonly got: ViewPush[] = [];
    private onMsg: ((m: unknown) => void) | null = null;
    private onGone: (() => void) | null = null;
    postMessage(m: ViewPush) {
      this.got.push(structuredClone(m));
    }
    onMessage = { addListener: (fn: (m: unknown) => void) => void (this.onMsg = fn) };
    onDisconnect = { addListener: (fn: () => void) => void (this.onGone = fn) };
    send(m: unknown) {
      this.onMsg!(m);
    }
    gone() {
      this.onGone!();
    }
  }
  /** `timers`: the hub's clock and timer, pushing at most every PUSH_EVERY_MS; without: every event at once. */
  function wired(store: MemoryStore, claims: MemoryClaims, clock: { t: number }, timers?: HubTimers) {
    let hub: ViewHub | null = null;
    let n = 0;
    const h = new MeetingHost(store, claims, () => clock.t, () => `m${++n}`, { listChanged: () => undefined, settled: (d, r) => hub!.settled(d, r) });
    hub = timers ? new ViewHub(h, store, PUSH_EVERY_MS, timers) : new ViewHub(h, store, 0);
    return { h, hub };
  }
  /** What a page holds after these pushes: the model's events, in order. */
  function pageCopy(pushes: ViewPush[], model = new MeetingModel()): MeetingModel {
    for (const p of pushes) {
      if (p.type === 'background->view:record') model.reset(p.events);
      else if (p.type === 'background->view:events') assert.equal(model.apply(p.from, p.events), 'ok');
    }
    return model;
  }

  it('sends the record once, then only new events; a page that resumes after a restart gets exactly what it lacks', async () => {
    const store = new MemoryStore();
    const claims = new MemoryClaims();
    const clock = { t: 1_000 };
    const a = wired(store, claims, clock);
    await a.h.observed('1:0', observed([{ pid: 'b', speaking: true, t: 900 }], ['b']));
    const port = new FakePort();
    a.hub.connect(port);
    port.send({ type: 'view->background:follow' });
    await a.h.ready();
    assert.deepEqual(port.got.map((p) => p.type), ['background->view:record']);
    clock.t = 2_000;
    await a.h.observed('1:0', observed([{ pid: 'b', speaking: false, t: 1_900 }], []));
    const pushed = port.got.at(-1)!;
    assert.equal(pushed.type, 'background->view:events');
    assert.deepEqual(pushed.type === 'background->view:events' && pushed.events.map((e) => e.type), ['speech.ended'], 'only the new event');
    const page = pageCopy(port.got);
    assert.equal(page.seq, store.log.length);

    // The worker stops (the port closes) while the call goes on; a new worker records more.
    port.gone();
    clock.t = 3_000;
    const b = wired(store, claims, clock);
    await b.h.observed('1:0', observed([{ pid: 'local', speaking: true, t: 2_500 }, { pid: 'local', speaking: false, t: 2_900 }], []));
    const again = new FakePort();
    b.hub.connect(again);
    again.send({ type: 'view->background:follow', resume: { meetingId: page.state.id, seq: page.seq } });
    await b.h.ready();
    assert.deepEqual(again.got.map((p) => p.type), ['background->view:events', 'background->view:status']);
    pageCopy(again.got, page);
    assert.deepEqual(page.events, store.log.map((r) => r.event), 'no event lost or held twice');
  });

  it('checks a stored record as it reads it: a page that takes its word holds what a validating model would, up to the same problem', async () => {
    const store = new MemoryStore();
    const clock = { t: 1_000 };
    const a = wired(store, new MemoryClaims(), clock);
    await a.h.command(undefined, { kind: 'start-manual', title: 'Stored', names: ['Ana', 'Ben'] });
    clock.t = 2_000;
    await a.h.command(undefined, { kind: 'end-meeting' });
    const id = store.log[0]!.meetingId;
    // The stored record as a newer version and a damaged store might leave it: a newer type (skipped), then an event without its pid.
    const raw = store.log.filter((r) => r.meetingId === id);
    const at = raw.findIndex((r) => r.event.type === 'meeting.ended');
    store.log.splice(store.log.indexOf(raw[at]!), 0, { meetingId: id, event: { v: 2, t: 1_500, type: 'future.thing' } as unknown as MeetingEvent }, { meetingId: id, event: { v: 1, t: 1_600, type: 'speech.started' } as unknown as MeetingEvent });
    const validating = new MeetingModel();
    assert.equal(validating.reset(await store.events(id)), 'invalid');

    const b = wired(store, new MemoryClaims(), clock);
    const port = new FakePort();
    b.hub.connect(port);
    port.send({ type: 'view->background:follow', meetingId: id });
    await b.h.ready();
    const record = port.got[0]!;
    assert.equal(record.type, 'background->view:record');
    assert.deepEqual(record.type === 'background->view:record' && record.problem, validating.problem, 'the first bad event, counted as the page counts');
    assert.deepEqual(record.type === 'background->view:record' && record.events, validating.events, 'the events before it, the newer type left out');
    const page = new FoldedModel({ parts: MEETING_PARTS }, checkedByWorker);
    assert.equal(page.reset(record.type === 'background->view:record' ? record.events : [], record.type === 'background->view:record' ? (record.problem ?? null) : null), 'invalid');
    assert.deepEqual([page.seq, page.problem, page.events], [validating.seq, validating.problem, validating.events]);
    assert.deepEqual(page.state, validating.state);

    // A page that resumes on such a record gets the whole record again, with its problem.
    const again = new FakePort();
    b.hub.connect(again);
    again.send({ type: 'view->background:follow', meetingId: id, resume: { meetingId: id, seq: page.seq } });
    await b.h.ready();
    assert.deepEqual(again.got[0], record);
  });

  it('switches a page that follows the live meeting when another one starts', async () => {
    const store = new MemoryStore();
    const clock = { t: 1_000 };
    const { h, hub } = wired(store, new MemoryClaims(), clock);
    const port = new FakePort();
    hub.connect(port);
    port.send({ type: 'view->background:follow' });
    await h.ready();
    assert.deepEqual(port.got[0], { type: 'background->view:record', events: [], meeting: null, health: null, manual: false });
    await h.command(undefined, { kind: 'start-manual', title: 'Sync', names: ['Ana'] });
    const last = port.got.at(-1)!;
    assert.equal(last.type, 'background->view:record');
    assert.equal(last.type === 'background->view:record' && last.meeting?.title, 'Sync');
  });

  /** A page following a meeting that has just started, on a hub whose clock and timers the test moves by hand. */
  async function followedWithTimers() {
    const store = new MemoryStore();
    const clock = { t: 1_000 };
    const due: { run: () => void; ms: number }[] = [];
    const hubClock = { t: 0 };
    const a = wired(store, new MemoryClaims(), clock, { now: () => hubClock.t, later: (run, ms) => due.push({ run, ms }) });
    const port = new FakePort();
    a.hub.connect(port);
    port.send({ type: 'view->background:follow' });
    await a.h.ready();
    await a.h.observed('1:0', observed([{ pid: 'b', speaking: true, t: 900 }], ['b']));
    return { store, clock, due, hubClock, a, port };
  }

  it('pushes a burst of events together: the first at once, the rest when PUSH_EVERY_MS is up, before anything else for the page', async () => {
    const { store, clock, due, hubClock, a, port } = await followedWithTimers();
    const types = () => port.got.map((p) => p.type.replace('background->view:', ''));
    assert.deepEqual(types(), ['record', 'record'], 'the meeting that started is sent whole');
    const count = (events: number) => assert.equal(pageCopy(port.got).seq, events);
    // The next report, 100 ms later, goes at once (the first events since the record); the two after it within PUSH_EVERY_MS wait for one flush.
    hubClock.t = 100;
    await a.h.observed('1:0', observed([{ pid: 'b', speaking: false, t: 950 }], []));
    assert.deepEqual(types(), ['record', 'record', 'events']);
    hubClock.t = 150;
    await a.h.observed('1:0', observed([{ pid: 'local', speaking: true, t: 1_000 }], ['local']));
    hubClock.t = 200;
    await a.h.observed('1:0', observed([{ pid: 'b', speaking: true, t: 1_050 }], ['local', 'b']));
    assert.deepEqual(types(), ['record', 'record', 'events'], 'nothing more within PUSH_EVERY_MS of the last push');
    assert.equal(due.length, 1, 'one flush for the burst');
    assert.equal(due[0]!.ms, PUSH_EVERY_MS - 50);
    hubClock.t = 100 + PUSH_EVERY_MS;
    due.shift()!.run();
    await a.h.ready();
    assert.deepEqual(types(), ['record', 'record', 'events', 'events'], 'both waiting events in one push');
    const burst = port.got.at(-1)!;
    assert.equal(burst.type === 'background->view:events' && burst.events.length, 2);
    count(store.log.length);
    // After a quiet spell the next event goes at once.
    hubClock.t = 100 + 2 * PUSH_EVERY_MS;
    await a.h.observed('1:0', observed([{ pid: 'local', speaking: false, t: 1_100 }], ['b']));
    assert.deepEqual(types(), ['record', 'record', 'events', 'events', 'events']);
    count(store.log.length);
    // Waiting events go before a status: the page sees the end only with every event before it.
    hubClock.t += 10;
    await a.h.observed('1:0', observed([{ pid: 'b', speaking: false, t: 1_200 }], []));
    assert.equal(due.length, 1);
    await a.h.command(undefined, { kind: 'end-meeting' });
    assert.deepEqual(types().slice(5), ['events', 'status'], 'the status (the end) sends the waiting events first');
    const before = port.got.at(-2)!;
    assert.deepEqual(before.type === 'background->view:events' && before.events.map((e) => e.type), ['speech.ended', 'meeting.ended']);
    count(store.log.length);
    due.shift()!.run();
    await a.h.ready();
    assert.equal(port.got.length, 7, 'the flush found nothing left to send');
    assert.deepEqual(pageCopy(port.got).events, store.log.map((r) => r.event), 'no event lost or held twice');
  });

  it("pushes somebody's act at once, with the speech waiting before it; a push of speech only says so", async () => {
    const { store, clock, due, hubClock, a, port } = await followedWithTimers();
    const events = () => port.got.filter((p) => p.type === 'background->view:events');
    hubClock.t = 100;
    await a.h.observed('1:0', observed([{ pid: 'b', speaking: false, t: 950 }], []));
    assert.equal(events().length, 1, 'the first speech after the record goes at once');
    assert.equal(events()[0]!.type === 'background->view:events' && events()[0]!.speech, true, 'speech only: the page may draw it later');
    hubClock.t = 150;
    await a.h.observed('1:0', observed([{ pid: 'local', speaking: true, t: 1_000 }], ['local']));
    assert.equal(events().length, 1, 'speech within PUSH_EVERY_MS waits');
    assert.equal(due.length, 1);
    // A hand raised 50 ms later: it goes now, the waiting speech first, in one push that is not speech only.
    hubClock.t = 200;
    clock.t = 1_050;
    const raised = await a.h.command(undefined, { kind: 'round', command: { type: 'raise', pid: 'b' } });
    assert.equal(raised.error, undefined);
    assert.equal(events().length, 2, 'the act did not wait for the flush');
    const act = events()[1]!;
    assert.deepEqual(act.type === 'background->view:events' && act.events.map((e) => e.type), ['speech.started', 'hand.raised']);
    assert.equal(act.type === 'background->view:events' && act.speech, undefined);
    due.shift()!.run();
    await a.h.ready();
    assert.equal(events().length, 2, 'the flush found nothing left to send');
    assert.deepEqual(pageCopy(port.got).events, store.log.map((r) => r.event), 'no event lost or held twice');
  });
});
