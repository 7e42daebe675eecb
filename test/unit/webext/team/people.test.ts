/** Matching a call's participants to the team roster by display name; rotation and matrix in meeting pids. */
import { strict as assert } from 'node:assert';
import type { Roster } from '../../../../shared/core/team/roster';
import { rightsFromMatrix, suggestAmong, withParticipants } from '../../../../webext/src/team/people';

const roster: Roster = {
  version: 1,
  people: [
    { id: 'ana', name: 'Ana' },
    { id: 'ben', name: 'Ben' },
    { id: 'zoe', name: 'Zoë' },
  ],
  facilitations: [
    { pid: 'ana', at: 100, meetingId: 'a' },
    { pid: 'ben', at: 200, meetingId: 'b' },
  ],
  matrix: { areas: [{ id: 'hiring', name: 'Hiring', cells: { ana: 'decides', zoe: 'decides', ben: 'informed' } }] },
};

describe('webext leadership: people by name', () => {
  it('matches names loosely and gives newcomers unique ids, leaving the roster value untouched', () => {
    const { roster: grown, idOf } = withParticipants(roster, [
      { pid: 'dev-1', name: ' ana ' },
      { pid: 'dev-2', name: 'Zoe\u0308' }, // decomposed ë: the same name
      { pid: 'dev-3', name: 'Ana Maria' },
      { pid: 'dev-4', name: 'ana-maria' },
      { pid: 'dev-5', name: '<img src=x>' },
    ]);
    assert.deepEqual([...idOf], [['dev-1', 'ana'], ['dev-2', 'zoe'], ['dev-3', 'ana-maria'], ['dev-4', 'ana-maria-2'], ['dev-5', 'img-src-x']]);
    assert.deepEqual(grown.people.slice(3).map((p) => p.name), ['Ana Maria', 'ana-maria', '<img src=x>']);
    assert.equal(roster.people.length, 3);
  });

  it('suggests, among those in the call, whoever facilitated least recently (never first, then roster order)', () => {
    assert.deepEqual(suggestAmong(roster, [{ pid: 'x', name: 'Ben' }, { pid: 'y', name: 'Ana' }]), { pid: 'y', name: 'Ana', lastAt: 100 });
    assert.deepEqual(suggestAmong(roster, [{ pid: 'x', name: 'Ben' }, { pid: 'n', name: 'Newcomer' }]), { pid: 'n', name: 'Newcomer', lastAt: null });
    assert.equal(suggestAmong(roster, []), null);
  });

  it('turns the matrix proposal into meeting pids, leaving out people not in the call', () => {
    const people = [{ pid: 'p1', name: 'Ben' }, { pid: 'p2', name: 'ANA' }];
    assert.deepEqual(rightsFromMatrix(roster, 'hiring', people), { initiator: null, deciders: ['p2'], contributors: [], informed: ['p1'] });
    assert.equal(rightsFromMatrix(roster, 'nope', people), null);
    assert.equal(rightsFromMatrix({ ...roster, matrix: undefined }, 'hiring', people), null);
  });
});
