import { strict as assert } from 'node:assert';
import { formatClock, formatDuration, formatPercent, formatTimestamp, NOT_A_NUMBER } from '../../../shared/core/text/format';
import { formatTurnUsage } from '../../../shared/core/text/turn-usage';

describe('core/format', () => {
  const clock: [number, string][] = [
    [0, '0:00'],
    [1, '0:01'],
    [999, '0:01'],
    [1000, '0:01'],
    [1001, '0:02'],
    [65_000, '1:05'],
    [599_000, '9:59'],
    [3_723_000, '1:02:03'],
    [-1, '+0:00'],
    [-12_000, '+0:12'],
    [-12_999, '+0:12'],
    [-61_000, '+1:01'],
    [NaN, NOT_A_NUMBER],
    [Infinity, NOT_A_NUMBER],
  ];
  for (const [ms, want] of clock) it(`formatClock(${ms}) = ${want}`, () => assert.equal(formatClock(ms), want));

  const dur: [number, string][] = [
    [0, '0 s'],
    [499, '0 s'],
    [500, '1 s'],
    [45_000, '45 s'],
    [65_000, '1 min 5 s'],
    [120_000, '2 min'],
    [3_600_000, '1 h'],
    [3_723_000, '1 h 2 min 3 s'],
    [-12_000, '-12 s'],
    [NaN, NOT_A_NUMBER],
  ];
  for (const [ms, want] of dur) it(`formatDuration(${ms}) = ${want}`, () => assert.equal(formatDuration(ms), want));

  const pct: [number, number, string][] = [
    [0, 0, '0 %'],
    [0.4512, 0, '45 %'],
    [0.455, 0, '46 %'],
    [1, 0, '100 %'],
    [0.4512, 1, '45.1 %'],
    [-0.001, 0, '0 %'],
    [NaN, 0, NOT_A_NUMBER],
  ];
  for (const [s, d, want] of pct) it(`formatPercent(${s}, ${d}) = ${want}`, () => assert.equal(formatPercent(s, d), want));

  const usage: [Parameters<typeof formatTurnUsage>[0], string][] = [
    [{ allottedMs: 90_000, usedMs: 40_000, passed: false }, 'used 40 s of 1 min 30 s'],
    [{ allottedMs: 90_000, usedMs: 102_000, passed: false }, 'overran by 12 s'],
    [{ allottedMs: 90_000, usedMs: 90_400, passed: false }, 'used 1 min 30 s of 1 min 30 s'],
    [{ allottedMs: 90_000, usedMs: 0, passed: true }, 'passed'],
    [{ allottedMs: null, usedMs: 30_000, passed: false }, 'spoke 30 s'],
    // Issue 12's example: what else happened in the turn is said, not hidden.
    [{ allottedMs: 65_000, usedMs: 11_000, passed: false, crossTalk: [{ name: 'Ada', ms: 20_000 }], extendedMs: 30_000 }, 'used 11 s of 1 min 5 s; Ada spoke 20 s during the turn; extended by 30 s'],
    [{ allottedMs: 60_000, usedMs: 30_000, passed: false, crossTalk: [{ name: 'Ada', ms: 999 }, { name: 'Bo', ms: 1_000 }] }, 'used 30 s of 1 min; Bo spoke 1 s during the turn'],
    [{ allottedMs: 60_000, usedMs: 0, passed: true, crossTalk: [{ name: 'Ada', ms: 5_000 }], extendedMs: 30_000 }, 'passed'],
    [{ allottedMs: null, usedMs: 30_000, passed: false, crossTalk: [{ name: 'A', ms: 3_000 }, { name: 'B', ms: 2_000 }] }, 'spoke 30 s; A spoke 3 s during the turn; B spoke 2 s during the turn'],
  ];
  for (const [turn, want] of usage) it(`formatTurnUsage -> ${want}`, () => assert.equal(formatTurnUsage(turn), want));
  it('formatTurnUsage renders names for the target format', () => {
    assert.equal(formatTurnUsage({ allottedMs: null, usedMs: 0, passed: false, crossTalk: [{ name: 'a|b', ms: 2_000 }] }, (n) => n.replace('|', '\\|')), 'spoke 0 s; a\\|b spoke 2 s during the turn');
  });

  it('formatTimestamp is UTC and total', () => {
    assert.equal(formatTimestamp(Date.UTC(2026, 10, 21, 23, 5)), '2026-11-21 23:05 UTC');
    assert.equal(formatTimestamp(NaN), NOT_A_NUMBER);
    assert.equal(formatTimestamp(8.64e15 + 1), NOT_A_NUMBER);
  });
});
