import { strict as assert } from 'node:assert';
import { peopleWindow } from '../../../../webext/src/pages/team/people-window';

describe('peopleWindow', () => {
  const people = Array.from({ length: 100_000 }, (_, i) => ({ name: `Person ${i}` }));

  it('shows the first few of a large roster, with the totals', () => {
    const w = peopleWindow(people, '', 50);
    assert.equal(w.shown.length, 50);
    assert.equal(w.matches, 100_000);
    assert.equal(w.total, 100_000);
  });

  it('finds people by any part of the name, loosely (case, width, spaces)', () => {
    const w = peopleWindow([...people, { name: 'Ｅｍｅｋａ Obi' }], '  emeka ', 50);
    assert.deepEqual(w.shown.map((p) => p.name), ['Ｅｍｅｋａ Obi']);
    assert.equal(w.matches, 1);
    assert.equal(peopleWindow(people, 'person 9999', 50).matches, 11);
  });
});
