/**
 * The JSON report written in pieces (summary/render-json.ts jsonChunks, what the CLI writes as it
 * goes) is byte for byte the text JSON.stringify(summary, null, 2) gives: on generated meetings,
 * on a summary listing thousands of objections, and on arbitrary JSON-like values with long
 * lists nested at any depth, holes, undefined and empty values.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { jsonChunks, renderJson } from '../../../shared/core/summary/render-json';
import { summarizeRecord } from '../../../shared/core/summary/report';
import type { Summary } from '../../../shared/core/summary/summary';
import { serializeRecord } from '../../../shared/core/record/record';
import { generateMeeting } from '../../bench/generate';

const whole = (s: unknown, size?: number) => Array.from(jsonChunks(s as Summary, size)).join('');

describe('core/summary/render-json: the JSON in pieces', function () {
  this.timeout(60_000);

  it('generated meetings: the pieces are the one-string JSON', () => {
    for (const seed of [1, 2, 3]) {
      const r = summarizeRecord(serializeRecord(generateMeeting(5_000, seed)));
      assert.ok(r.ok);
      assert.equal(whole(r.summary), renderJson(r.summary));
      assert.equal(whole(r.summary, 10), renderJson(r.summary), 'small pieces');
    }
  });

  it('a decision with 3,000 objections, each resolved: every one listed, same text', () => {
    const T0 = 1_767_603_600_000;
    const line = (t: number, o: object) => JSON.stringify({ v: 1, t, ...o });
    const lines = [line(T0, { type: 'meeting.started', id: 'm', title: 'Objections' })];
    lines.push(line(T0 + 1, { type: 'decision.proposed', did: 'd1', title: 'x', rights: { initiator: null, deciders: [], contributors: [], informed: [] } }));
    for (let i = 0; i < 3_000; i++) lines.push(line(T0 + 2 + i, { type: 'consent.response', did: 'd1', pid: `p${i}`, response: 'objection', reason: 'no "really"\n' }));
    for (let i = 0; i < 3_000; i += 2) lines.push(line(T0 + 9_000 + i, { type: 'objection.resolved', did: 'd1', pid: `p${i}` }));
    const r = summarizeRecord(lines.join('\n') + '\n');
    assert.ok(r.ok);
    const text = whole(r.summary);
    assert.equal(text, renderJson(r.summary));
    assert.equal((JSON.parse(text) as { leadership: { decisions: { objections: unknown[] }[] } }).leadership.decisions[0]!.objections.length, 3_000);
  });

  it('any JSON-like value (property)', () => {
    const leaf = fc.oneof(fc.string(), fc.integer(), fc.double({ noNaN: false }), fc.boolean(), fc.constant(null), fc.constant(undefined));
    const small = fc.oneof(leaf, fc.array(leaf, { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 6 }), leaf, { maxKeys: 3 }));
    /** Longer than the pieces' threshold: a few values repeated. */
    const longOf = (x: fc.Arbitrary<unknown>) =>
      fc.tuple(fc.integer({ min: 255, max: 300 }), fc.array(x, { minLength: 1, maxLength: 3 })).map(([n, xs]) => Array.from({ length: n }, (_, i) => xs[i % xs.length]));
    // Long lists inside objects and short lists, and now and then inside an element of a long list.
    const inner = fc.oneof(small, longOf(small));
    const holder = fc.oneof(small, fc.dictionary(fc.string({ maxLength: 6 }), inner, { maxKeys: 3 }), fc.array(inner, { maxLength: 3 }));
    const value = fc.oneof(small, longOf(small), longOf(holder), fc.array(inner, { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 6 }), inner, { maxKeys: 3 }));
    fc.assert(
      fc.property(fc.dictionary(fc.string({ maxLength: 6 }), value, { maxKeys: 5 }), (o) => {
        assert.equal(whole(o), JSON.stringify(o, null, 2) + '\n');
      }),
      { numRuns: 40 },
    );
  });
});
