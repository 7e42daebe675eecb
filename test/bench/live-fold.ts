/**
 * `node scripts/bench.mjs live-fold`: what one more event costs the fold itself (issue 11: the
 * live cost per event with floor dynamics), and what a TimeOrderedFold rebuild costs as the
 * meeting grows (issue 9: a back-dated event clones the checkpoint and replays the last 30 s).
 * CPU time, medians; never asserted. scripts/bench.mjs bundles this file once per tree (this
 * one, and BENCH_BEFORE's for a before/after pair: its three imports below are redirected to that
 * tree's files; an older tree without a TimeOrderedFold gets no rebuild figure, one without
 * meeting-parts.ts has applyEvent in meeting-state.ts), runs the bundles
 * alternately in fresh processes, and prints medians and ratios.
 */
import * as fold from '../../shared/core/meeting/meeting-state';
import * as parts from '../../shared/core/meeting/meeting-parts';
import * as rebuild from '../../shared/core/meeting/time-ordered-fold';
import type { MeetingEvent } from '../../shared/core/record/events';
import { generateMeeting } from './generate';

interface Fold {
  createMeetingState(): object;
}
interface Parts {
  applyEvent(s: object, e: MeetingEvent): object;
  /** The parts to clone with (absent before meeting-parts.ts: the clone took none). */
  MEETING_PARTS?: object;
}
interface Rebuild {
  cloneMeetingState?(s: object, parts?: object): object;
}

const { createMeetingState } = fold as unknown as Fold;
const { applyEvent, MEETING_PARTS } = parts as unknown as Parts;
const cloneWith = (rebuild as unknown as Rebuild).cloneMeetingState;
const clone = cloneWith && ((s: object) => cloneWith(s, MEETING_PARTS));
const N = Number(process.env.BENCH_EVENTS ?? 50_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
/**
 * Folds before the measured ones. One by default; the JIT is still settling for several folds
 * after it (a fresh process reached a steady cost only after ~8 folds of 50,000 events), so
 * BENCH_WARMUP=10 measures the steady cost of a long-running host, the default a fresher one.
 */
const WARMUP = Number(process.env.BENCH_WARMUP ?? 1);
const BATCH = 1_000;
const events = generateMeeting(N);
const cpuNs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) * 1000;
};
const median = (xs: number[]) => {
  const s = xs.slice().sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
/**
 * A full collection before each fold (BENCH_GC=0: none). process.cpuUsage() counts every thread
 * of the process, and after a forced full collection V8 may still sweep on its helper threads
 * while the next fold runs (charged to that fold); without it, collections come when the fold's
 * own allocation asks for them, as in a live host.
 */
const gc = process.env.BENCH_GC === '0' ? undefined : (globalThis as { gc?: () => void }).gc;
let sink = 0;

// The fold alone, one event at a time, as a live session applies them: batches of 1,000 (one
// sub-microsecond call is below the timer's resolution), the median batch and the whole fold.
const batches: number[] = [];
const wholes: number[] = [];
for (let run = 1 - WARMUP; run <= RUNS; run++) {
  gc?.();
  const s = createMeetingState();
  const w0 = cpuNs();
  for (let i = 0; i + BATCH <= events.length; i += BATCH) {
    const t0 = cpuNs();
    for (let k = i; k < i + BATCH; k++) applyEvent(s, events[k]!);
    if (run > 0) batches.push((cpuNs() - t0) / BATCH);
  }
  if (run > 0) wholes.push((cpuNs() - w0) / events.length);
  sink += (s as { eventCount: number }).eventCount;
}

// A rebuild at a quarter, half and all of the meeting: clone the checkpoint (everything older than
// 30 s before the newest event) and replay the 30 s after it, as TimeOrderedFold.rebuild does.
const rebuilds: { events: number; ns: number; cloneNs: number }[] = [];
if (clone)
  for (const size of [N >> 2, N >> 1, N]) {
    // Never the closing meeting.ended: replaying the window's close is no live rebuild.
    const upTo = events.slice(0, Math.min(size, events.length - 1));
    const newest = upTo[upTo.length - 1]!.t;
    let cut = upTo.length;
    while (cut > 0 && upTo[cut - 1]!.t >= newest - 30_000) cut--;
    const checkpoint = createMeetingState();
    for (let i = 0; i < cut; i++) applyEvent(checkpoint, upTo[i]!);
    const times: number[] = [];
    const clones: number[] = [];
    for (let r = 0; r < 41; r++) {
      const c0 = cpuNs();
      for (let k = 0; k < 10; k++) sink += clone(checkpoint) === checkpoint ? 1 : 0;
      if (r > 0) clones.push((cpuNs() - c0) / 10);
      const t0 = cpuNs();
      for (let k = 0; k < 10; k++) {
        const s = clone(checkpoint);
        for (let i = cut; i < upTo.length; i++) applyEvent(s, upTo[i]!);
        sink += (s as { eventCount: number }).eventCount;
      }
      if (r > 0) times.push((cpuNs() - t0) / 10);
    }
    rebuilds.push({ events: size, ns: median(times), cloneNs: median(clones) });
  }

console.log(JSON.stringify({ events: events.length, batchNs: median(batches), wholeNs: median(wholes), rebuilds, sink: sink === 42 }));
