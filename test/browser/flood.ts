/**
 * Drives the flooding fixture (test/fixtures/platforms/flood.ts) under Jitsi's real address with
 * the side panel open, and measures what issue 15 quotes: the events and bytes stored for the
 * meeting, and the worker's round-trip time (a list-meetings request from an extension page,
 * one every 100 ms) while the page floods. Used by flood.test.ts and flood.bench.ts.
 */
import type { Page } from 'playwright-core';
import { MSG } from '../../webext/src/messages';
import { PLATFORM_URLS } from './fixtures';
import { meetingSnapshot, type ChromeLike, type Launched } from './harness';

export interface FloodResult {
  meetingId: string;
  events: { type: string; t: number; pid?: string; name?: string }[];
  /** The record as JSON Lines, in bytes. */
  bytes: number;
  /** Round trips during the flood, ms, in the order measured. */
  rtts: number[];
  ended: boolean;
  panel: Page;
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2) : Number.NaN;
};

/** Floods for `ms`, then waits (up to `settleMs`) for the meeting to end; the flood's page is left open. */
export async function flood(b: Launched, ms: number, settleMs = 60_000, during?: (panel: Page) => Promise<void>): Promise<FloodResult> {
  const panel = await b.page('sidepanel.html');
  const call = await b.context.newPage();
  await call.goto(PLATFORM_URLS.jitsi.url.replace('RoundtableFixture', 'FloodRoom'));
  await call.waitForFunction(() => 'rtFlood' in window);
  const sampling = panel.evaluate(
    async ([type, until]) => {
      const out: number[] = [];
      while (Date.now() < until) {
        const t0 = performance.now();
        await (globalThis as unknown as ChromeLike).chrome.runtime.sendMessage({ type });
        out.push(performance.now() - t0);
        await new Promise((r) => setTimeout(r, 100));
      }
      return out;
    },
    [MSG.listMeetings, Date.now() + ms] as const,
  );
  const flooding = call.evaluate((d) => (window as unknown as { rtFlood: { run(ms: number): Promise<void> } }).rtFlood.run(d), ms);
  if (during) await during(panel);
  const [rtts] = await Promise.all([sampling, flooding]);
  const deadline = Date.now() + settleMs;
  let snap = await meetingSnapshot(panel);
  while (!snap.meeting?.endedAt && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 500));
    snap = await meetingSnapshot(panel);
  }
  const events = snap.events as FloodResult['events'];
  const bytes = Buffer.byteLength(events.map((e) => JSON.stringify(e)).join('\n') + '\n');
  return { meetingId: snap.meeting?.id ?? '', events, bytes, rtts, ended: !!snap.meeting?.endedAt, panel };
}

export function describeFlood(r: FloodResult, seconds: number): string {
  const count = (type: string) => r.events.filter((e) => e.type === type).length;
  return (
    `${seconds} s flood: ${r.events.length} events stored (${count('participant.joined')} joined, ${count('participant.renamed')} renamed, ` +
    `${count('speech.started')} speech starts), ${(r.bytes / 1024).toFixed(0)} KiB; worker round trip median ${median(r.rtts).toFixed(0)} ms, ` +
    `worst ${Math.max(...r.rtts).toFixed(0)} ms over ${r.rtts.length} requests; meeting ${r.ended ? 'ended' : 'still open'} after the page left the call`
  );
}
