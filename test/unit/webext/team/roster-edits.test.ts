import { strict as assert } from 'node:assert';
import { checkRoster, emptyRoster } from '../../../../shared/core/team/roster';
import { addArea } from '../../../../webext/src/team/roster-edits';

describe('webext leadership: roster edits', () => {
  it('adds areas with unique ids made from their names; the result is a valid roster and the input is untouched', () => {
    const start = emptyRoster();
    const two = addArea(addArea(start, ' Budget & money '), 'budget money');
    assert.deepEqual(two.matrix, { areas: [{ id: 'budget-money', name: 'Budget & money', cells: {} }, { id: 'budget-money-2', name: 'budget money', cells: {} }] });
    assert.equal(start.matrix, undefined);
    assert.ok(checkRoster(JSON.parse(JSON.stringify(two))).ok);
    assert.equal(addArea(start, '***').matrix!.areas[0]!.id, 'area');
  });
});
