import { strict as assert } from 'node:assert';
import { forgetMeetings } from '../../../../webext/src/team/forget-meetings';
import type { Roster } from '../../../../shared/core/team/roster';

const roster: Roster = {
  version: 1,
  people: [
    { id: 'ana', name: 'Ana' },
    { id: 'ben', name: 'Ben' },
    { id: 'cy', name: 'Cy' },
    { id: 'dee', name: 'Dee' },
  ],
  facilitations: [
    { pid: 'ana', at: 1, meetingId: 'm1' },
    { pid: 'ben', at: 2, meetingId: 'm1' },
    { pid: 'ben', at: 3, meetingId: 'm2' },
    { pid: 'cy', at: 4, meetingId: 'm1' },
  ],
  matrix: { areas: [{ id: 'a', name: 'Area', cells: { dee: 'decides' } }] },
};

describe('forgetMeetings', () => {
  it('removes the meeting’s facilitations and the people added automatically only for it', () => {
    const r = forgetMeetings(roster, { ben: 'm1', cy: 'm1', dee: 'm1' }, ['m1']);
    assert.deepEqual(r.roster.facilitations, [{ pid: 'ben', at: 3, meetingId: 'm2' }]);
    // Ana was not added automatically (imported); Ben still facilitated m2; Dee has a matrix cell.
    assert.deepEqual(r.roster.people.map((p) => p.id), ['ana', 'ben', 'dee']);
    assert.deepEqual(r.auto, {});
    assert.equal(r.removedPeople, 1);
    assert.deepEqual(roster.people.length, 4, 'the roster given is untouched');
  });

  it('for every meeting, keeps only what was put on the roster by hand', () => {
    const r = forgetMeetings(roster, { ben: 'm2', cy: 'm1' }, 'all');
    assert.deepEqual(r.roster.facilitations, []);
    assert.deepEqual(r.roster.people.map((p) => p.id), ['ana', 'dee']);
    assert.ok(r.roster.matrix);
  });
});
