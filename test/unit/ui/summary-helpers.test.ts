import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { english as t } from '../../../shared/ui/i18n';
import { messages } from '../../../shared/ui/messages';
import { overran, turnUsageText } from '../../../shared/ui/turn-usage';
import { axisTicks } from '../../../shared/ui/timeline';
import { trendSegments } from '../../../shared/ui/balance-trend';

describe('ui/turn usage wording', () => {
  const table: [string, Parameters<typeof turnUsageText>[1], string, boolean][] = [
    ['within the box', { allottedMs: 90_000, usedMs: 40_000, passed: false, measured: true }, 'used 40 s of 1 min 30 s', false],
    ['under a second over is rounding', { allottedMs: 90_000, usedMs: 90_900, passed: false, measured: true }, 'used 1 min 30 s of 1 min 30 s', false],
    ['over by 12 s', { allottedMs: 90_000, usedMs: 102_000, passed: false, measured: true }, 'overran by 12 s', true],
    ['passed wins over any figure', { allottedMs: 90_000, usedMs: 200_000, passed: true, measured: true }, 'passed', false],
    ['untimed, measured', { allottedMs: null, usedMs: 65_000, passed: false, measured: true }, 'spoke 1 min 5 s', false],
    ['untimed, not measured', { allottedMs: null, usedMs: 65_000, passed: false, measured: false }, 'took 1 min 5 s (speech not measured)', false],
    ['timed, not measured', { allottedMs: 60_000, usedMs: 30_000, passed: false, measured: false }, 'took 30 s of 1 min (speech not measured)', false],
  ];
  for (const [label, row, text, over] of table) {
    it(label, () => {
      assert.equal(turnUsageText(t, row), text);
      assert.equal(overran(row), over);
    });
  }
});

describe('ui/timeline axis', () => {
  const table: [number, number[]][] = [
    [0, [0]],
    [45_000, [0, 10_000, 20_000, 30_000, 40_000]],
    [4_000, [0, 4_000]], // a short record still shows its end
    [47_000, [0, 10_000, 20_000, 30_000, 40_000, 47_000]],
    [1_800_000, [0, 300_000, 600_000, 900_000, 1_200_000, 1_500_000, 1_800_000]],
    [3 * 3_600_000, [0, 1_800_000, 3_600_000, 5_400_000, 7_200_000, 9_000_000, 10_800_000]],
  ];
  for (const [ms, ticks] of table) it(`${ms} ms`, () => assert.deepEqual(axisTicks(ms), ticks));
  it('never gives more than seven ticks, even for a day-long record', () => {
    for (const ms of [1, 999, 61_000, 7_200_001, 86_400_000, 10 * 86_400_000]) assert.ok(axisTicks(ms).length <= 7, String(ms));
  });
});

describe('ui/messages catalog', () => {
  // Every key is used by some component, and nothing in the UI names a key the catalog lacks
  // (the type system checks the literal ones; dynamic ones are built from these prefixes).
  const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/ui');
  const source = (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => /\.tsx?$/.test(f) && f !== 'messages.ts')
    .map((f) => readFileSync(path.join(dir, f), 'utf8'))
    .join('\n');
  const dynamicPrefixes = ['kind.', 'countdown.', 'queue.status.', 'trail.status.', 'trail.response.', 'trail.objection.', 'trail.role.', 'trail.debrief.', 'agenda.kind.', 'agenda.status.'];

  it('has no unused keys', () => {
    // A plural family `<base>.<category>` is used as t.plural('<base>', n) or richPlural(t, '<base>', n).
    const base = (k: string) => k.replace(/\.(zero|one|two|few|many|other)$/, '');
    const used = (k: string) => source.includes(`'${k}'`) || source.includes(`t.plural('${base(k)}'`) || source.includes(`richPlural(t, '${base(k)}'`);
    const unused = Object.keys(messages).filter((k) => !used(k) && !dynamicPrefixes.some((p) => k.startsWith(p) && source.includes(`\`${p}\${`)));
    assert.deepEqual(unused, []);
  });
});

describe('ui/balance trend', () => {
  const p = (balance: number | null, i: number) => ({ id: `m${i}`, label: `m${i}`, balance });
  it('splits the line at meetings without a score', () => {
    assert.deepEqual(trendSegments([41, 55, null, 72].map(p)), [[0, 1], [3]]);
    assert.deepEqual(trendSegments([null, null].map(p)), []);
    assert.deepEqual(trendSegments([]), []);
  });
});
