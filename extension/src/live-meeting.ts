/**
 * The live meeting in the extension host: the core's MeetingSession plus what only a shell
 * knows (participant ids for typed names, manual speech marks, the meeting's start and end).
 *
 *   (none) --start--> live --end--> ended (written to the meetings folder, then forgotten)
 *                      ^  |
 *                      '--' every command appends events; state = fold(events)
 *
 * Round logic (who is next, deadlines, orders, hands) is the core's `decideRound`; the session
 * persists each event through the sink before folding it, so a reload at any moment rebuilds
 * exactly what was shown. Errors are thrown as MeetingError with a localised sentence.
 */
import type { Clock } from '../../shared/core/meeting/clock';
import type { EventBody, MeetingEvent, Pid } from '../../shared/core/record/events';
import type { MeetingState } from '../../shared/core/meeting/meeting-state';
import { presentRoster } from '../../shared/core/rounds/orders';
import type { RoundCommand } from '../../shared/core/rounds/round-commands';
import type { RoundView } from '../../shared/core/rounds/round-view';
import { MeetingSession, type EventSink, type SessionResult } from '../../shared/core/meeting/session';

/** vscode.l10n.t in the extension; the English fallback in unit tests. */
export type Localize = (message: string, ...args: (string | number)[]) => string;
export const englishOnly: Localize = (m, ...args) => m.replace(/\{(\d+)\}/g, (w, i: string) => String(args[Number(i)] ?? w));

/** A request that does not fit the meeting's state; its message is for the user. */
export class MeetingError extends Error {}

export class LiveMeeting {
  private session: MeetingSession;
  private readonly listeners = new Set<() => void>();
  private unsubscribe: () => void;

  constructor(
    private readonly clock: Clock,
    private readonly sink: EventSink,
    private readonly minGapMs: number,
    private readonly newId: () => string,
    private readonly t: Localize = englishOnly,
  ) {
    this.session = new MeetingSession(clock, sink, { minGapMs });
    this.unsubscribe = this.session.subscribe(() => this.changed());
  }

  /** Rebuilds from a persisted record (Reload Window, restart); nothing is re-appended. */
  restore(events: readonly MeetingEvent[]): void {
    this.replace(MeetingSession.restore({ clock: this.clock, sink: this.sink, minGapMs: this.minGapMs }, events));
  }

  private replace(session: MeetingSession): void {
    this.unsubscribe();
    this.session = session;
    this.unsubscribe = session.subscribe(() => this.changed());
    this.changed();
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
    return this.meeting.started && this.meeting.windowEnd === null;
  }
  round(now = this.clock.now()): RoundView | null {
    return this.live ? this.session.round(now) : null;
  }
  nameOf(pid: Pid): string {
    return this.meeting.participants.get(pid)?.name ?? pid;
  }
  /** Present participants in roster order. */
  roster(): { pid: Pid; name: string }[] {
    return presentRoster(this.meeting).map((pid) => ({ pid, name: this.nameOf(pid) }));
  }
  /** A participant by pid, exact name, or (case-insensitively) name. */
  find(who: string): Pid | undefined {
    const all = [...this.meeting.participants.values()];
    return (all.find((p) => p.pid === who) ?? all.find((p) => p.name === who) ?? all.find((p) => p.name.toLocaleLowerCase() === who.toLocaleLowerCase()))?.pid;
  }

  onChange(listener: () => void): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  // ---- meeting ------------------------------------------------------------------------------

  async start(title: string, names: string[], facilitator?: string): Promise<void> {
    if (this.live) throw new MeetingError(this.t('A meeting is already running. End it first.'));
    this.replace(new MeetingSession(this.clock, this.sink, { minGapMs: this.minGapMs }));
    const joins = names.map((name, i) => ({ type: 'participant.joined' as const, pid: `p${i + 1}`, name }));
    const fac = facilitator ? joins.find((j) => j.name === facilitator)?.pid : undefined;
    await this.record({ type: 'meeting.started', id: this.newId(), title, ...(fac ? { facilitator: fac } : {}) }, ...joins);
  }

  async end(): Promise<void> {
    this.requireLive();
    // Close whatever is open, so the record reads cleanly even for readers that do not infer it.
    const r = this.meeting.activeRound;
    if (r && r.status !== 'ended') await this.command({ type: 'end' });
    await this.record({ type: 'meeting.ended' });
  }

  async addParticipant(name: string): Promise<Pid> {
    this.requireLive();
    const existing = this.find(name);
    if (existing && this.meeting.participants.get(existing)?.present) throw new MeetingError(this.t('{0} is already in the meeting.', name));
    const pid = existing ?? this.freePid();
    await this.record({ type: 'participant.joined', pid, name });
    return pid;
  }

  async removeParticipant(pid: Pid): Promise<void> {
    this.requireLive();
    const r = this.meeting.activeRound;
    // Leaving while holding the turn passes it on first, so the round never waits on someone gone.
    if (r?.current?.pid === pid && r.status === 'running') await this.command({ type: 'next' });
    await this.record({ type: 'participant.left', pid });
  }

  private freePid(): Pid {
    let n = this.meeting.participants.size + 1;
    while (this.meeting.participants.has(`p${n}`)) n++;
    return `p${n}`;
  }

  // ---- rounds, hands, speech ------------------------------------------------------------------

  /** Runs a core round command; a refusal becomes a MeetingError in the user's language. */
  async command(cmd: RoundCommand): Promise<void> {
    this.requireLive();
    this.check(await this.session.command(cmd));
  }

  /**
   * Marks `pid` as the one speaking now (manual tracking): a second press stops them; marking
   * someone else ends the previous speaker's speech at the same instant.
   */
  async toggleSpeaking(pid: Pid): Promise<boolean> {
    this.requireLive();
    const speaking = [...this.meeting.participants.values()].filter((p) => p.speakingSince !== null).map((p) => p.pid);
    if (speaking.includes(pid)) {
      await this.record({ type: 'speech.ended', pid });
      return false;
    }
    await this.record(...speaking.map((p) => ({ type: 'speech.ended' as const, pid: p })), { type: 'speech.started', pid });
    return true;
  }

  private async record(...bodies: EventBody[]): Promise<void> {
    this.check(await this.session.record(...bodies));
  }

  private check(r: SessionResult): void {
    if (r.ok) return;
    const e = r.error;
    if (e.code === 'sink-failed') throw new Error(this.t('Roundtable could not save the meeting record: {0}', e.message));
    throw new MeetingError(localizeError(this.t, e.code, e.message));
  }

  private requireLive(): void {
    if (!this.live) throw new MeetingError(this.t('No meeting is running. Start one with "Roundtable: Start Meeting".'));
  }

  private changed(): void {
    for (const l of this.listeners) l();
  }
}

/** The core's refusals, in the user's language (the core's own messages are English, for logs). */
export function localizeError(t: Localize, code: string, fallback: string): string {
  switch (code) {
    case 'meeting-ended':
      return t('The meeting has ended.');
    case 'round-active':
      return t('A round is still running. End it first.');
    case 'no-active-round':
      return t('No round is running. Start one with "Roundtable: Start Round".');
    case 'round-paused':
      return t('The round is paused. Resume it first.');
    case 'not-paused':
      return t('The round is not paused.');
    case 'empty-order':
      return t('Nobody is in the meeting yet. Add participants first.');
    case 'no-current-turn':
      return t('Nobody holds the turn.');
    case 'nobody-next':
      return t('Nobody is waiting: raise a hand first.');
    case 'untimed':
      return t('This round has no time box to extend.');
    case 'hand-already-raised':
      return t('That hand is already raised.');
    case 'hand-not-raised':
      return t('That hand is not raised.');
    case 'not-present':
      return t('That participant is not in the meeting.');
    default:
      return t('Roundtable could not do that: {0}', fallback);
  }
}
