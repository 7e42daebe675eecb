/**
 * The live meeting in the extension host: the core's MeetingSession of the current meeting.
 * Every command (start with its joins, roster changes, speaking marks, rounds, facilitation,
 * decisions, debrief, end) is the session's; this class only keeps which session is current
 * and turns the core's refusal codes into MeetingErrors in the user's language
 * (shared/ui/core-errors.ts, the same table the browser uses).
 *
 *   (none) --start--> live --end--> ended (kept until the next start: later events such as an
 *                      ^  |                objection resolved still go through its session)
 *                      '--' every command appends events; state = the session's one fold
 *
 * The session persists each event through the sink before folding it, so a reload at any
 * moment rebuilds exactly what was shown.
 */
import { FloorWatch, type Timers } from '../../shared/core/hands/floor-watch';
import type { Clock } from '../../shared/core/meeting/clock';
import type { EventBody, MeetingEvent, Pid } from '../../shared/core/record/events';
import type { MeetingState } from '../../shared/core/meeting/meeting-state';
import type { RoundCommand } from '../../shared/core/rounds/round-commands';
import type { RoundView } from '../../shared/core/rounds/round-view';
import type { ConsentCommand } from '../../shared/core/decisions/consent';
import type { DebriefCommand } from '../../shared/core/debrief/debrief';
import { summarizeLeadership, type LeadershipSummary } from '../../shared/core/summary/leadership-summary';
import type { AgendaCommand } from '../../shared/core/agenda/agenda-commands';
import { findParticipant, MeetingSession, type EventSink, type SessionChange, type SessionResult } from '../../shared/core/meeting/session';
import { coreRefusal } from './refusal-text';
import type { LinkCommand } from '../../shared/core/link/link-protocol';

/**
 * The call's meeting while this window mirrors it from the browser (issue 14, link/call-mirror.ts):
 * the browser writes, so commands on it are sent there and return once their events are back.
 */
export interface RemoteMeeting {
  run(command: LinkCommand): Promise<void>;
}

/** vscode.l10n.t in the extension; the English fallback in unit tests. */
export type Localize = (message: string, ...args: (string | number)[]) => string;
export const englishOnly: Localize = (m, ...args) => m.replace(/\{(\d+)\}/g, (w, i: string) => String(args[Number(i)] ?? w));

/** A request that does not fit the meeting's state; its message is for the user. */
export class MeetingError extends Error {
  constructor(
    message: string,
    /** The core's refusal code, when the core refused. */
    readonly code?: string,
  ) {
    super(message);
  }
}

/** What changed: the new events with the seq of the first, or null when the meeting itself was replaced (start, restore). */
export type MeetingChange = SessionChange | null;

export class LiveMeeting {
  private session: MeetingSession;
  /** Set while the current meeting is the browser's call, mirrored over the link. */
  remote: RemoteMeeting | null = null;
  private readonly listeners = new Set<(change: MeetingChange) => void>();
  private unsubscribe: () => void;
  /** Lowers a hand whose owner took the floor with no event at that moment (hands/floor-watch.ts); null without timers. */
  private watch: FloorWatch | null = null;

  constructor(
    private readonly clock: Clock,
    private readonly sink: EventSink,
    private readonly minGapMs: number,
    private readonly newId: () => string,
    private readonly t: Localize = englishOnly,
    /** One-shot timers for hands that follow the floor between events; without them a hand waits for the next event. */
    private readonly timers?: Timers,
  ) {
    this.session = new MeetingSession(clock, sink, { minGapMs });
    this.unsubscribe = this.session.subscribe((c) => this.changed(c));
    this.watchFloor();
  }

  /**
   * Keeps the current session's floor watch. The browser's call is written by the browser (its
   * worker lowers the hand and the event comes over the link), so this window only watches its own meetings.
   */
  private watchFloor(): void {
    this.watch?.dispose();
    const session = this.session;
    this.watch = this.timers
      ? new FloorWatch(session, this.timers, async () => {
          if (!this.remote && session === this.session) this.check(await session.settleFloor());
        })
      : null;
  }

  /** Stops the floor watch's timer (deactivation). */
  dispose(): void {
    this.watch?.dispose();
    this.watch = null;
  }

  /** Rebuilds from a persisted record (Reload Window, restart); nothing is re-appended. */
  restore(events: readonly MeetingEvent[]): void {
    this.replace(MeetingSession.restore({ clock: this.clock, sink: this.sink, minGapMs: this.minGapMs }, events));
  }

  /** A fresh session for the browser's call; ingest() fills it with the browser's log. */
  followCall(): void {
    this.replace(new MeetingSession(this.clock, this.sink, { minGapMs: this.minGapMs }));
  }

  /**
   * Stores and folds one event of the browser's call exactly as the browser stored it (its own
   * time, its own order, nothing derived: the browser writes the hands that follow the floor),
   * so this window's record is the browser's, event for event.
   */
  async ingest(e: MeetingEvent): Promise<void> {
    this.check(await this.session.mirror(e));
  }

  private replace(session: MeetingSession): void {
    this.unsubscribe();
    this.session = session;
    this.unsubscribe = session.subscribe((c) => this.changed(c));
    this.watchFloor();
    this.changed(null);
  }

  get events(): readonly MeetingEvent[] {
    return this.session.events;
  }
  get meeting(): MeetingState {
    return this.session.state;
  }
  get core(): MeetingSession {
    return this.session;
  }
  /** A meeting has started and not ended. */
  get live(): boolean {
    return this.session.live;
  }
  round(now = this.clock.now()): RoundView | null {
    return this.live ? this.session.round(now) : null;
  }
  /** Decision trail, debrief and facilitators at `now`. */
  leadership(now = this.clock.now()): LeadershipSummary {
    return summarizeLeadership(this.meeting, now);
  }
  nameOf(pid: Pid): string {
    return this.meeting.participants.get(pid)?.name ?? pid;
  }
  /** Present participants in roster order. */
  roster(): { pid: Pid; name: string }[] {
    return this.session.roster().map((pid) => ({ pid, name: this.nameOf(pid) }));
  }
  /** A participant by pid, else by name (the core's one name rule). */
  find(who: string): Pid | undefined {
    return findParticipant(this.meeting, who);
  }

  onChange(listener: (change: MeetingChange) => void): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  // ---- meeting ------------------------------------------------------------------------------

  async start(title: string, names: string[], facilitator?: string): Promise<void> {
    if (this.live) throw new MeetingError(this.t('A meeting is already running. End it first.'), 'already-started');
    this.remote = null;
    this.replace(new MeetingSession(this.clock, this.sink, { minGapMs: this.minGapMs }));
    this.check(await this.session.start({ id: this.newId(), title, participants: names, ...(facilitator ? { facilitator } : {}) }));
  }

  async end(): Promise<void> {
    this.requireLive();
    if (this.remote) return this.remote.run({ kind: 'end-meeting' });
    this.check(await this.session.end());
  }

  async addParticipant(name: string): Promise<Pid> {
    this.requireLive();
    if (this.remote) {
      await this.remote.run({ kind: 'add-participant', name });
      return this.find(name) ?? '';
    }
    const r = await this.session.addParticipant(name);
    this.check(r);
    const joined = r.events[0];
    return joined?.type === 'participant.joined' ? joined.pid : '';
  }

  async removeParticipant(pid: Pid): Promise<void> {
    this.requireLive();
    this.notOnTheCall();
    this.check(await this.session.removeParticipant(pid));
  }

  // ---- rounds, hands, speech, leadership -------------------------------------------------------

  /** Runs a core round command; a refusal becomes a MeetingError in the user's language. */
  async command(cmd: RoundCommand): Promise<void> {
    this.requireLive();
    if (this.remote) return this.remote.run({ kind: 'round', command: cmd });
    this.check(await this.session.command(cmd));
  }

  /**
   * Marks `pid` as the one speaking now (manual tracking): a second press stops them; marking
   * someone else ends the previous speaker's speech at the same instant. True: they speak now.
   */
  async toggleSpeaking(pid: Pid): Promise<boolean> {
    this.requireLive();
    this.notOnTheCall();
    const r = await this.session.markSpeaking(pid);
    this.check(r);
    return r.events.some((e) => e.type === 'speech.started');
  }

  async changeFacilitator(pid: Pid): Promise<void> {
    if (this.remote) return this.remote.run({ kind: 'facilitator', pid });
    this.check(await this.session.changeFacilitator(pid));
  }

  async consent(cmd: ConsentCommand): Promise<void> {
    if (this.remote) return this.remote.run({ kind: 'consent', command: cmd });
    this.check(await this.session.consent(cmd));
  }

  /** An agenda command (issue 11): decided by the core; over the link when this is the browser call's meeting. */
  async agenda(cmd: AgendaCommand): Promise<void> {
    this.requireLive();
    if (this.remote) return this.remote.run({ kind: 'agenda', command: cmd });
    this.check(await this.session.agenda(cmd));
  }

  async debrief(cmd: DebriefCommand): Promise<void> {
    if (this.remote) return this.remote.run({ kind: 'debrief', command: cmd });
    this.check(await this.session.debrief(cmd));
  }

  /** Events the extension observed itself (none today besides commands; kept for automation). */
  async record(...bodies: EventBody[]): Promise<void> {
    this.notOnTheCall();
    this.check(await this.session.record(...bodies));
  }

  private check(r: SessionResult): void {
    if (r.ok) return;
    const e = r.error;
    if (e.code === 'sink-failed') throw new Error(this.t('Roundtable could not save the meeting record: {0}', e.message));
    // shared/ui's catalog (the refusals' one table) in VS Code's language, as the webviews show it.
    throw new MeetingError(coreRefusal(e.code), e.code);
  }

  /** What only the call page knows (who is there, who speaks) is not set by hand on the call's meeting. */
  private notOnTheCall(): void {
    if (this.remote) throw new MeetingError(this.t("This is the browser call's meeting: who is there and who speaks come from the call page."), 'linked-call');
  }

  requireLive(): void {
    if (!this.live) throw new MeetingError(this.t('No meeting is running. Start one with "Roundtable: Start Meeting".'), 'not-started');
  }

  private changed(change: MeetingChange): void {
    for (const l of this.listeners) l(change);
  }
}
