import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { addPeople, recordFacilitation, rotationOrder, suggestFacilitator } from '../../../../shared/core/team/facilitation-rotation';
import type { Roster } from '../../../../shared/core/team/roster';
import type { RosterProblem } from '../../../../shared/core/team/roster-problem';
import { describeProblem } from '../../../../shared/core/l10n/keyed-problem';
import { ENGLISH_TEXT } from '../../../../shared/core/l10n/core-text';

const people = ['ana', 'ben', 'cy', 'dee'].map((id) => ({ id, name: id.toUpperCase() }));
const roster = (facilitations: [string, number][]): Roster => ({
  version: 1,
  people,
  facilitations: facilitations.map(([pid, at], i) => ({ pid, at, meetingId: `m${i}` })),
});

describe('core/leadership/facilitation-rotation', () => {
  const cases: [string, [string, number][], string[] | undefined, string | null][] = [
    ['a new team starts at the top of the roster', [], undefined, 'ana'],
    ['someone who never facilitated comes before anyone who did', [['ana', 10], ['cy', 5]], undefined, 'ben'],
    ['among those who did, the least recent', [['ana', 30], ['ben', 10], ['cy', 20], ['dee', 40]], undefined, 'ben'],
    ['a person counts by their latest time, not their first', [['ben', 1], ['ana', 5], ['ben', 50], ['cy', 20], ['dee', 30]], undefined, 'ana'],
    ['a tie at the same instant goes by roster order', [['dee', 7], ['cy', 7], ['ana', 9], ['ben', 9]], undefined, 'cy'],
    ['only the candidates (those in the call) are considered', [['ana', 30], ['ben', 10]], ['ana', 'dee'], 'dee'],
    ['nobody to suggest', [], [], null],
  ];
  for (const [what, history, candidates, expected] of cases)
    it(what, () => {
      assert.equal(suggestFacilitator(roster(history), candidates)?.pid ?? null, expected);
    });

  it('the suggestion always has the minimum last-facilitated time, ties by roster order (property)', () => {
    const history = fc.array(fc.tuple(fc.constantFrom(...people.map((p) => p.id)), fc.nat(1000)), { maxLength: 20 });
    fc.assert(
      fc.property(history, (h) => {
        const r = roster(h);
        const last = (pid: string) => Math.max(-Infinity, ...h.filter(([p]) => p === pid).map(([, at]) => at));
        const s = suggestFacilitator(r)!;
        const min = Math.min(...people.map((p) => last(p.id)));
        assert.equal(last(s.pid), min);
        const first = people.find((p) => last(p.id) === min)!;
        assert.equal(s.pid, first.id, 'ties by roster order');
        assert.equal(s.count, h.filter(([p]) => p === s.pid).length);
      }),
    );
  });

  it('recording a facilitation moves that person to the back of the rotation', () => {
    let r = roster([]);
    const seen: string[] = [];
    for (let i = 0; i < 6; i++) {
      const next = suggestFacilitator(r)!;
      seen.push(next.pid);
      const c = recordFacilitation(r, { pid: next.pid, at: 1000 * i, meetingId: `w${i}` });
      assert.ok(c.ok);
      r = c.roster;
    }
    assert.deepEqual(seen, ['ana', 'ben', 'cy', 'dee', 'ana', 'ben']);
    assert.deepEqual(rotationOrder(r).map((e) => [e.pid, e.count]), [['cy', 1], ['dee', 1], ['ana', 2], ['ben', 2]]);
  });

  it('recording the same meeting again replaces its facilitator; the old roster is untouched', () => {
    const r0 = roster([['ana', 5]]);
    const c = recordFacilitation(r0, { pid: 'ben', at: 5, meetingId: 'm0' });
    assert.ok(c.ok);
    assert.deepEqual(c.roster.facilitations, [{ pid: 'ben', at: 5, meetingId: 'm0' }]);
    assert.deepEqual(r0.facilitations, [{ pid: 'ana', at: 5, meetingId: 'm0' }]);
  });

  const refused: [string, Parameters<typeof recordFacilitation>[1], RosterProblem, string][] = [
    ['someone not on the roster', { pid: 'zed', at: 1, meetingId: 'm' }, { field: 'facilitations[0].pid', key: 'rosterProblem.unknownPerson', args: ['"zed"'] }, 'roster: field facilitations[0].pid "zed" is not a person on the roster'],
    ['a time that is not a time', { pid: 'ana', at: Number.NaN, meetingId: 'm' }, { field: 'facilitations[0].at', key: 'rosterProblem.epochMs' }, 'roster: field facilitations[0].at must be epoch milliseconds (a number >= 0)'],
  ];
  for (const [what, f, problem, english] of refused)
    it(`refuses to record ${what}, as a keyed problem`, () => {
      const c = recordFacilitation(roster([]), f);
      assert.deepEqual(c, { ok: false, problem });
      assert.equal(describeProblem(problem, ENGLISH_TEXT), english);
    });

  it('names the field as the new entry would be saved: after the other meetings, replacing its own', () => {
    const r = roster([['ana', 1], ['ben', 2]]);
    assert.deepEqual(recordFacilitation(r, { pid: 'zed', at: 3, meetingId: 'm9' }), { ok: false, problem: { field: 'facilitations[2].pid', key: 'rosterProblem.unknownPerson', args: ['"zed"'] } });
    assert.deepEqual(recordFacilitation(r, { pid: 'zed', at: 3, meetingId: 'm1' }), { ok: false, problem: { field: 'facilitations[1].pid', key: 'rosterProblem.unknownPerson', args: ['"zed"'] } });
  });

  it('addPeople appends newcomers once, keeping existing names', () => {
    const r = addPeople(roster([]), [{ id: 'ben', name: 'Benjamin' }, { id: 'eve', name: 'Eve' }, { id: 'eve', name: 'Eve 2' }]);
    assert.deepEqual(r.people.map((p) => `${p.id}:${p.name}`), ['ana:ANA', 'ben:BEN', 'cy:CY', 'dee:DEE', 'eve:Eve']);
    const same = roster([]);
    assert.equal(addPeople(same, [{ id: 'ana', name: 'x' }]), same, 'no change, same object');
  });
});
