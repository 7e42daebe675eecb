/**
 * `node scripts/bench.mjs view`: what one more event costs the live engine and a view, as the
 * meeting grows (issue 9). Medians of CPU time per event (over groups of events); never asserted.
 *
 * - session: MeetingSession.record (in time order) and recordAt with detector-style arrival
 *   (an end of speech known 1 s late, a start 250 ms late, so ends often arrive after later
 *   starts and the time-ordered fold rebuilds from its checkpoint).
 * - view: VS Code's webview per pushed event at 1,000 / 10,000 / 50,000 events in the meeting:
 *   MeetingModel.apply + the live panel's props + the decision card's item in play (the view of
 *   that one decision, as the card derives it). Beside it
 *   the path the webview had before (every change sent the whole record: validate every event,
 *   fold it, fold it again for the decision card, then the same two derivations), replicated
 *   here with the same core functions.
 */
import { createMeetingState } from '../../shared/core/meeting/meeting-state';
import { foldEvents, MEETING_PARTS } from '../../shared/core/meeting/meeting-parts';
import { MeetingSession } from '../../shared/core/meeting/session';
import { checkEvent } from '../../shared/core/record/record';
import type { EventBody, MeetingEvent } from '../../shared/core/record/events';
import { summarizeLeadership } from '../../shared/core/summary/leadership-summary';
import { toLiveState } from '../../shared/ui/from-core';
import { MeetingModel } from '../../shared/ui/meeting-model';
import { decisionAt } from '../../shared/ui/model-views';
import { itemInPlay } from '../../extension/webview/leadership/item-in-play';
import { generateMeeting } from './generate';

const median = (xs: number[]) => {
  const s = xs.slice().sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
/** CPU time of this process (ms): on a shared machine other processes stretch wall time, not this. */
const ms = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
let sink = 0;
const body = ({ v: _v, t: _t, ...b }: MeetingEvent) => b as EventBody;
const fmt = (ns: number) => (ns >= 1e6 ? `${(ns / 1e6).toFixed(2)} ms` : ns >= 1e4 ? `${(ns / 1e3).toFixed(1)} µs` : `${ns.toFixed(0)} ns`);

// ---- the session ------------------------------------------------------------------------------
// BENCH_EVENTS sets the session's meeting size (0 skips the session part, for a view-only run).
const SESSION_EVENTS = Number(process.env.BENCH_EVENTS ?? 200_000);
const live = SESSION_EVENTS > 0 ? generateMeeting(SESSION_EVENTS) : [];
const BATCH = 1_000;

async function inOrder(): Promise<number[]> {
  const clock = { t: 0, now() { return this.t; } };
  const s = new MeetingSession(clock, { append: () => undefined });
  const out: number[] = [];
  for (let i = 0; i + BATCH <= live.length; i += BATCH) {
    const t0 = ms();
    for (let k = i; k < i + BATCH; k++) {
      clock.t = live[k]!.t;
      await s.record(body(live[k]!));
    }
    out.push(((ms() - t0) * 1e6) / BATCH);
  }
  sink += s.seq;
  return out.slice(10);
}

async function detectorOrder(): Promise<{ perEvent: number[]; rebuilds: number }> {
  // Arrival = observation + smoothing delay; events arrive in arrival order, carrying their observed t.
  const delay = (e: MeetingEvent) => (e.type === 'speech.ended' ? 1_000 : e.type === 'speech.started' ? 250 : 0);
  const arrivals = live.map((e, i) => ({ e, at: e.t + delay(e), i })).sort((a, b) => a.at - b.at || a.i - b.i);
  const clock = { t: 0, now() { return this.t; } };
  const s = new MeetingSession(clock, { append: () => undefined });
  const out: number[] = [];
  for (let i = 0; i + BATCH <= arrivals.length; i += BATCH) {
    const t0 = ms();
    for (let k = i; k < i + BATCH; k++) {
      const a = arrivals[k]!;
      clock.t = a.at;
      await (a.e.type.startsWith('speech.') ? s.recordAt(a.e.t, body(a.e)) : s.record(body(a.e)));
    }
    out.push(((ms() - t0) * 1e6) / BATCH);
  }
  sink += s.seq;
  return { perEvent: out.slice(10), rebuilds: (s as unknown as { fold: { rebuilds: number } }).fold.rebuilds };
}

if (live.length > 0) {
  const a = await inOrder();
  const b = await detectorOrder();
  console.log(`session, ${live.length.toLocaleString('en')} events, medians of CPU time per event over batches of ${BATCH}`);
  console.log(`  record (time order, awaited):                   ${fmt(median(a))}`);
  console.log(`  recordAt, detector arrival order (awaited):     ${fmt(median(b.perEvent))}  (${b.rebuilds.toLocaleString('en')} rebuilds from the checkpoint, ${((b.rebuilds / live.length) * 100).toFixed(1)} % of events)`);
}

// ---- the view ---------------------------------------------------------------------------------
const SIZES = [1_000, 10_000, 50_000];
const meeting = generateMeeting(60_000, 2);
const options = { warnMs: 15_000, extendMs: 30_000, hints: {} };

/** Per event: fold one pushed event, then derive what the sidebar renders (live panel, decision card). */
function pushed(n: number, samples: number, group = 25): number[] {
  const m = new MeetingModel({ minGapMs: 1500 });
  m.reset(meeting.slice(0, n));
  const out: number[] = [];
  for (let k = 0; k < samples; k += group) {
    const t0 = ms();
    for (let j = k; j < k + group; j++) {
      const e = meeting[n + j]!;
      m.apply(n + j + 1, [e]);
      const s = m.state;
      const active = s.activeRound && s.activeRound.status !== 'ended' ? s.activeRound.rid : null;
      const inPlay = itemInPlay(s.trail.items, active);
      sink += m.live(e.t, options).people.length + (inPlay ? (decisionAt(m, inPlay.did, s.lastT)?.responses.length ?? 0) : 0);
    }
    out.push(((ms() - t0) * 1e6) / group);
  }
  return out;
}

function refolded(n: number, samples: number): number[] {
  const out: number[] = [];
  for (let k = 0; k < samples; k++) {
    const events = meeting.slice(0, n + k + 1);
    const t0 = ms();
    const valid: MeetingEvent[] = [];
    for (const raw of events) {
      const c = checkEvent(raw);
      if (c.ok) valid.push(c.event);
    }
    const state = foldEvents(valid, createMeetingState({ minGapMs: 1500 }));
    const again = foldEvents(valid, createMeetingState({ minGapMs: 1500 }));
    const last = events[events.length - 1]!.t;
    sink += toLiveState(state, last, MEETING_PARTS, options).people.length + summarizeLeadership(again, again.lastT).decisions.length;
    out.push((ms() - t0) * 1e6);
  }
  return out;
}

console.log(`view (VS Code webview) per pushed event, medians of CPU time; meeting of 24 people`);
const base: Record<string, number> = {};
for (const n of SIZES) {
  pushed(n, 500); // warm-up
  const after = median(pushed(n, 5_000));
  const before = median(refolded(n, n >= 50_000 ? 15 : n >= 10_000 ? 40 : 200));
  base.after ??= after;
  base.before ??= before;
  console.log(
    `  ${n.toLocaleString('en').padStart(6)} events: pushed + model ${fmt(after).padStart(9)} (${(after / base.after).toFixed(2)}x the 1,000 figure)   before, whole record refolded ${fmt(before).padStart(9)} (${(before / base.before).toFixed(1)}x)`,
  );
}
if (sink === 42) console.log('');
