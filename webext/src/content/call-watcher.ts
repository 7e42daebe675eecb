/**
 * Watches one call page: a MutationObserver wakes it on every change the adapter cares about,
 * the adapter reads the page, the SpeechDetector turns lit indicators into back-dated speech
 * changes, and an outbox delivers them to the background worker.
 *
 * Nothing is lost on the way: a change leaves the outbox only once the worker acknowledged it
 * (the worker acknowledges after the event is in IndexedDB). If the worker is asleep or
 * restarting, sending fails and is retried; the change keeps its original timestamp.
 */
import { MSG, type CallIdentity, type Health, type LeftMessage, type ObservedMessage, type SeenParticipant, type SpeakingChange } from '../messages';
import { capId, capText, type Adapter } from './adapters/adapter';
import { HealthWatch, pageAudioPlaying } from './health';
import { RosterGate } from './roster-gate';
import { SpeechDetector } from './speech-detector';

const RETRY_MS = 500;

export interface Transport {
  send(message: unknown): Promise<unknown>;
}

export class CallWatcher {
  private readonly detector = new SpeechDetector((c) => this.queue(c));
  private readonly health = new HealthWatch(() => this.read());
  /** Dwell, rename coalescing and the participant cap: what a flooding page can make us send. */
  private readonly gate = new RosterGate(() => this.read());
  private observer: MutationObserver | null = null;
  private outbox: SpeakingChange[] = [];
  private participants: SeenParticipant[] = [];
  /** Tiles still within their dwell: while nobody is admitted yet, the first report waits for them. */
  private dwelling = 0;
  private lastHealth: Health = { problems: [], matched: [], layout: null };
  private lastSent = '';
  private inCall = false;
  private sending = false;
  private retry: ReturnType<typeof setTimeout> | null = null;
  private call: CallIdentity | null = null;
  /** Resolved once every queued change is acknowledged (call-ended must come after them). */
  private waiters: (() => void)[] = [];
  private stopped = false;

  constructor(
    private readonly adapter: Adapter,
    private readonly doc: Document,
    private readonly transport: Transport,
    private readonly now: () => number,
  ) {}

  start(): void {
    const url = new URL(this.doc.location.href);
    const key = this.adapter.meetingKey(url);
    if (!key) return;
    // The address and the page title are page input too: bounded like names and ids.
    this.call = { key: capId(key), platform: this.adapter.platform, title: capText(this.adapter.title(url, this.doc)) };
    this.observer = new MutationObserver(() => this.read());
    this.observer.observe(this.doc.documentElement, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: this.adapter.attributes,
    });
    // Audio starting or stopping changes no markup, but the audio-without-speakers check needs it.
    // Media events do not bubble: listen in the capture phase.
    for (const type of ['playing', 'pause', 'volumechange']) this.doc.addEventListener(type, this.onMedia, true);
    this.read();
  }

  private readonly onMedia = () => this.read();

  /** The extension is gone (or the page is leaving): watch no more; open speech is closed into the outbox at `t`. */
  stop(t = this.now()): void {
    if (this.stopped) return;
    this.stopped = true;
    for (const type of ['playing', 'pause', 'volumechange']) this.doc.removeEventListener(type, this.onMedia, true);
    this.observer?.disconnect();
    this.health.dispose();
    this.gate.dispose();
    if (this.retry !== null) clearTimeout(this.retry);
    this.detector.flush(t);
  }

  /**
   * Page hide (navigating away, closing, reloading, into the back/forward cache): this tab's
   * speech ends now, and one last message tells the worker the tab left, with whatever was not
   * acknowledged yet (the worker applies repeats idempotently). Whether the call goes on is the
   * worker's decision: a reload reports again within its grace period.
   */
  leave(): void {
    if (this.stopped) return;
    const t = this.now();
    this.stop(t);
    if (!this.call || !this.inCall) return;
    const message: LeftMessage = { type: MSG.left, call: this.call, t, changes: this.outbox.splice(0) };
    this.transport.send(message).catch(() => undefined);
  }

  private read(): void {
    if (!this.call) return;
    const t = this.now();
    const reading = this.adapter.read(this.doc);
    if (!reading.inCall) {
      if (this.inCall) this.end(t);
      return;
    }
    this.inCall = true;
    const gated = this.gate.observe(t, reading.participants);
    this.participants = gated.participants;
    this.dwelling = gated.dwelling;
    this.outbox.push(...gated.released);
    this.detector.update(t, reading.lit);
    const health = this.health.assess(reading, t, pageAudioPlaying(this.doc));
    this.lastHealth = this.gate.flooded ? { ...health, problems: [...health.problems, 'flooded'] } : health;
    this.flush();
  }

  private end(t: number): void {
    this.inCall = false;
    this.detector.flush(t);
    const call = this.call!;
    void this.whenDrained().then(() => this.transport.send({ type: MSG.callEnded, call, t }).catch(() => undefined));
  }

  private queue(change: SpeakingChange): void {
    if (!this.gate.admitted(change.pid)) return this.gate.hold(change);
    this.outbox.push(change);
    this.flush();
  }

  /** Sends what is new; at most one message in flight, so the worker sees changes in order. */
  private flush(): void {
    if (this.sending || !this.call || this.stopped) return;
    // The first report of a call carries its first participants (back-dated to when they
    // appeared), so the worker opens the meeting then, not a dwell later.
    if (this.participants.length === 0 && this.dwelling > 0) return;
    const message: ObservedMessage = {
      type: MSG.observed,
      call: this.call,
      participants: this.participants,
      changes: this.outbox.slice(),
      speakingNow: this.detector.speaking().filter((pid) => this.gate.admitted(pid)),
      health: this.lastHealth,
    };
    const state = JSON.stringify([message.participants, message.speakingNow, message.health]);
    if (message.changes.length === 0 && state === this.lastSent) return;
    this.sending = true;
    this.transport.send(message).then(
      () => {
        this.sending = false;
        this.lastSent = state;
        this.outbox.splice(0, message.changes.length);
        this.flush();
        this.drained();
      },
      () => {
        this.sending = false;
        if (this.stopped) return;
        this.retry ??= setTimeout(() => {
          this.retry = null;
          this.flush();
        }, RETRY_MS);
      },
    );
  }

  private drained(): void {
    if (this.outbox.length || this.sending) return;
    for (const w of this.waiters.splice(0)) w();
  }

  private whenDrained(): Promise<void> {
    if (!this.outbox.length && !this.sending) return Promise.resolve();
    return new Promise((r) => this.waiters.push(r));
  }
}
