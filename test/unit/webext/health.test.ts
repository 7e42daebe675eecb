import { strict as assert } from 'node:assert';
import { HealthWatch, SILENT_AUDIO_MS, ALL_SPEAKING_MS } from '../../../webext/src/content/health';
import type { Reading } from '../../../webext/src/content/adapters/adapter';

function reading(lit: string[], over: Partial<Reading> = {}): Reading {
  const participants = ['a', 'b', 'c'].map((pid) => ({ pid, name: pid, self: false }));
  return { inCall: true, participants, lit: new Set(lit), matched: ['tile: x'], layout: 'tiles', noTiles: false, ...over };
}

/** Records armed timers; the test fires them by hand. */
function timers() {
  const armed: { fn: () => void; ms: number }[] = [];
  return { armed, setTimeout: (fn: () => void, ms: number) => armed.push({ fn, ms }), clearTimeout: () => undefined };
}

describe('HealthWatch', () => {
  it('reports no tiles and unknown layouts at once', () => {
    const h = new HealthWatch(() => undefined, timers());
    assert.deepEqual(h.assess(reading([], { noTiles: true, participants: [] }), 0, false).problems, ['no-signals']);
    assert.deepEqual(h.assess(reading([], { layout: null }), 0, false).problems, ['unknown-layout']);
    assert.deepEqual(h.assess(reading(['a']), 0, false).problems, []);
  });

  it('reports everyone lit only after it lasted, and arms a re-check for that moment', () => {
    const t = timers();
    let rechecks = 0;
    const h = new HealthWatch(() => rechecks++, t);
    assert.deepEqual(h.assess(reading(['a', 'b', 'c']), 1000, false).problems, []);
    assert.ok(t.armed.some((x) => x.ms >= ALL_SPEAKING_MS), 'a one-shot re-check is armed');
    t.armed.at(-1)!.fn();
    assert.equal(rechecks, 1);
    assert.deepEqual(h.assess(reading(['a', 'b', 'c']), 1000 + ALL_SPEAKING_MS, false).problems, ['all-speaking']);
    assert.deepEqual(h.assess(reading(['a']), 1000 + ALL_SPEAKING_MS + 1, false).problems, []);
  });

  it('reports audio without any speaker after 10 s, and only while audio plays', () => {
    const h = new HealthWatch(() => undefined, timers());
    assert.deepEqual(h.assess(reading([]), 0, true).problems, []);
    assert.deepEqual(h.assess(reading([]), SILENT_AUDIO_MS - 1, true).problems, []);
    assert.deepEqual(h.assess(reading([]), SILENT_AUDIO_MS, true).problems, ['audio-but-silent']);
    assert.deepEqual(h.assess(reading([]), SILENT_AUDIO_MS + 1, false).problems, []);
    assert.deepEqual(h.assess(reading([]), SILENT_AUDIO_MS + 2, true).problems, [], 'the 10 s start again');
  });
});
