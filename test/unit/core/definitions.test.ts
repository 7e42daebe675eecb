/** The definitions README pins ("What the numbers mean"), each tested where it could go either way. */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { foldEvents } from '../../../shared/core/meeting/meeting-parts';
import { balanceOf, computeMetrics, gini } from '../../../shared/core/talk/metrics';
import { serializeRecord } from '../../../shared/core/record/record';
import { report, summarizeRecord } from '../../../shared/core/summary/report';
import { at, byTime, meeting, speak, T0 } from '../../fakes/events';

describe('core definitions (README, "What the numbers mean")', () => {
  it('a zero-length speech is no turn, and the gap to the next turn runs from the last real end', () => {
    const s = foldEvents(byTime(meeting(['a', 'b'], [...speak('a', 1000, 3000), ...speak('b', 4000, 4000), ...speak('a', 4000, 4000), ...speak('a', 4200, 6000), at(10_000, { type: 'meeting.ended' })])));
    const m = computeMetrics(s, T0 + 10_000);
    const [a, b] = m.participants;
    assert.equal(b!.turns, 0, 'b only had a zero-length speech');
    assert.equal(b!.notHeard, true);
    // a: 1-3 s, then a zero-length blip at 4 s, then 4.2-6 s: 1.2 s after the last real end is under the 1.5 s gap.
    assert.equal(a!.turns, 1);
    assert.equal(a!.talkMs, 3800);
  });

  it('balance rounds half up, exactly (57.5 -> 58, where floating point gives 57.49999...)', () => {
    assert.equal(Math.round(100 * (1 - gini([3000, 37000]))), 57, 'the float trap is real');
    assert.equal(balanceOf([3000, 37000]), 58);
    assert.equal(balanceOf([3, 5]), 88);
    assert.equal(balanceOf([0, 0]), 100);
    const s = foldEvents(byTime(meeting(['a', 'b'], [...speak('a', 0, 3000), ...speak('b', 5000, 42_000), at(60_000, { type: 'meeting.ended' })])));
    assert.equal(computeMetrics(s, T0 + 60_000).balance, 58);
  });

  it('balance is exact for any whole-millisecond talk times: round half up of the rational 100 (1 - gini) (property)', () => {
    // The reference in BigInt: 100 num / den with num = n sum - weighted over sorted values.
    const reference = (xs: number[]) => {
      const v = xs.map(BigInt).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      const n = BigInt(v.length);
      const sum = v.reduce((a, b) => a + b, 0n);
      if (sum === 0n) return 100;
      const weighted = v.reduce((acc, x, i) => acc + (2n * BigInt(i + 1) - n - 1n) * x, 0n);
      const den = n * sum;
      return Number((200n * (den - weighted) + den) / (2n * den));
    };
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.nat(10), fc.nat(3_600_000), fc.constantFrom(0, 1, 500, 1000)), { minLength: 1, maxLength: 40 }), (xs) => {
        assert.equal(balanceOf(xs), reference(xs));
      }),
      { numRuns: 3000 },
    );
  });

  it('a window whose start is after its end is an error naming both lines', () => {
    const text = serializeRecord([at(0, { type: 'participant.joined', pid: 'a', name: 'A' }), at(1000, { type: 'meeting.ended' }), at(5000, { type: 'meeting.started', id: 'm', title: 'Late' })]);
    const r = report(text);
    assert.equal(r.ok, false);
    if (!r.ok) assert.match(r.message, /^line 3: meeting\.started \(2026-01-05 09:00 UTC\) is after meeting\.ended \(line 2, 2026-01-05 09:00 UTC\)/);
    // Out of file order but in time order is fine: the window is [start, end].
    const ok = serializeRecord([at(5000, { type: 'meeting.ended' }), at(0, { type: 'meeting.started', id: 'm', title: 'T' })]);
    assert.ok(report(ok).ok);
  });

  it('newer-version events are counted, not kept, and the report says how many were skipped', () => {
    const lines = serializeRecord(meeting(['a'])) + ['{"v":2,"t":1,"type":"poll.opened","q":"x"}', '{"v":3,"t":2,"type":"poll.closed"}'].join('\n') + '\n';
    const r = summarizeRecord(lines);
    assert.ok(r.ok);
    assert.equal(r.newer, 2);
    assert.deepEqual(r.summary.record, { newerEventsSkipped: 2, tornLine: null });
    const md = report(lines);
    assert.ok(md.ok);
    assert.match(md.output, /_2 event\(s\) of a newer record version were skipped/);
  });
});
