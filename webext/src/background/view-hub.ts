/**
 * The worker's side of the view port (views.ts): which page follows which meeting, and how far
 * each page's copy of the record goes (`sent`: the seq of the next event it needs).
 *
 * Rules:
 * - Runs only inside MeetingHost's chain (`follow` through `exclusive`, `settled` at the end of
 *   every operation), so no event is appended between reading what a page lacks and sending it:
 *   every event reaches every page once, in record order.
 * - After an operation, a page gets the events numbered from its `sent` on, from the meeting's
 *   session (`since(sent)`: its record in stored order, seq n = event n).
 * - A page following "the live meeting" is switched (a new `record`) when another one starts,
 *   and so is any page whose meeting was deleted.
 * - Every event sent has been checked by the worker, and the pages take its word (their models
 *   do not validate again: views.ts, checkedByWorker): a live session's events were checked as
 *   they were appended or restored, a stored record's are checked here as they are read. A
 *   stored record's first bad event ends what is sent of it and goes with it as `problem`.
 * - Speech goes to a page at most every PUSH_EVERY_MS: the first after a quiet spell at once, the
 *   rest of a burst together when that time is up (flushed through `exclusive`, so still in the
 *   chain). A busy call makes about 8 speech events a second, each message costs the page a task
 *   of its own, and the page draws speech at most twice a second (use-meeting.ts,
 *   EVENT_REDRAW_MS; issue 9). Speech-only pushes say so (`speech: true`).
 * - Any other event (somebody's act: Next, a hand, a decision) goes at once, with the speech
 *   waiting before it: a facilitator sees what they did when they did it. So does anything else
 *   for a page (a status, a record), so a page gets everything in the order it happened.
 */
import { isSpeech, type MeetingEvent } from '../../../shared/core/record/events';
import { checkEvents, type EventProblem } from '../../../shared/core/record/record';
import type { MeetingStore } from '../storage/event-store';
import { parseFollow, type FollowRequest, type MeetingStatus, type ViewPush } from '../views';
import type { Live, MeetingHost } from './meeting-host';

/** At most one message of new speech per page this often (see above; the pages' redraw interval). */
export const PUSH_EVERY_MS = 500;

/** Whether any event after seq `sent` is somebody's act rather than speech. */
function hasAct(events: readonly MeetingEvent[], sent: number): boolean {
  for (let i = sent; i < events.length; i++) if (!isSpeech(events[i]!)) return true;
  return false;
}

/** The hub's clock and timer (tests give their own). */
export interface HubTimers {
  now(): number;
  later(run: () => void, ms: number): unknown;
}
const realTimers: HubTimers = { now: () => Date.now(), later: (run, ms) => setTimeout(run, ms) };

/** The part of runtime.Port the hub uses. */
export interface ViewPort {
  postMessage(message: ViewPush): void;
  onMessage: { addListener(fn: (m: unknown) => void): void };
  onDisconnect: { addListener(fn: () => void): void };
}

interface Viewer {
  /** The meeting asked for; null: the live (else the most recent) one. */
  follow: string | null;
  meetingId: string | null;
  /** The seq of the last event the page holds (= how many it holds). */
  sent: number;
  status: string;
  /** When events were last sent to it (PUSH_EVERY_MS). */
  pushedAt: number;
  /** The meeting whose new events wait for the next push, if any (a flush is scheduled then). */
  waiting: Live | null;
}

export class ViewHub {
  private readonly viewers = new Map<ViewPort, Viewer>();

  constructor(
    private readonly host: MeetingHost,
    private readonly store: MeetingStore,
    private readonly pushEveryMs = PUSH_EVERY_MS,
    private readonly timers: HubTimers = realTimers,
  ) {}

  connect(port: ViewPort): void {
    port.onDisconnect.addListener(() => this.viewers.delete(port));
    port.onMessage.addListener((raw) => {
      const request = parseFollow(raw);
      if (request) void this.host.exclusive(() => this.follow(port, request)).catch((e: unknown) => console.error('Roundtable: a view could not follow', e));
    });
  }

  /** Called by MeetingHost after each operation (HostEvents.settled). */
  async settled(dirty: ReadonlyMap<string, Live>, removed: boolean): Promise<void> {
    for (const [port, v] of this.viewers) {
      const target = v.follow ?? (await this.currentId());
      if (target !== v.meetingId || (removed && !(await this.exists(target)))) {
        await this.sendRecord(port, v, target);
        continue;
      }
      const m = target === null ? undefined : dirty.get(target);
      if (!m) continue;
      if (m.session.seq > v.sent) this.pushEvents(port, v, m);
      this.sendStatus(port, v, { meeting: m.info, health: m.health, manual: !!m.info.manual });
    }
  }

  /** Sends a page the events it lacks now if any is an act, else when PUSH_EVERY_MS since its last push is up. */
  private pushEvents(port: ViewPort, v: Viewer, m: Live): void {
    const wait = v.pushedAt + this.pushEveryMs - this.timers.now();
    if (wait <= 0 || hasAct(m.session.events, v.sent)) return this.sendEvents(port, v, m);
    if (v.waiting) return;
    v.waiting = m;
    this.timers.later(() => {
      void this.host
        .exclusive(async () => {
          // Still the page's viewer (not followed again meanwhile) with events waiting.
          if (this.viewers.get(port) === v && v.waiting) this.sendEvents(port, v, v.waiting);
        })
        .catch((e: unknown) => console.error('Roundtable: pushing to a page failed', e));
    }, wait);
  }

  private sendEvents(port: ViewPort, v: Viewer, m: Live): void {
    v.waiting = null;
    if (m.info.id !== v.meetingId || m.session.seq <= v.sent) return;
    const events = m.session.since(v.sent);
    // Told from the events this message carries, so the flag cannot disagree with them.
    port.postMessage({ type: 'background->view:events', meetingId: m.info.id, from: v.sent + 1, events, ...(events.every(isSpeech) ? { speech: true as const } : {}) });
    v.sent = m.session.seq;
    v.pushedAt = this.timers.now();
  }

  private async follow(port: ViewPort, request: FollowRequest): Promise<void> {
    const v: Viewer = { follow: request.meetingId ?? null, meetingId: null, sent: 0, status: '', pushedAt: -Infinity, waiting: null };
    this.viewers.set(port, v);
    const target = v.follow ?? (await this.currentId());
    const resume = request.resume;
    if (target !== null && resume?.meetingId === target) {
      const { events, problem } = await this.record(target);
      if (resume.seq <= events.length && !problem) {
        v.meetingId = target;
        v.sent = events.length;
        if (resume.seq < events.length) port.postMessage({ type: 'background->view:events', meetingId: target, from: resume.seq + 1, events: events.slice(resume.seq) });
        this.sendStatus(port, v, await this.status(target));
        return;
      }
    }
    await this.sendRecord(port, v, target);
  }

  private async sendRecord(port: ViewPort, v: Viewer, target: string | null): Promise<void> {
    const { events, problem } = target === null ? { events: [], problem: null } : await this.record(target);
    const status = await this.status(target);
    v.meetingId = status.meeting ? target : null;
    v.sent = events.length;
    v.waiting = null; // the record holds them
    v.status = JSON.stringify(status);
    port.postMessage({ type: 'background->view:record', events, ...status, ...(problem ? { problem } : {}) });
  }

  private sendStatus(port: ViewPort, v: Viewer, status: MeetingStatus): void {
    const key = JSON.stringify(status);
    if (key === v.status) return;
    if (v.waiting) this.sendEvents(port, v, v.waiting);
    v.status = key;
    port.postMessage({ type: 'background->view:status', ...status });
  }

  private async status(id: string | null): Promise<MeetingStatus> {
    const live = id === null ? null : this.host.current(id);
    const info = live?.info ?? (id === null ? null : ((await this.store.meetings()).find((m) => m.id === id) ?? null));
    return { meeting: info, health: live?.health ?? null, manual: !!info?.manual };
  }

  /**
   * A meeting's record: the live session's (what it has stored, each event checked), else the
   * store's, checked as read (up to its first problem; a newer version's types left out).
   */
  private async record(id: string): Promise<{ events: readonly MeetingEvent[]; problem: EventProblem | null }> {
    const live = this.host.current(id);
    return live ? { events: live.session.events, problem: null } : checkEvents(await this.store.events(id));
  }

  private async currentId(): Promise<string | null> {
    return this.host.current()?.info.id ?? (await this.store.meetings())[0]?.id ?? null;
  }

  private async exists(id: string | null): Promise<boolean> {
    return id !== null && (await this.store.meetings()).some((m) => m.id === id);
  }
}
