/**
 * The report's reorder buffer (summary/report.ts) releases events in exactly the order a stable
 * sort by time gives, whatever the local disorder: a small window, a window holding the whole
 * record, and the second read for disorder wider than the window all give the same summary.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { renderSummary, summarizeChunks } from '../../../shared/core/summary/report';
import { serializeRecord } from '../../../shared/core/record/record';
import { generateMeeting } from '../../bench/generate';

describe('core/summary/report: reorder buffer', function () {
  this.timeout(120_000);
  it('any local disorder: the summary of a small window = the whole record sorted (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50 }), fc.array(fc.tuple(fc.nat(1999), fc.integer({ min: 1, max: 12 })), { maxLength: 300 }), fc.integer({ min: 2, max: 40 }), (seed, swaps, window) => {
        const events = generateMeeting(2000, seed);
        // Equal times included: the generator often repeats a timestamp, so stability matters.
        for (const [i, d] of swaps) {
          const j = Math.min(events.length - 1, i + d);
          [events[i], events[j]] = [events[j]!, events[i]!];
        }
        const text = serializeRecord(events);
        const json = (w: number) => {
          const r = summarizeChunks(() => [text], {}, w);
          assert.ok(r.ok);
          return renderSummary(r.summary, 'json');
        };
        const whole = json(1_000_000);
        assert.equal(json(window), whole);
        assert.equal(json(1), whole);
      }),
      { numRuns: 40 },
    );
  });
});
