/**
 * `npm run bench` (or `node scripts/bench.mjs live-record`): what one event costs the VS Code
 * live record over a 2,000-event meeting, appended one at a time as a meeting does, each
 * awaited. Before: the whole record rewritten per event (the web host's way, and the node
 * host's until it appended). After: the node host's append of the one new line. Wall time
 * (this is I/O), medians over several runs; figures only, nothing asserted.
 */
import { appendFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as vscode from 'vscode';
import { LiveRecord, type AppendText } from '../../extension/src/live-record';
import type { MeetingEvent } from '../../shared/core/record/events';
import { generateMeeting } from './generate';

const N = Number(process.env.BENCH_LIVE_EVENTS ?? 2_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const events = generateMeeting(N).slice(0, N);

const median = (xs: number[]) => {
  const s = xs.slice().sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const now = () => Number(process.hrtime.bigint()) / 1e6;

/** Per-event times (ms) of one meeting appended to a fresh live record. */
async function meeting(appendText: AppendText | undefined): Promise<number[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'rt-live-bench-'));
  try {
    const live = new LiveRecord(vscode.Uri.file(dir), appendText);
    const times: number[] = [];
    const log: MeetingEvent[] = [];
    for (const e of events) {
      const t0 = now();
      await live.append(e, log);
      times.push(now() - t0);
      log.push(e);
    }
    return times;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const fmt = (ms: number) => (ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(2)} ms`);
console.log(`live record: ${N.toLocaleString('en')}-event meeting, one event per append, ${RUNS} runs; medians of wall time per event`);
const ways: [string, AppendText | undefined][] = [
  ['before (rewrite whole record)', undefined],
  ['after (append the new line)', (file, text) => appendFile(file, text, 'utf8')],
];
for (const [label, appendText] of ways) {
  const all: number[] = [];
  const last: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const times = await meeting(appendText);
    all.push(median(times));
    // Around the meeting's end, where a rewrite is largest.
    last.push(median(times.slice(-100)));
  }
  console.log(`  ${label.padEnd(32)} whole meeting ${fmt(median(all)).padStart(9)} per event; last 100 events ${fmt(median(last)).padStart(9)} per event`);
}
