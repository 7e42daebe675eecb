/**
 * Golden exports of test/fixtures/records/sample.jsonl (hostile names, a passed turn, an
 * overrun, a pause, an extension, a deficit queue, a decision, a newer-version event).
 * Regenerate deliberately with UPDATE_GOLDENS=1 and review the diff.
 */
import { strict as assert } from 'node:assert';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { report, summarizeRecord, type ReportFormat } from '../../../shared/core/summary/report';

const dir = path.join(__dirname, '../../fixtures/records');
const record = readFileSync(path.join(dir, 'sample.jsonl'), 'utf8');

describe('core/golden exports', () => {
  for (const format of ['md', 'csv', 'json'] as ReportFormat[])
    it(`sample.${format} matches`, () => {
      const r = report(record, { format });
      assert.ok(r.ok, r.ok ? '' : r.message);
      const file = path.join(dir, `sample.${format}`);
      if (process.env.UPDATE_GOLDENS) writeFileSync(file, r.output);
      assert.equal(r.output, readFileSync(file, 'utf8'));
    });

  it('the golden facts are the ones the fixture was written for', () => {
    const r = summarizeRecord(record);
    assert.ok(r.ok);
    const s = r.summary;
    assert.equal(r.newer, 1);
    assert.deepEqual(
      s.participants.map((p) => [p.pid, p.talkMs, p.turns, p.presenceMs]),
      [
        ['ann', 88_000, 2, 360_000],
        ['bo', 160_000, 3, 360_000],
        ['cy', 30_000, 1, 360_000],
        ['dee', 20_000, 1, 309_000],
      ],
    );
    assert.equal(s.overlapMs, 3_000);
    // Bo's second turn begins 3 s before Cy's ends and outlasts it; Bo's 2 s pause splits his turns.
    assert.deepEqual([s.floor.changes, s.floor.medianGapMs, s.floor.interruptions], [5, 9_000, [{ by: 'bo', of: 'cy', count: 1 }]]);
    assert.deepEqual(s.participants.map((p) => p.longestTurnMs), [48_000, 72_000, 30_000, 20_000]);
    assert.equal(s.silenceMs, 360_000 - 295_000);
    assert.deepEqual(
      s.rounds[0]!.turns.map((t) => t.usage),
      ['used 40 s of 1 min', 'overran by 12 s', 'passed', 'used 20 s of 1 min 30 s; extended by 30 s'],
    );
    // Cross-talk is counted in the turn it happened in: Bo spoke 50 s during Cy's discussion turn.
    assert.deepEqual(s.rounds[1]!.turns[0]!.crossTalk.map((c) => [c.pid, c.ms]), [['bo', 50_000]]);
  });

  it('Markdown holds no raw HTML, no unescaped cell pipe and no bidi control', () => {
    const r = report(record, { format: 'md' });
    assert.ok(r.ok);
    // Rendered with raw HTML and link detection on, nothing becomes an element or a link.
    const html = new (createRequire(import.meta.url)('markdown-it') as new (o: object) => { render(s: string): string })({ html: true, linkify: true }).render(r.output);
    assert.doesNotMatch(html, /<(img|b|a)\b/);
    assert.ok(!/[\u202a-\u202e\u2066-\u2069]/.test(r.output));
    // Each row has as many cells as its table's header (an escaped \| is text, not a cell).
    const cellsOf = (line: string) => line.replace(/\\\|/g, '').split('|').length - 2;
    let header = 0;
    let tables = 0;
    for (const line of r.output.split('\n')) {
      if (!line.startsWith('|')) header = 0;
      else if (header === 0) (header = cellsOf(line)), tables++;
      else assert.equal(cellsOf(line), header, `row breaks out of its table: ${line}`);
    }
    assert.ok(tables >= 6, `${tables} tables`);
  });

  it('JSON round-trips every name exactly', () => {
    const r = report(record, { format: 'json' });
    assert.ok(r.ok);
    const names = (JSON.parse(r.output) as { participants: { name: string }[] }).participants.map((p) => p.name);
    const joined = record
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { type: string; name?: string })
      .filter((e) => e.type === 'participant.joined')
      .map((e) => e.name);
    assert.deepEqual(names, joined);
  });
});
