/**
 * The background worker's meeting owner: a map of call key -> the meeting's MeetingSession
 * (shared/core: the one engine both shells run) over the IndexedDB sink, plus the call's
 * speech union. It turns content-script observations into session observations (`recordAt`,
 * at the detector's time) and page commands into session commands; the session decides,
 * stamps, validates and stores each event (one transaction, awaited) before the reply.
 *
 * Lifecycle of a live meeting (keyed by its call key, so a reload or a second tab joins it):
 *
 *   (none) --observed, in call--> live --call-ended by every tab / end command--> ended
 *
 * Waking: the worker may be stopped at any time. `load()` restores every live meeting's session
 * from its persisted log (same seq numbers, same time-ordered fold), and the tabs' speaking
 * claims come back from session storage, so the next message continues the meeting as if
 * nothing happened.
 * All handlers run one at a time (a promise chain) so events are appended in order. After
 * each, still in the chain, `settled` is told which meetings got events (their sessions say
 * which: `seq`, `since(n)`) or a new status, so open pages get exactly those pushed.
 */
import type { EventBody, MeetingEvent } from '../../../shared/core/record/events';
import { MeetingSession, type SessionResult } from '../../../shared/core/meeting/session';
import type { Clock } from '../../../shared/core/meeting/clock';
import { FloorWatch, type Timers } from '../../../shared/core/hands/floor-watch';
import type { CallEndedMessage, Health, LeftMessage, MeetingInfo, MeetingSnapshot, ObservedMessage, UiCommand } from '../messages';
import type { MeetingStore } from '../storage/event-store';
import { runOnSession, type CommandOutcome } from './commands';
import { DetectionBudget } from './detection-budget';
import { Departures } from './departures';
import { SpeechUnion, type Claims } from './speech-union';

/** Where the tabs' speaking claims and the calls' pending departures survive a worker restart (storage.session in the extension). */
export interface ClaimStore {
  load(): Promise<Record<string, Claims>>;
  save(all: Record<string, Claims>): Promise<void>;
  /** Calls whose last tab left, within their grace period: call key -> when it left (departures.ts). */
  loadDepartures(): Promise<Record<string, number>>;
  saveDepartures(all: Record<string, number>): Promise<void>;
}

export interface Live {
  info: MeetingInfo;
  /** The meeting's engine: its one fold (`state`), record (`events`, `seq`, `since`) and commands. */
  session: MeetingSession;
  union: SpeechUnion;
  health: Health | null;
  /** What call pages may still make this meeting record (issue 15). */
  budget: DetectionBudget;
}

/** A session result as the worker's handlers want it: the events, or an error for the sender (a store that failed, an invalid name). */
function stored(r: SessionResult): MeetingEvent[] {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.events;
}

export interface HostEvents {
  /** A meeting was opened, ended or deleted (null: every meeting): list pages refresh; an ended one may open its summary. */
  listChanged(meetingId: string | null, ended: boolean): void;
  /** An operation finished; `dirty` holds the meetings that got events or a new status in it. */
  settled(dirty: ReadonlyMap<string, Live>, removed: boolean): Promise<void>;
}

export class MeetingHost {
  private readonly live = new Map<string, Live>();
  private loaded: Promise<void> | null = null;
  private chain: Promise<unknown> = Promise.resolve();
  private readonly dirty = new Map<string, Live>();
  private removed = false;
  /** Calls whose last tab left, within their grace period (issue 15: leaving is an end, a reload is not). */
  private readonly departures = new Departures();

  constructor(
    private readonly store: MeetingStore,
    private readonly claims: ClaimStore,
    readonly now: () => number,
    private readonly newId: () => string,
    private readonly events: HostEvents = { listChanged: () => undefined, settled: async () => undefined },
    /** Arms a one-shot timer (the departures' grace period). */
    private readonly later: (fn: () => void, ms: number) => void = (fn, ms) => void setTimeout(fn, ms),
    /** Timers for hands that follow the floor between events (hands/floor-watch.ts). */
    private readonly timers: Timers = { schedule: (run, ms) => setTimeout(run, ms), cancel: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) },
  ) {}

  /** The sessions' clock: the worker's. */
  private readonly clock: Clock = { now: () => this.now() };

  /**
   * A meeting's Live around its session over the store: new (no events yet) or restored from
   * its stored record. Every stored change counts against its detection budget and marks it
   * for `settled`.
   */
  private attach(info: MeetingInfo, events: readonly MeetingEvent[] | null, union = new SpeechUnion()): Live {
    const sink = { append: (e: MeetingEvent) => this.store.append(info.id, e) };
    const session = events ? MeetingSession.restore({ clock: this.clock, sink }, events) : new MeetingSession(this.clock, sink);
    if (session.restoreProblems.length) console.warn(`Roundtable: meeting ${info.id} skipped stored events: ${session.restoreProblems.join('; ')}`);
    const m: Live = { info, session, union, health: null, budget: DetectionBudget.of(events ?? []) };
    session.subscribe(({ events: added }) => {
      for (const e of added) m.budget.count(e);
      this.dirty.set(m.info.id, m);
    });
    // A hand whose owner talks on over someone goes down backchannelMs in, with no event then:
    // in the handlers' one chain, so open pages are pushed the lowering like any change. A worker
    // stopped meanwhile arms it again when it restores the meeting (stamped when it was due).
    new FloorWatch(session, this.timers, () => this.serial(() => session.settleFloor()));
    return m;
  }

  /** Runs `fn` after everything queued before it, with live meetings rebuilt, then pushes what it changed. */
  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.chain
      .then(() => this.load())
      .then(async () => {
        try {
          return await fn();
        } finally {
          await this.settle();
        }
      });
    this.chain = run.catch(() => undefined);
    return run;
  }

  private async settle(): Promise<void> {
    if (this.dirty.size === 0 && !this.removed) return;
    const removed = this.removed;
    this.removed = false;
    try {
      await this.events.settled(this.dirty, removed);
    } catch (e) {
      console.error('Roundtable: pushing to open pages failed', e);
    } finally {
      this.dirty.clear();
    }
  }

  /** Marks a meeting's status (health, manual mode, info) as changed, for `settled`. */
  touched(m: Live): void {
    this.dirty.set(m.info.id, m);
  }

  /** Resolves once the live meetings are rebuilt and everything queued before has run (a woken worker's first reader waits for it). */
  ready(): Promise<void> {
    return this.serial(async () => undefined);
  }

  /** Runs `fn` in the same one-at-a-time chain as every other handler (issue 6's leadership commands use it). */
  exclusive<T>(fn: () => Promise<T>): Promise<T> {
    return this.serial(fn);
  }

  private load(): Promise<void> {
    this.loaded ??= (async () => {
      const saved = await this.claims.load();
      const away = await this.claims.loadDepartures();
      for (const info of await this.store.meetings()) {
        if (info.endedAt !== undefined) continue;
        const m = this.attach(info, await this.store.events(info.id), new SpeechUnion(saved[info.key] ?? {}));
        this.live.set(info.key, m);
        if (info.manual || m.union.tabIds().length > 0) continue;
        // Its last tab left within the grace period before the worker stopped: wait out the rest
        // (a reload comes back; else it ends when that tab left).
        const leftAt = away[info.key];
        if (leftAt !== undefined) this.awaitReturn(m, leftAt);
        // No tab is known to be in this detected call: the browser was closed or crashed with it
        // open (session storage went with it). It ended with its last recorded moment.
        else await this.end(m, m.session.state.lastT);
      }
      await this.claims.saveDepartures(this.departures.all());
    })();
    return this.loaded;
  }

  /** The meeting `id` for a command: the live one, else its stored record restored (an ended meeting still takes debrief answers and an objection's resolution). */
  async meeting(id: string): Promise<Live | null> {
    const live = this.current(id);
    if (live) return live;
    const info = (await this.store.meetings()).find((m) => m.id === id);
    return info ? this.attach(info, await this.store.events(id)) : null;
  }

  private async saveClaims(): Promise<void> {
    await this.claims.save(Object.fromEntries([...this.live].map(([key, m]) => [key, m.union.claims()])));
  }

  observed(tab: string, msg: ObservedMessage): Promise<void> {
    return this.serial(async () => {
      const now = this.now();
      if (this.departures.back(msg.call.key)) await this.claims.saveDepartures(this.departures.all());
      let m = this.live.get(msg.call.key);
      // A join is back-dated to when its tile appeared (the content script reports it after a dwell), never into the future.
      const since = (p: { since?: number }) => Math.min(now, typeof p.since === 'number' ? p.since : now);
      if (!m) {
        const t0 = Math.min(now, ...msg.changes.map((c) => c.t), ...msg.participants.map(since));
        m = await this.open(msg.call.key, msg.call.title, msg.call.platform, t0);
      }
      m.union.join(tab);
      for (const p of msg.participants) {
        const known = m.session.state.participants.get(p.pid);
        if (!known) await this.detected(m, { type: 'participant.joined', pid: p.pid, name: p.name, ...(p.self ? { self: true } : {}) }, Math.max(since(p), m.info.startedAt));
        else if (known.name !== p.name) await this.detected(m, { type: 'participant.renamed', pid: p.pid, name: p.name }, now);
      }
      if (!m.info.manual) {
        const changes = [...msg.changes].sort((a, b) => a.t - b.t);
        for (const c of changes) await this.speech(m, m.union.apply(tab, c.pid, c.speaking, c.t));
        for (const c of m.union.reconcile(tab, msg.speakingNow, now)) await this.speech(m, c);
      }
      const health = m.budget.flooded && !msg.health.problems.includes('flooded') ? { ...msg.health, problems: [...msg.health.problems, 'flooded' as const] } : msg.health;
      if (JSON.stringify(m.health) !== JSON.stringify(health)) {
        m.health = health;
        this.touched(m);
      }
      await this.saveClaims();
    });
  }

  private async speech(m: Live, c: { pid: string; speaking: boolean; t: number } | null): Promise<void> {
    if (c) await this.detected(m, { type: c.speaking ? 'speech.started' : 'speech.ended', pid: c.pid }, c.t);
  }

  /**
   * Records what a call page reported at the detector's time `t`, within the meeting's detection
   * budget (past it: not written, the meeting is flooded). Names and ids come from untrusted
   * pages: the session stores only valid v1 events, and refuses the rest (the sender hears why).
   */
  private async detected(m: Live, body: EventBody, t: number): Promise<void> {
    if (m.budget.admit(body)) stored(await m.session.recordAt(t, body));
  }

  /** A tab left the call (or closed): its claims end; the meeting ends when no tab is left in it. */
  callEnded(tab: string, msg: Pick<CallEndedMessage, 'call' | 't'>): Promise<void> {
    return this.serial(async () => {
      const m = this.live.get(msg.call.key);
      if (!m) return;
      for (const c of m.union.dropTab(tab, msg.t)) await this.speech(m, c);
      if (m.union.tabIds().length === 0 && !m.info.manual) await this.end(m, msg.t);
      await this.saveClaims();
    });
  }

  /**
   * A tab's page went away (page hide): its unsent changes, then its claims end at that moment.
   * When it was the call's last tab, the meeting waits out the grace period (a reload comes back)
   * and otherwise ends at the moment the tab left.
   */
  left(tab: string, msg: Pick<LeftMessage, 'call' | 't' | 'changes'>): Promise<void> {
    return this.serial(async () => {
      const m = this.live.get(msg.call.key);
      // Already gone (its port closed first, see gone()): its claims ended then; replaying its
      // unsent changes would start speech again.
      if (!m || !m.union.tabIds().includes(tab)) return;
      const t = Math.max(m.info.startedAt, Math.min(msg.t, this.now()));
      if (!m.info.manual) for (const c of [...msg.changes].sort((a, b) => a.t - b.t)) await this.speech(m, m.union.apply(tab, c.pid, c.speaking, Math.min(c.t, t)));
      await this.tabLeft(m, tab, t);
      await this.saveClaims();
    });
  }

  /**
   * A call page's port closed (content/main.ts keeps one open while it watches): the page went
   * away, whether or not its page-hide message got through (Firefox drops it). Like `left` with
   * nothing unsent, at `t` (when the worker heard of it); nothing to do for a tab that already
   * said it left, or never reported.
   */
  gone(tab: string, t = this.now()): Promise<void> {
    return this.serial(async () => {
      for (const m of [...this.live.values()]) if (m.union.tabIds().includes(tab)) await this.tabLeft(m, tab, t);
      await this.saveClaims();
    });
  }

  /** `tab`'s claims end at `t`; if it was the call's last tab, the grace period runs. */
  private async tabLeft(m: Live, tab: string, t: number): Promise<void> {
    for (const c of m.union.dropTab(tab, t)) await this.speech(m, c);
    if (m.union.tabIds().length > 0 || m.info.manual) return;
    this.awaitReturn(m, t);
    await this.claims.saveDepartures(this.departures.all());
  }

  /** The last tab of `m`'s call left at `t`: the grace period runs (a timer; a restarted worker re-arms it from storage). */
  private awaitReturn(m: Live, t: number): void {
    const due = this.departures.leave(m.info.key, t);
    this.later(() => void this.endDeparted(), Math.max(0, due - this.now()) + 50);
  }

  /** Ends every call whose grace period ran out with no tab back, at the moment its last tab left. */
  endDeparted(): Promise<void> {
    return this.serial(async () => {
      for (const { key, at } of this.departures.due(this.now())) {
        const m = this.live.get(key);
        if (!m || m.info.manual || m.union.tabIds().length > 0) continue;
        await this.end(m, at);
      }
      await this.claims.saveDepartures(this.departures.all());
      await this.saveClaims();
    });
  }

  /**
   * A tab closed without saying goodbye: end what its frames claimed ("tab:frame" ids with this
   * prefix), and the meeting if it was the last tab in the call. (A reload is not a close: the
   * reloaded page reports into the same meeting.)
   */
  tabClosed(prefix: string): Promise<void> {
    return this.serial(async () => {
      const t = this.now();
      for (const m of [...this.live.values()]) {
        const mine = m.union.tabIds().filter((x) => x.startsWith(prefix));
        if (!mine.length) continue;
        for (const tab of mine) for (const c of m.union.dropTab(tab, t)) await this.speech(m, c);
        if (m.union.tabIds().length === 0 && !m.info.manual) await this.end(m, t);
      }
      await this.saveClaims();
    });
  }

  /** A new meeting, started at `t` (names: people typed by hand, given p1, p2, … by the session). */
  private async open(key: string, title: string, platform: MeetingInfo['platform'], t: number, manual = false, names: readonly string[] = []): Promise<Live> {
    const info: MeetingInfo = { id: this.newId(), key, title, platform, startedAt: t, ...(manual ? { manual } : {}) };
    await this.store.putMeeting(info);
    const m = this.attach(info, null);
    this.live.set(key, m);
    stored(await m.session.start({ id: info.id, title, platform, participants: names, at: t }));
    this.events.listChanged(info.id, false);
    return m;
  }

  /** Ends a live meeting at `t` (the session ends a running round first, and never before its newest event). */
  private async end(m: Live, t: number): Promise<void> {
    // A record that already has its end (the worker stopped before the index said so) only needs the index.
    if (m.session.live) stored(await m.session.end(t));
    m.info = { ...m.info, endedAt: t };
    await this.store.putMeeting(m.info);
    this.live.delete(m.info.key);
    this.touched(m);
    this.events.listChanged(m.info.id, true);
  }

  /** The live meeting a page means: by id, else the most recently started live one. */
  current(id?: string): Live | null {
    const all = [...this.live.values()];
    if (id) return all.find((m) => m.info.id === id) ?? null;
    return all.sort((a, b) => b.info.startedAt - a.info.startedAt)[0] ?? null;
  }

  /** Runs a page's command; the outcome names the meeting it changed (null: nothing to do) or the core's refusal. */
  command(meetingId: string | undefined, cmd: UiCommand): Promise<CommandOutcome> {
    return this.serial(async () => {
      const now = this.now();
      if (cmd.kind === 'start-manual') {
        const m = await this.open(`manual/${now}`, cmd.title, 'manual', now, true, cmd.names);
        return { meetingId: m.info.id };
      }
      const m = this.current(meetingId);
      if (!m) return { meetingId: null };
      if (cmd.kind === 'end-meeting') await this.end(m, now);
      else if (cmd.kind === 'manual-mode') {
        await this.setManual(m, cmd.on);
        // Marking by hand takes over: what detection had open ends when it last saw it.
        if (cmd.on) for (const c of m.union.reconcileAll(now)) stored(await m.session.recordAt(c.t, { type: 'speech.ended', pid: c.pid }));
      } else {
        const r = await runOnSession(m.session, cmd);
        if (!r.ok && r.error.code === 'sink-failed') throw new Error(r.error.message);
        if (!r.ok) return { meetingId: m.info.id, error: r.error };
      }
      return { meetingId: m.info.id };
    });
  }

  snapshot(id?: string): Promise<MeetingSnapshot> {
    return this.serial(async () => {
      const m = this.current(id);
      const info = m?.info ?? (await this.store.meetings()).find((x) => !id || x.id === id) ?? null;
      if (!info) return { meeting: null, events: [], health: null, manual: false };
      return { meeting: info, events: await this.store.events(info.id), health: m?.health ?? null, manual: !!info.manual };
    });
  }

  list(): Promise<MeetingInfo[]> {
    return this.serial(() => this.store.meetings());
  }

  remove(id: string | null): Promise<void> {
    return this.serial(async () => {
      for (const [key, m] of this.live) if (id === null || m.info.id === id) this.live.delete(key);
      await (id === null ? this.store.deleteAll() : this.store.deleteMeeting(id));
      await this.saveClaims();
      this.removed = true;
      this.events.listChanged(id, false);
    });
  }

  private setManual(m: Live, manual: boolean): Promise<void> {
    m.info = { ...m.info, manual };
    this.touched(m);
    return this.store.putMeeting(m.info);
  }
}
