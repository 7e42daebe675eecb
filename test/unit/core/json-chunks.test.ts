/**
 * The JSON report written in pieces (summary/render-json.ts jsonChunks, what the CLI writes as it
 * goes) is byte for byte the text JSON.stringify(summary, null, 2) gives: on generated meetings,
 * on a summary listing thousands of objections, and on arbitrary JSON-like values with long
 * lists nested at any depth, holes, undefined and empty values.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { jsonChunks, renderJson } from '../../../shared/core/summary/render-json';
import { report, summarizeRecord } from '../../../shared/core/summary/report';
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

  it("the report's JSON, responses and objections written from the trail, is renderJson of the summary", () => {
    const T0 = 1_767_603_600_000;
    const line = (t: number, o: object) => JSON.stringify({ v: 1, t, ...o });
    const rights = (deciders: string[]) => ({ initiator: 'p1', deciders, contributors: ['p4'], informed: [] });
    const lines = [line(T0, { type: 'meeting.started', id: 'm', title: 'Trail' })];
    for (const [pid, name] of [['p1', 'Ana "A"'], ['p2', 'Bo\nB'], ['p3', 'Chen'], ['p4', 'Dee']]) lines.push(line(T0, { type: 'participant.joined', pid, name }));
    lines.push(line(T0 + 1, { type: 'decision.proposed', did: 'd1', title: 'One', rights: rights(['p1', 'p2', 'p9']) }));
    lines.push(line(T0 + 2, { type: 'consent.response', did: 'd1', pid: 'p2', response: 'consent', rid: 'r1' }));
    lines.push(line(T0 + 3, { type: 'consent.response', did: 'd1', pid: 'p3', response: 'objection', reason: 'too soon' }));
    lines.push(line(T0 + 4, { type: 'consent.response', did: 'd1', pid: 'p1', response: 'objection', reason: 'cost' }));
    lines.push(line(T0 + 5, { type: 'consent.response', did: 'd1', pid: 'p3', response: 'objection', reason: 'still too soon' }));
    lines.push(line(T0 + 6, { type: 'objection.resolved', did: 'd1', pid: 'p3', how: 'moved' }));
    lines.push(line(T0 + 7, { type: 'objection.withdrawn', did: 'd1', pid: 'p1' }));
    lines.push(line(T0 + 8, { type: 'decision.proposed', did: 'd2', title: 'Two', rights: rights([]) }));
    lines.push(line(T0 + 9, { type: 'consent.response', did: 'd2', pid: 'p4', response: 'objection', reason: 'no' }));
    lines.push(line(T0 + 10, { type: 'decision.recorded', did: 'd2', title: 'Two', outcome: 'yes', rights: rights(['p4']), objections: [{ pid: 'p2', reason: 'late', resolved: false }] }));
    lines.push(line(T0 + 11, { type: 'decision.proposed', did: 'd3', title: 'Three', rights: rights([]) }));
    for (let i = 0; i < 600; i++) lines.push(line(T0 + 20 + i, { type: 'consent.response', did: 'd3', pid: `q${i}`, response: i % 3 ? 'consent' : 'objection', reason: `r${i}` }));
    const newer = JSON.stringify({ v: 2, t: T0 + 700, type: 'poll.opened' });
    for (const text of [lines.join('\n') + '\n', [...lines, newer, '{"v":1,"t":'].join('\n')]) {
      const r = summarizeRecord(text);
      assert.ok(r.ok);
      const json = report(text, { format: 'json' });
      assert.ok(json.ok);
      assert.equal(json.output, renderJson(r.summary));
    }
    for (const seed of [1, 2]) {
      const text = serializeRecord(generateMeeting(3_000, seed));
      const r = summarizeRecord(text);
      const json = report(text, { format: 'json' });
      assert.ok(r.ok && json.ok);
      assert.equal(json.output, renderJson(r.summary));
    }
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
