/**
 * `npm run bench`: figures for issue 3, medians over several runs (not a timed test).
 * - fold: events per second folding 1,000,000 parsed events
 * - live update: median ns per event appended to a live state (validate + fold), in batches
 * - report / bare parse: time of report(text) against JSON.parse of every line of the same file
 */
import { createMeetingState } from '../../shared/core/meeting/meeting-state';
import { applyEvent, foldEvents } from '../../shared/core/meeting/meeting-parts';
import { computeMetrics } from '../../shared/core/talk/metrics';
import { floorAt } from '../../shared/core/talk/floor-view';
import { checkEvent, serializeRecord } from '../../shared/core/record/record';
import { report } from '../../shared/core/summary/report';
import { MeetingSession } from '../../shared/core/meeting/session';
import type { EventBody } from '../../shared/core/record/events';
import { generateMeeting } from './generate';

const N = Number(process.env.BENCH_EVENTS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);

const median = (xs: number[]) => {
  const s = xs.slice().sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const ms = () => Number(process.hrtime.bigint()) / 1e6;
/**
 * CPU time (user + system) of this process, in ms. The whole-file figures use it rather than
 * wall time: on a shared machine other processes stretch wall time but not our CPU time.
 * (GC helper threads count too; they are real cost.) WALL=1 switches to wall time.
 */
const useWall = process.env.WALL === '1';
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
function time(fn: () => unknown): number {
  const clock = useWall ? ms : cpu;
  const t0 = clock();
  fn();
  return clock() - t0;
}
let sink = 0;

const events = generateMeeting(N);
const text = serializeRecord(events);
console.log(`meeting: ${events.length.toLocaleString('en')} events, ${(text.length / 1e6).toFixed(1)} MB of JSON Lines; ${RUNS} runs each, medians of ${useWall ? 'wall' : 'CPU'} time`);

// Queries at `now` on the meeting folded so far (24 participants): what a UI does per render.
// Timed in CPU time per batch (wall time counted other processes on a shared machine), once in a
// fresh process before the heavy phases and once after them, to show whether those phases'
// garbage and object shapes slow a query (last session saw 20 µs after them, 1.9 µs alone).
function queries(): { metrics: number; floorLive: number; floorPairs: number; changes: number; pairs: number } {
  const state = foldEvents(events.slice(0, events.length - 1));
  const q: number[] = [];
  for (let run = 0; run < 2_000; run++) {
    const t0 = cpu();
    for (let k = 0; k < 100; k++) sink += computeMetrics(state, state.lastT + k).totalTalkMs;
    q.push(((cpu() - t0) * 1e6) / 100);
  }
  // Floor dynamics at `now` (open turns closed at now on a copy): the live nudges' query (no pair
  // lists) per render, and the whole floor summary with its pair lists.
  const fq: number[] = [];
  const fs: number[] = [];
  for (let run = 0; run < 200; run++) {
    const t0 = cpu();
    for (let k = 0; k < 20; k++) sink += floorAt(state, state.lastT + k, { pairs: false }).floor.changes;
    const t1 = cpu();
    for (let k = 0; k < 20; k++) sink += floorAt(state, state.lastT + k).floor.transitions.length;
    fq.push(((t1 - t0) * 1e6) / 20);
    fs.push(((cpu() - t1) * 1e6) / 20);
  }
  return { metrics: median(q), floorLive: median(fq), floorPairs: median(fs), changes: state.ledger.floor.changes, pairs: floorAt(state, state.lastT).floor.transitions.length };
}
const fresh = queries();

// Bare parse: what any reader must do at least. Same file, JSON.parse of every line into an
// array of values (no validation, no sorting, no fold).
const bareParse = () => {
  const lines = text.split('\n');
  const values: unknown[] = [];
  for (const l of lines) if (l) values.push(JSON.parse(l));
  sink += values.length;
};
// The leanest possible reader: JSON.parse of each line, values dropped at once (no array kept).
const bareStream = () => {
  let n = 0;
  for (const l of text.split('\n')) if (l) n += (JSON.parse(l) as { t: number }).t > 0 ? 1 : 0;
  sink += n;
};
// The same meeting with its lines out of time order: report must parse all, sort, then fold.
const unsorted = (() => {
  const lines = text.split('\n').filter(Boolean);
  for (let i = 0; i < lines.length; i += 1000) [lines[i], lines[i + 500]] = [lines[i + 500] ?? lines[i]!, lines[i]!];
  return lines.join('\n') + '\n';
})();
const doReportUnsorted = () => {
  const r = report(unsorted, { format: 'json' });
  if (!r.ok) throw new Error(r.message);
  sink += r.output.length;
};
const doReport = () => {
  const r = report(text, { format: 'json' });
  if (!r.ok) throw new Error(r.message);
  sink += r.output.length;
};
const doFold = () => {
  sink += foldEvents(events).eventCount;
};

// Interleave runs so that drift (GC, CPU boost) hits all three alike; the first run warms up.
const bare: number[] = [];
const rep: number[] = [];
const fold: number[] = [];
const stream: number[] = [];
const repUnsorted: number[] = [];
for (let i = 0; i <= RUNS; i++) {
  const b = time(bareParse);
  const r = time(doReport);
  const f = time(doFold);
  const bs = time(bareStream);
  const ru = time(doReportUnsorted);
  if (i > 0) bare.push(b), rep.push(r), fold.push(f), stream.push(bs), repUnsorted.push(ru);
}

// Live updates: a live state receives the events one by one; time batches of 1,000 (a single
// sub-microsecond call is below the timer's useful resolution) and take the median batch.
const BATCH = 1_000;
const live: number[] = [];
const liveFold: number[] = [];
for (let run = 0; run < 3; run++) {
  const s = createMeetingState();
  const s2 = createMeetingState();
  for (let i = 0; i + BATCH <= events.length; i += BATCH) {
    const t0 = ms();
    for (let k = i; k < i + BATCH; k++) {
      const c = checkEvent(events[k]);
      if (c.ok) applyEvent(s, c.event);
    }
    const t1 = ms();
    for (let k = i; k < i + BATCH; k++) applyEvent(s2, events[k]!);
    const t2 = ms();
    if (run > 0) live.push(((t1 - t0) * 1e6) / BATCH), liveFold.push(((t2 - t1) * 1e6) / BATCH);
  }
  sink += s.eventCount + s2.eventCount;
}

// The same through the session both shells use (stamp, validate, append to a sink, fold, notify),
// one awaited call per event: includes the promise chain that keeps operations in order.
async function sessionUpdates(): Promise<number[]> {
  const out: number[] = [];
  const clock = { t: 0, now() { return this.t; } };
  const session = new MeetingSession(clock, { append: () => undefined });
  const bodies = events.slice(0, 200_000).map(({ v: _v, t: _t, ...b }) => b as EventBody);
  const times = events.slice(0, 200_000).map((e) => e.t);
  for (let i = 0; i + BATCH <= bodies.length; i += BATCH) {
    const t0 = ms();
    for (let k = i; k < i + BATCH; k++) {
      clock.t = times[k]!;
      await session.record(bodies[k]!);
    }
    out.push(((ms() - t0) * 1e6) / BATCH);
  }
  sink += session.state.eventCount;
  return out.slice(10);
}
const sessionLive = await sessionUpdates();

const bareMs = median(bare);
const reportMs = median(rep);
const foldMs = median(fold);
const streamMs = median(stream);
const unsortedMs = median(repUnsorted);
console.log(`bare JSON.parse of every line into an array:  ${bareMs.toFixed(0)} ms`);
console.log(`bare JSON.parse of every line, values dropped: ${streamMs.toFixed(0)} ms`);
console.log(`report, time-ordered file (scan, validate, fold, summary, JSON): ${reportMs.toFixed(0)} ms`);
console.log(`  ratio to parse into an array ${(reportMs / bareMs).toFixed(2)}x (target <= 1.5x); to parse-and-drop ${(reportMs / streamMs).toFixed(2)}x`);
console.log(`report, lines out of order (scan, parse all, sort, fold...):     ${unsortedMs.toFixed(0)} ms  ratio ${(unsortedMs / bareMs).toFixed(2)}x / ${(unsortedMs / streamMs).toFixed(2)}x`);
console.log(`fold of parsed events:           ${foldMs.toFixed(0)} ms  ${((events.length / foldMs) * 1000 / 1e6).toFixed(1)} M events/s`);
console.log(`live update, fold only:          ${median(liveFold).toFixed(0)} ns median per event`);
console.log(`live update, validate + fold:    ${median(live).toFixed(0)} ns median per event (target < 1000 ns)`);
console.log(`live update via MeetingSession.record (awaited): ${median(sessionLive).toFixed(0)} ns median per event`);
const after = queries();
console.log(`metrics at now (24 people):      ${fresh.metrics.toFixed(0)} ns median per query (CPU) in a fresh process; ${after.metrics.toFixed(0)} ns after the phases above`);
console.log(`floor at now, live (24 people, ${fresh.changes.toLocaleString('en')} floor changes so far): ${fresh.floorLive.toFixed(0)} ns median per query; ${after.floorLive.toFixed(0)} ns after`);
console.log(`floor at now with its pair lists (${fresh.pairs} who-follows-whom pairs): ${fresh.floorPairs.toFixed(0)} ns median per query; ${after.floorPairs.toFixed(0)} ns after`);
if (sink === 42) console.log('');
