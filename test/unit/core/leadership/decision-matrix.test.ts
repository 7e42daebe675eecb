import { strict as assert } from 'node:assert';
import { checkMatrix, proposeRights, setCell, type DecisionMatrix } from '../../../../shared/core/decisions/decision-matrix';

const matrix: DecisionMatrix = {
  areas: [
    { id: 'releases', name: 'Releases', cells: { dee: 'informed', cy: 'decides', ana: 'contributes', ben: 'decides' } },
    { id: 'hiring', name: 'Hiring', cells: { ana: 'decides' } },
  ],
};
const order = ['ana', 'ben', 'cy', 'dee'];

describe('core/leadership/decision-matrix', () => {
  const cases: [string, string, { initiator?: string | null; order?: string[] }, ReturnType<typeof proposeRights>][] = [
    ['rights in roster order', 'releases', { order, initiator: 'dee' }, { initiator: 'dee', deciders: ['ben', 'cy'], contributors: ['ana'], informed: ['dee'] }],
    ['without an order, the cells’ order', 'releases', {}, { initiator: null, deciders: ['cy', 'ben'], contributors: ['ana'], informed: ['dee'] }],
    ['people without a cell have no part', 'hiring', { order }, { initiator: null, deciders: ['ana'], contributors: [], informed: [] }],
    ['an unknown area proposes nothing', 'budget', { order }, null],
  ];
  for (const [what, area, options, expected] of cases)
    it(what, () => {
      assert.deepEqual(proposeRights(matrix, area, options), expected);
    });

  it('setCell sets, moves and clears a cell without touching the original', () => {
    let m = setCell(matrix, 'hiring', 'ben', 'contributes');
    m = setCell(m, 'hiring', 'ana', 'informed');
    m = setCell(m, 'budget', 'cy', 'decides');
    m = setCell(m, 'releases', 'dee', null);
    assert.deepEqual(proposeRights(m, 'hiring', { order }), { initiator: null, deciders: [], contributors: ['ben'], informed: ['ana'] });
    assert.deepEqual(m.areas.map((a) => [a.id, a.name]), [['releases', 'Releases'], ['hiring', 'Hiring'], ['budget', 'budget']]);
    assert.equal(proposeRights(m, 'releases', { order })!.informed.length, 0);
    assert.equal(matrix.areas[1]!.cells.ana, 'decides', 'the original is unchanged');
  });

  it('checkMatrix refuses an area without cells, naming the field', () => {
    const r = checkMatrix({ areas: [{ id: 'x', name: 'X' }] }, new Set(order));
    assert.deepEqual(r, { ok: false, problem: { field: 'matrix.areas[0].cells', key: 'rosterProblem.missing' } });
  });
});
