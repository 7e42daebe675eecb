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
 */
import type { MeetingEvent } from '../../../shared/core/record/events';
import { checkEvents, type EventProblem } from '../../../shared/core/record/record';
import type { MeetingStore } from '../storage/event-store';
import { parseFollow, type FollowRequest, type MeetingStatus, type ViewPush } from '../views';
import type { Live, MeetingHost } from './meeting-host';

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
}

export class ViewHub {
  private readonly viewers = new Map<ViewPort, Viewer>();

  constructor(
    private readonly host: MeetingHost,
    private readonly store: MeetingStore,
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
      if (m.session.seq > v.sent) {
        port.postMessage({ type: 'background->view:events', meetingId: m.info.id, from: v.sent + 1, events: m.session.since(v.sent) });
        v.sent = m.session.seq;
      }
      this.sendStatus(port, v, { meeting: m.info, health: m.health, manual: !!m.info.manual });
    }
  }

  private async follow(port: ViewPort, request: FollowRequest): Promise<void> {
    const v: Viewer = { follow: request.meetingId ?? null, meetingId: null, sent: 0, status: '' };
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
    v.status = JSON.stringify(status);
    port.postMessage({ type: 'background->view:record', events, ...status, ...(problem ? { problem } : {}) });
  }

  private sendStatus(port: ViewPort, v: Viewer, status: MeetingStatus): void {
    const key = JSON.stringify(status);
    if (key === v.status) return;
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
