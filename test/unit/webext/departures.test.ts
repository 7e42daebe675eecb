import { strict as assert } from 'node:assert';
import { Departures } from '../../../webext/src/background/departures';

describe('Departures', () => {
  it('ends a call whose last tab left, at the moment it left, once the grace ran out', () => {
    const d = new Departures(5000);
    assert.equal(d.leave('k', 1000), 6000);
    assert.deepEqual(d.due(5999), []);
    assert.deepEqual(d.due(6000), [{ key: 'k', at: 1000 }]);
    assert.deepEqual(d.due(9000), [], 'reported once');
  });

  it('a tab that reports within the grace continues the call (a reload, a back/forward return)', () => {
    const d = new Departures(5000);
    d.leave('k', 1000);
    assert.equal(d.leftAt('k'), 1000);
    d.back('k');
    assert.equal(d.leftAt('k'), undefined);
    assert.deepEqual(d.due(10_000), []);
  });
});
