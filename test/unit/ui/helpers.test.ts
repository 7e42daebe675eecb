import assert from 'node:assert/strict';
import { h } from 'preact';
import { english as t, fill, richText, translator } from '../../../shared/ui/i18n';
import { messages } from '../../../shared/ui/messages';
import { durationText, percentText, spokenDuration } from '../../../shared/ui/duration';
import { barScale, sortPeople } from '../../../shared/ui/balance-bars';
import { countdownState } from '../../../shared/ui/countdown';
import { shortName } from '../../../shared/ui/name';
import { people, person, timer } from '../../fakes/ui-props';

describe('ui/i18n', () => {
  it('fills positional placeholders and leaves unknown ones visible', () => {
    assert.equal(fill('{1} before {0}', ['a', 'b']), 'b before a');
    assert.equal(fill('{0} and {2}', ['x']), 'x and {2}');
  });

  it('falls back to English for missing or empty entries', () => {
    const de = translator((k) => (k === 'controls.pass' ? 'Passen' : k === 'controls.next' ? '' : undefined));
    assert.equal(de('controls.pass'), 'Passen');
    assert.equal(de('controls.next'), 'Next speaker');
  });

  it('puts components into placeholders, keeping the translated word order', () => {
    const node = h('b', null, 'Ana');
    assert.deepEqual(richText(t, 'countdown.turn', node), ['Turn: ', node]);
    const inverted = translator((k) => (k === 'countdown.turn' ? '{0} ist dran' : undefined));
    assert.deepEqual(richText(inverted, 'countdown.turn', node), [node, ' ist dran']);
  });

  it('has only placeholders numbered from 0 without gaps in every message (a plural form may leave out its count, {0})', () => {
    for (const [key, text] of Object.entries(messages)) {
      const used = [...text.matchAll(/\{(\d+)\}/g)].map((m) => Number(m[1]));
      const max = used.length ? Math.max(...used) : -1;
      const plural = /\.(zero|one|two|few|many|other)$/.test(key);
      for (let i = plural ? 1 : 0; i <= max; i++) assert.ok(used.includes(i), `${key} skips {${i}}`);
    }
  });
});

describe('ui/duration', () => {
  const table: [number, string, string][] = [
    [0, '0 s', '0 seconds'],
    [40_400, '40 s', '40 seconds'],
    [90_000, '1 min 30 s', '1 minute 30 seconds'],
    [61_000, '1 min 1 s', '1 minute 1 second'],
    [120_000, '2 min', '2 minutes'],
    [3_900_000, '1 h 5 min', '65 minutes'],
    [-12_000, '12 s', '12 seconds'],
  ];
  for (const [ms, prose, spoken] of table) {
    it(`${ms} ms reads "${prose}" / "${spoken}"`, () => {
      assert.equal(durationText(t, ms), prose);
      assert.equal(spokenDuration(t, ms), spoken);
    });
  }
  it('rounds shares to whole percents', () => assert.equal(percentText(t, 0.455), '46 %'));
});

describe('ui/countdown state', () => {
  const table: [Parameters<typeof countdownState>[0], string][] = [
    [null, 'idle'],
    [timer({ remainingMs: 60_000 }), 'running'],
    [timer({ remainingMs: 15_000 }), 'warning'],
    [timer({ remainingMs: 1 }), 'warning'],
    [timer({ remainingMs: 0 }), 'overtime'],
    [timer({ remainingMs: -3_000 }), 'overtime'],
    [timer({ remainingMs: -3_000, paused: true }), 'paused'],
  ];
  for (const [input, want] of table) it(`${JSON.stringify(input?.remainingMs ?? null)} -> ${want}`, () => assert.equal(countdownState(input), want));
  it('no timer while someone holds the turn is an untimed turn', () => assert.equal(countdownState(null, true), 'untimed'));
});

describe('ui/balance helpers', () => {
  it('sorts stably by talk time, ties in roster order', () => {
    const ps = [person({ pid: 'a', talkMs: 5 }), person({ pid: 'b', talkMs: 9 }), person({ pid: 'c', talkMs: 5 })];
    assert.deepEqual(sortPeople(ps, 'most').map((p) => p.pid), ['b', 'a', 'c']);
    assert.deepEqual(sortPeople(ps, 'least').map((p) => p.pid), ['a', 'c', 'b']);
    assert.deepEqual(sortPeople(ps, 'roster').map((p) => p.pid), ['a', 'b', 'c']);
  });

  it('scales bars to the larger of the top share and twice the top fair share, at most 1', () => {
    assert.equal(barScale(people()), 0.62);
    assert.equal(barScale([person({ pid: 'a', share: 0.1, fairShare: 0.1 })]), 0.2);
    assert.equal(barScale([person({ pid: 'a', share: 0.5, fairShare: 0.5 })]), 1);
    assert.equal(barScale([]), 1);
  });
});

describe('ui/name', () => {
  it('shortens by code points, never splitting a surrogate pair', () => {
    assert.equal(shortName('short'), 'short');
    assert.equal(shortName('😀'.repeat(20), 5), '😀😀😀😀…');
  });
});
