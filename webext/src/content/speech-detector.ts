/**
 * Turns a flickering "indicator is lit" signal into speech intervals.
 *
 *            lit                 lit for onsetMs
 *   idle ----------> onset -------------------------> speaking   (emit start at the onset's t)
 *     ^   dark         |                                | dark
 *     +----------------+                                v
 *     ^                         dark for hangoverMs   hang  --lit--> speaking (gap bridged)
 *     +-----------------------------------------------+      (emit end at the t it went dark)
 *
 * Guarantees: every emitted time is the time the indicator actually changed (never the time a
 * timer fired), so throttled timers in a background tab delay events but never shorten or
 * lengthen speech. Gaps shorter than hangoverMs are bridged; hangoverMs stays below the core's
 * minGapMs (1500 ms) so a bridged gap can never split what the core would count as one turn.
 * Blips shorter than onsetMs are dropped (indicator noise, coughs). Timers are one-shot
 * deadlines per participant, never a polling loop.
 */
import type { SpeakingChange } from '../messages';

export interface DetectorTimers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface DetectorOptions {
  onsetMs: number;
  hangoverMs: number;
}

export const DEFAULT_DETECTOR: DetectorOptions = { onsetMs: 250, hangoverMs: 1000 };

type State =
  | { s: 'onset'; since: number; timer: unknown }
  | { s: 'speaking'; since: number }
  | { s: 'hang'; since: number; darkSince: number; timer: unknown };

export class SpeechDetector {
  private readonly states = new Map<string, State>();

  constructor(
    private readonly emit: (change: SpeakingChange) => void,
    private readonly timers: DetectorTimers = globalThis,
    private readonly opts: DetectorOptions = DEFAULT_DETECTOR,
  ) {}

  /** The set of participants whose indicator is lit at time `t`. Call on every observed change. */
  update(t: number, lit: ReadonlySet<string>): void {
    for (const pid of lit) {
      const st = this.states.get(pid);
      if (!st) {
        const timer = this.timers.setTimeout(() => this.confirmOnset(pid), this.opts.onsetMs);
        this.states.set(pid, { s: 'onset', since: t, timer });
      } else if (st.s === 'hang') {
        this.timers.clearTimeout(st.timer);
        this.states.set(pid, { s: 'speaking', since: st.since });
      }
    }
    for (const [pid, st] of this.states) {
      if (lit.has(pid)) continue;
      if (st.s === 'onset') {
        this.timers.clearTimeout(st.timer);
        this.states.delete(pid);
      } else if (st.s === 'speaking') {
        const timer = this.timers.setTimeout(() => this.confirmEnd(pid), this.opts.hangoverMs);
        this.states.set(pid, { s: 'hang', since: st.since, darkSince: t, timer });
      }
    }
  }

  /** Who counts as speaking now (confirmed, including those inside a hang-over). */
  speaking(): string[] {
    return [...this.states].filter(([, st]) => st.s !== 'onset').map(([pid]) => pid);
  }

  /** The call ended or the page is going away: close every speech at the time given (or when it went dark). */
  flush(t: number): void {
    const ends: SpeakingChange[] = [];
    for (const [pid, st] of this.states) {
      if (st.s !== 'speaking') this.timers.clearTimeout(st.timer);
      if (st.s === 'speaking') ends.push({ pid, speaking: false, t });
      else if (st.s === 'hang') ends.push({ pid, speaking: false, t: st.darkSince });
    }
    // Cleared before emitting: a listener that asks speaking() while handling an end must see it ended.
    this.states.clear();
    for (const c of ends) this.emit(c);
  }

  private confirmOnset(pid: string): void {
    const st = this.states.get(pid);
    if (st?.s !== 'onset') return;
    this.states.set(pid, { s: 'speaking', since: st.since });
    this.emit({ pid, speaking: true, t: st.since });
  }

  private confirmEnd(pid: string): void {
    const st = this.states.get(pid);
    if (st?.s !== 'hang') return;
    this.states.delete(pid);
    this.emit({ pid, speaking: false, t: st.darkSince });
  }
}
