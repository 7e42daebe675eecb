import { strict as assert } from 'node:assert';
import { SpeechDetector, type DetectorTimers } from '../../../webext/src/content/speech-detector';
import type { SpeakingChange } from '../../../webext/src/messages';

/** Timers driven by hand: `advance(ms)` fires every deadline passed, in order. */
class FakeTimers implements DetectorTimers {
  now = 0;
  private next = 1;
  private readonly pending = new Map<number, { at: number; fn: () => void }>();
  setTimeout(fn: () => void, ms: number): unknown {
    const id = this.next++;
    this.pending.set(id, { at: this.now + ms, fn });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.pending.delete(handle as number);
  }
  advanceTo(t: number): void {
    for (;;) {
      const due = [...this.pending].filter(([, p]) => p.at <= t).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.pending.delete(due[0]);
      this.now = due[1].at;
      due[1].fn();
    }
    this.now = t;
  }
}

function run(script: [number, string[]][], endAt: number) {
  const timers = new FakeTimers();
  const out: SpeakingChange[] = [];
  const d = new SpeechDetector((c) => out.push(c), timers, { onsetMs: 250, hangoverMs: 1000 });
  for (const [t, lit] of script) {
    timers.advanceTo(t);
    d.update(t, new Set(lit));
  }
  timers.advanceTo(endAt);
  return { out, d };
}

describe('SpeechDetector', () => {
  it('back-dates the start to the first lit moment and the end to the first dark moment', () => {
    const { out } = run([[1000, ['a']], [4000, []]], 10_000);
    assert.deepEqual(out, [
      { pid: 'a', speaking: true, t: 1000 },
      { pid: 'a', speaking: false, t: 4000 },
    ]);
  });

  it('drops blips shorter than the onset', () => {
    const { out } = run([[1000, ['a']], [1100, []]], 5000);
    assert.deepEqual(out, []);
  });

  it('bridges gaps shorter than the hang-over and splits longer ones', () => {
    const { out } = run([[0, ['a']], [1000, []], [1500, ['a']], [2000, []], [3200, ['a']], [4000, []]], 9000);
    assert.deepEqual(out, [
      { pid: 'a', speaking: true, t: 0 },
      { pid: 'a', speaking: false, t: 2000 },
      { pid: 'a', speaking: true, t: 3200 },
      { pid: 'a', speaking: false, t: 4000 },
    ]);
  });

  it('tracks overlapping speakers independently', () => {
    const { out } = run([[0, ['a']], [500, ['a', 'b']], [2000, ['b']], [3000, []]], 9000);
    assert.deepEqual(
      out.sort((x, y) => x.t - y.t || x.pid.localeCompare(y.pid)),
      [
        { pid: 'a', speaking: true, t: 0 },
        { pid: 'b', speaking: true, t: 500 },
        { pid: 'a', speaking: false, t: 2000 },
        { pid: 'b', speaking: false, t: 3000 },
      ],
    );
  });

  it('never lists as speaking someone whose end it is emitting', () => {
    const timers = new FakeTimers();
    const seen: string[][] = [];
    const d = new SpeechDetector(() => seen.push(d.speaking()), timers, { onsetMs: 250, hangoverMs: 1000 });
    d.update(0, new Set(['a', 'b']));
    timers.advanceTo(300);
    d.update(2000, new Set(['a']));
    timers.advanceTo(3100); // b's hang-over ends
    d.flush(3200); // a ends with the call
    assert.deepEqual(seen, [['a'], ['a', 'b'], ['a'], []]);
  });

  it('flush closes open speech, at the dark moment for a hang-over', () => {
    const { out, d } = run([[0, ['a', 'b']], [2000, ['a']]], 2500);
    d.flush(2600);
    assert.deepEqual(out.filter((c) => !c.speaking).sort((x, y) => x.t - y.t), [
      { pid: 'b', speaking: false, t: 2000 },
      { pid: 'a', speaking: false, t: 2600 },
    ]);
    assert.deepEqual(d.speaking(), []);
  });
});
