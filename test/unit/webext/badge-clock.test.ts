// The worker's badge clock (issue 12: the countdown runs with the side panel closed), with a fake
// clock and timers: what it shows, when it looks again, and when it asks for the wake-up alarm.
import assert from 'node:assert/strict';
import { foldEvents } from '../../../shared/core/meeting/meeting-parts';
import type { MeetingState } from '../../../shared/core/meeting/meeting-state';
import { BadgeClock } from '../../../webext/src/background/badge-clock';
import type { Badge } from '../../../webext/src/background/badge';
import { at, meeting, T0 } from '../../fakes/events';

const texts = { left: (n: string, c: string) => `${n} ${c} left`, up: (n: string, c: string) => `up ${n} ${c}`, paused: (n: string, c: string) => `paused ${n} ${c}`, idle: 'Roundtable' };

function rig(state: () => MeetingState | null) {
  let now = T0;
  const shown: Badge[] = [];
  const wakes: boolean[] = [];
  const timers: { at: number; fn: () => void }[] = [];
  const clock = new BadgeClock({
    withLive: async (read) => read(state()),
    warnMs: async () => 15_000,
    now: () => now,
    apply: (b) => shown.push(b),
    texts,
    wake: (on) => wakes.push(on),
    setTimeout: (fn, ms) => {
      const t = { at: now + ms, fn };
      timers.push(t);
      return t;
    },
    clearTimeout: (h) => void timers.splice(timers.indexOf(h as (typeof timers)[0]), 1),
  });
  /** Advances to `t` (ms after T0), running each due timer at its own moment. */
  const advance = async (t: number) => {
    for (;;) {
      timers.sort((a, b) => a.at - b.at);
      const due = timers[0];
      if (!due || due.at > T0 + t) break;
      timers.shift();
      now = due.at;
      due.fn();
      await new Promise((r) => setImmediate(r));
    }
    now = T0 + t;
  };
  return { clock, shown, wakes, timers, advance };
}

describe('webext/background badge clock', () => {
  const round = (extra: ReturnType<typeof at>[] = []) =>
    foldEvents([...meeting(['ada', 'bo'], [at(0, { type: 'round.started', rid: 'r1', kind: 'go-around', order: ['ada', 'bo'], slotMs: 20_000 }), at(0, { type: 'round.turn', rid: 'r1', pid: 'ada' })]), ...extra]);

  it('counts a box down second by second, turns red with "+" once over, and keeps the worker woken only while it runs', async () => {
    let state: MeetingState | null = round();
    const r = rig(() => state);
    await r.clock.refresh();
    assert.deepEqual(r.shown.at(-1), { text: '0:20', color: '#0b5cad', title: 'ADA 0:20 left' });
    assert.deepEqual(r.wakes, [true]);
    await r.advance(5_500);
    assert.equal(r.shown.at(-1)!.text, '0:15', 'one write per shown second');
    assert.equal(r.shown.at(-1)!.color, '#8a4b00', 'amber from the warning time');
    assert.deepEqual(r.shown.map((b) => b.text), ['0:20', '0:19', '0:18', '0:17', '0:16', '0:15']);
    await r.advance(22_100);
    assert.deepEqual(r.shown.at(-1), { text: '+2', color: '#b3261e', title: 'up ADA +0:02' });
    // The round ends: the badge clears and the alarm is no longer wanted.
    state = round([at(23_000, { type: 'round.ended', rid: 'r1' })]);
    await r.clock.refresh();
    assert.deepEqual(r.shown.at(-1), { text: '', color: '#0b5cad', title: 'Roundtable' });
    assert.deepEqual(r.wakes, [true, false]);
    assert.equal(r.timers.length, 0, 'nothing left scheduled');
  });

  it('shows a paused box without counting, and nothing at all without a live meeting', async () => {
    let state: MeetingState | null = round([at(3_000, { type: 'round.paused', rid: 'r1' })]);
    const r = rig(() => state);
    await r.advance(4_000);
    await r.clock.refresh();
    assert.deepEqual(r.shown.at(-1), { text: '0:17', color: '#57606a', title: 'paused ADA 0:17' });
    assert.equal(r.timers.length, 0);
    assert.deepEqual(r.wakes, [false]);
    state = null;
    await r.clock.refresh();
    assert.equal(r.shown.at(-1)!.text, '');
  });
});
