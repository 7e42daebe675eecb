import { strict as assert } from 'node:assert';
import { SpeechUnion } from '../../../webext/src/background/speech-union';

describe('SpeechUnion (two tabs of one meeting)', () => {
  it('emits one start and one end for a speaker seen in two tabs', () => {
    const u = new SpeechUnion();
    assert.deepEqual(u.apply('1', 'a', true, 1000), { pid: 'a', speaking: true, t: 1000 });
    assert.equal(u.apply('2', 'a', true, 1050), null);
    assert.equal(u.apply('2', 'a', false, 3100), null);
    // tab 1's earlier end arrives last: the end is the latest reported.
    assert.deepEqual(u.apply('1', 'a', false, 3000), { pid: 'a', speaking: false, t: 3100 });
  });

  it('reconciles a full report and drops a closed tab', () => {
    const u = new SpeechUnion({ '1': ['a', 'b'] });
    assert.deepEqual(u.reconcile('1', ['b', 'c'], 500), [
      { pid: 'a', speaking: false, t: 500 },
      { pid: 'c', speaking: true, t: 500 },
    ]);
    assert.deepEqual(u.claims(), { '1': ['b', 'c'] });
    assert.deepEqual(u.dropTab('1', 900).map((c) => [c.pid, c.speaking, c.t]), [
      ['b', false, 900],
      ['c', false, 900],
    ]);
    assert.deepEqual(u.tabIds(), []);
  });
});
