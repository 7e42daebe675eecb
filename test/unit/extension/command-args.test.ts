import assert from 'node:assert/strict';
import { cleanNames, parseDurationInput, parseExtendArgs, parsePersonArgs, parseStartMeetingArgs, parseStartRoundArgs, MAX_NAME_LENGTH } from '../../../extension/src/command-args.ts';

describe('extension command arguments', () => {
  it('cleans typed names: trims, drops empties and case-insensitive duplicates, keeps markup as text', () => {
    assert.deepEqual(cleanNames(' Ana, Bo ,, ana ,<b>Chen</b>'), ['Ana', 'Bo', '<b>Chen</b>']);
    assert.deepEqual(cleanNames(['Dee\u0000\nEve', 42, 'x'.repeat(200)]), ['Dee Eve', 'x'.repeat(MAX_NAME_LENGTH)]);
  });

  it('accepts a full Start Round argument object', () => {
    const r = parseStartRoundArgs({ kind: 'go-around', participants: ['Ana', 'Bo'], slotMs: 60000, order: 'quietest-first', topic: 'Intro' });
    assert.deepEqual(r, { ok: true, value: { kind: 'go-around', participants: ['Ana', 'Bo'], slotMs: 60000, order: 'quietest-first', topic: 'Intro' } });
  });

  const bad: [string, unknown, RegExp][] = [
    ['unknown kind', { kind: 'brainstorm' }, /"kind" must be one of go-around/],
    ['negative slot', { slotMs: -1 }, /"slotMs"/],
    ['slot beyond an hour', { slotMs: 3_600_001 }, /"slotMs"/],
    ['both boxes', { slotMs: 1000, totalMs: 2000 }, /not both/],
    ['unknown key', { kind: 'go-around', colour: 'red' }, /unknown argument "colour"/],
    ['not an object', 42, /must be an object/],
  ];
  for (const [what, arg, error] of bad)
    it(`refuses ${what}`, () => {
      const r = parseStartRoundArgs(arg);
      assert.equal(r.ok, false);
      assert.match((r as { error: string }).error, error);
    });

  it('Start Meeting: facilitator absent (the rota decides), null (nobody in particular) or a name', () => {
    assert.deepEqual(parseStartMeetingArgs({ participants: 'Ana, Bo' }), { ok: true, value: { participants: 'Ana, Bo' } });
    assert.deepEqual(parseStartMeetingArgs({ facilitator: null }), { ok: true, value: { facilitator: null } });
    assert.deepEqual(parseStartMeetingArgs({ facilitator: 'Bo' }), { ok: true, value: { facilitator: 'Bo' } });
    assert.match((parseStartMeetingArgs({ facilitator: 3 }) as { error: string }).error, /"facilitator" must be a participant name or null/);
  });

  it('treats no argument or a menu Uri as "ask me"', () => {
    assert.deepEqual(parseExtendArgs(undefined), { ok: true, value: {} });
    assert.deepEqual(parseExtendArgs({ scheme: 'file', path: '/x' }), { ok: true, value: {} });
    assert.deepEqual(parsePersonArgs({ index: 3 }), { ok: true, value: { index: 3 } });
    assert.equal(parsePersonArgs({ index: 0 }).ok, false);
  });

  it('Extend: an amount, or the n-th preset of the extendSeconds setting, not both', () => {
    assert.deepEqual(parseExtendArgs({ preset: 1 }), { ok: true, value: { preset: 1 } });
    assert.deepEqual(parseExtendArgs({ ms: 45_000 }), { ok: true, value: { ms: 45_000 } });
    assert.equal(parseExtendArgs({ preset: 4 }).ok, false);
    assert.match((parseExtendArgs({ ms: 1000, preset: 2 }) as { error: string }).error, /not both/);
  });

  it('reads durations as seconds, m:ss or minutes', () => {
    assert.equal(parseDurationInput('90'), 90000);
    assert.equal(parseDurationInput('1:30'), 90000);
    assert.equal(parseDurationInput('2m'), 120000);
    assert.equal(parseDurationInput(' 45 s '), 45000);
    for (const x of ['', '0', '-5', 'abc', '1:75', '999999']) assert.equal(parseDurationInput(x), undefined, x);
  });
});
