/**
 * Replaying a finished meeting: a playhead runs over the speaking timeline at 10x to 60x while
 * the talk chart shows the balance at the playhead (the core's figures at that instant, from
 * balance-frames.ts). Keyboard: every control is a native button, select or slider (arrows
 * step 5 s, Page Up/Down a minute, Home/End the ends). Reduced motion: the playhead moves in
 * one-second steps instead of continuously. The position is announced only when asked (the
 * slider's value text), never on every tick.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatClock } from '../core/text/format';
import { useT } from './i18n';
import type { BalanceFrame, PersonBalance } from './types';

export const REPLAY_SPEEDS = [10, 20, 30, 60] as const;

export interface Replay {
  /** The playhead has been moved or played: views show the meeting as of `positionMs`. */
  active: boolean;
  playing: boolean;
  positionMs: number;
  speed: number;
  play(): void;
  pause(): void;
  seek(ms: number): void;
  setSpeed(x: number): void;
}

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export function useReplay(durationMs: number): Replay {
  const [positionMs, setPosition] = useState(durationMs);
  const [playing, setPlaying] = useState(false);
  const [active, setActive] = useState(false);
  const [speed, setSpeed] = useState<number>(REPLAY_SPEEDS[1]);
  const pos = useRef(positionMs);
  pos.current = positionMs;

  useEffect(() => {
    if (!playing) return;
    const advance = (ms: number) => {
      const next = Math.min(durationMs, pos.current + ms * speed);
      setPosition(next);
      if (next >= durationMs) setPlaying(false);
    };
    if (prefersReducedMotion()) {
      const timer = setInterval(() => advance(1000), 1000);
      return () => clearInterval(timer);
    }
    let last = performance.now();
    let frame = requestAnimationFrame(function tick(now) {
      advance(now - last);
      last = now;
      frame = requestAnimationFrame(tick);
    });
    return () => cancelAnimationFrame(frame);
  }, [playing, speed, durationMs]);

  return {
    active,
    playing,
    positionMs,
    speed,
    play: () => {
      setActive(true);
      if (pos.current >= durationMs) setPosition(0);
      setPlaying(true);
    },
    pause: () => setPlaying(false),
    seek: (ms) => {
      setActive(true);
      setPosition(Math.max(0, Math.min(durationMs, ms)));
    },
    setSpeed,
  };
}

/** The frame at or before `ms` (frames are evenly spaced from 0 to the end). */
export function frameAt(frames: readonly BalanceFrame[], ms: number): BalanceFrame | null {
  if (frames.length === 0) return null;
  const last = frames[frames.length - 1]!;
  if (last.atMs <= 0) return last;
  const i = Math.floor((Math.max(0, ms) / last.atMs) * (frames.length - 1) + 1e-9);
  return frames[Math.min(frames.length - 1, i)]!;
}

/** The summary's people with their figures as of a frame (someone not yet counted then shows zeros). */
export function peopleAt(people: readonly PersonBalance[], frame: BalanceFrame): PersonBalance[] {
  const at = new Map(frame.people.map((p) => [p.pid, p]));
  return people.map((p) => {
    const f = at.get(p.pid);
    return f ? { ...p, ...f } : { ...p, talkMs: 0, share: 0, fairShare: 0, turns: 0, quiet: false, dominant: false };
  });
}

export function ReplayControls(props: { replay: Replay; durationMs: number }) {
  const t = useT();
  const r = props.replay;
  const total = formatClock(props.durationMs);
  return (
    <div class="rt-replay" role="group" aria-label={t('replay.group')}>
      <button type="button" class="rt-button" data-replay="toggle" aria-pressed={r.playing} onClick={() => (r.playing ? r.pause() : r.play())}>
        {r.playing ? t('replay.pause') : t('replay.play')}
      </button>
      <button type="button" class="rt-button rt-button-secondary" data-replay="restart" onClick={() => r.seek(0)}>
        {t('replay.restart')}
      </button>
      <label class="rt-replay-speed">
        {t('replay.speed')}{' '}
        <select value={String(r.speed)} onChange={(e) => r.setSpeed(Number((e.currentTarget as HTMLSelectElement).value))}>
          {REPLAY_SPEEDS.map((x) => (
            <option key={x} value={String(x)}>
              {t('replay.speedOption', x)}
            </option>
          ))}
        </select>
      </label>
      <label class="rt-replay-position">
        <span class="rt-visually-hidden">{t('replay.position')}</span>
        <input
          type="range"
          min={0}
          max={Math.max(0, Math.round(props.durationMs))}
          step={5000}
          value={Math.round(r.positionMs)}
          aria-valuetext={t('replay.positionText', formatClock(r.positionMs), total)}
          onInput={(e) => r.seek(Number((e.currentTarget as HTMLInputElement).value))}
          onKeyDown={(e) => {
            // Page Up/Down move a minute (a range input's own step is 5 s).
            if (e.key === 'PageUp' || e.key === 'PageDown') {
              e.preventDefault();
              r.seek(r.positionMs + (e.key === 'PageUp' ? 60_000 : -60_000));
            }
          }}
        />
      </label>
      <span class="rt-replay-clock" aria-hidden="true">
        {t('replay.positionText', formatClock(r.positionMs), total)}
      </span>
      {prefersReducedMotion() && <span class="rt-summary-meta">{t('replay.reduced')}</span>}
    </div>
  );
}
