/**
 * Says when the detector is blind instead of letting it report zeros
 * (../shared/platforms.md, "Health"). Problems, each from one adapter reading:
 *   no-signals        in a call, but no tile candidate matches
 *   unknown-layout    tiles found, but not in a layout the adapter knows
 *   all-speaking      every one of 3+ tiles lit for ALL_SPEAKING_MS (a selector that now matches everything)
 *   audio-but-silent  the page plays audio, yet nobody lit for SILENT_AUDIO_MS
 * The two time-based checks arm one one-shot timer each when their condition starts and
 * re-assess when it fires; nothing polls.
 */
import type { Health, HealthProblem } from '../messages';
import type { Reading } from './adapters/adapter';
import type { DetectorTimers } from './speech-detector';

export const ALL_SPEAKING_MS = 3000;
export const SILENT_AUDIO_MS = 10_000;

export class HealthWatch {
  private allSince: number | null = null;
  private silentSince: number | null = null;
  private allTimer: unknown = null;
  private silentTimer: unknown = null;

  constructor(
    /** Called when a timer fires so the owner re-reads the page and re-assesses. */
    private readonly recheck: () => void,
    private readonly timers: DetectorTimers = globalThis,
  ) {}

  assess(reading: Reading, t: number, audioPlaying: boolean): Health {
    const problems: HealthProblem[] = [];
    if (reading.noTiles) problems.push('no-signals');
    else if (reading.layout === null) problems.push('unknown-layout');

    const n = reading.participants.length;
    const all = n >= 3 && reading.lit.size >= n;
    this.allSince = all ? (this.allSince ?? t) : null;
    if (all && t - this.allSince! >= ALL_SPEAKING_MS) problems.push('all-speaking');
    this.allTimer = this.arm(this.allTimer, all && t - this.allSince! < ALL_SPEAKING_MS, ALL_SPEAKING_MS - (t - (this.allSince ?? t)));

    const silent = audioPlaying && reading.lit.size === 0;
    this.silentSince = silent ? (this.silentSince ?? t) : null;
    if (silent && t - this.silentSince! >= SILENT_AUDIO_MS) problems.push('audio-but-silent');
    this.silentTimer = this.arm(this.silentTimer, silent && t - this.silentSince! < SILENT_AUDIO_MS, SILENT_AUDIO_MS - (t - (this.silentSince ?? t)));

    return { problems, matched: reading.matched, layout: reading.layout };
  }

  dispose(): void {
    this.arm(this.allTimer, false, 0);
    this.arm(this.silentTimer, false, 0);
  }

  private arm(handle: unknown, wanted: boolean, ms: number): unknown {
    if (handle !== null) this.timers.clearTimeout(handle);
    return wanted ? this.timers.setTimeout(() => this.recheck(), Math.max(0, ms) + 20) : null;
  }
}

/** Whether any audio or video element on the page is playing sound. */
export function pageAudioPlaying(doc: Document): boolean {
  return [...doc.querySelectorAll<HTMLMediaElement>('audio, video')].some((m) => !m.paused && !m.muted && m.volume > 0 && m.readyState > 2);
}
