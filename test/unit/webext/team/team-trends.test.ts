/** Trends across browser meetings group people by display name: pids differ per call and "p1" is reused by meetings started by hand. */
import { strict as assert } from 'node:assert';
import type { EventBody, MeetingEvent } from '../../../../shared/core/record/events';
import { summaryWithLeadership } from '../../../../webext/src/pages/record';
import { teamTrends } from '../../../../webext/src/team/team-trends';
import { renderTrendsMarkdown } from '../../../../shared/core/trends/trends-markdown';

function meeting(id: string, t0: number, names: string[], body: (t: number) => EventBody[]) {
  const events: EventBody[] = [{ type: 'meeting.started', id, title: id }, ...names.map((name, i): EventBody => ({ type: 'participant.joined', pid: `p${i + 1}`, name }))];
  const timed = events.map((e) => ({ v: 1, t: t0, ...e }) as MeetingEvent);
  const rest = body(t0).map((e, i) => ({ v: 1, t: t0 + 1000 * (i + 1), ...e }) as MeetingEvent);
  const all = [...timed, ...rest, { v: 1, t: t0 + 60_000, type: 'meeting.ended' } as MeetingEvent];
  return summaryWithLeadership(all, t0 + 60_000);
}

describe('webext leadership: team trends by name', () => {
  it('does not merge different people who had the same pid, and merges one person across pids', () => {
    const first = meeting('m1', 1_000_000, ['Ana', 'Ben'], () => [
      { type: 'facilitator.changed', pid: 'p1' },
      { type: 'speech.started', pid: 'p1' },
      { type: 'speech.ended', pid: 'p1' },
      { type: 'decision.proposed', did: 'd1', title: 'X', rights: { initiator: 'p2', deciders: ['p1', 'p2'], contributors: [], informed: [] } },
      { type: 'consent.response', did: 'd1', pid: 'p2', response: 'objection', reason: 'no' },
    ]);
    const second = meeting('m2', 2_000_000, ['Cleo', 'ana'], () => [
      { type: 'facilitator.changed', pid: 'p2' },
      { type: 'speech.started', pid: 'p1' },
      { type: 'speech.ended', pid: 'p1' },
      { type: 'speech.started', pid: 'p2' },
      { type: 'speech.ended', pid: 'p2' },
      { type: 'decision.proposed', did: 'd1', title: 'Y', rights: { initiator: 'p1', deciders: ['p2'], contributors: [], informed: [] } },
    ]);
    const t = teamTrends([second, first]);
    // A person's key is their normalised name, shown by their latest spelling.
    assert.deepEqual(t.meetings.map((m) => [m.id, m.facilitators]), [['m1', ['ana']], ['m2', ['ana']]]);
    const people = [...t.people].sort((a, b) => a.pid.localeCompare(b.pid));
    assert.deepEqual(people.map((p) => [p.pid, p.name, p.meetings, p.talkMs, p.shares]), [
      ['ana', 'ana', 2, 2000, [1, 0.5]],
      ['ben', 'Ben', 1, 0, [0, null]],
      ['cleo', 'Cleo', 1, 1000, [null, 0.5]],
    ]);
    assert.equal(people[0]!.share, 2 / 3);
    assert.deepEqual(t.facilitation, [{ pid: 'ana', name: 'ana', count: 2, lastAt: 2_000_000 }]);
    assert.deepEqual([[...t.decisions.initiators].sort(), [...t.decisions.deciders].sort()], [['ben', 'cleo'], ['ana', 'ben']]);
    assert.deepEqual(t.openObjections.map((o) => [o.name, o.title, o.reason]), [['Ben', 'X', 'no']]);
  });
});

describe('webext leadership: trends Markdown by name', () => {
  it('writes the name-matched figures through the core renderer', () => {
    const one = meeting('m1', 1_000_000, ['Ana', 'Ben'], () => [{ type: 'facilitator.changed', pid: 'p2' }]);
    const two = meeting('m2', 2_000_000, ['Ben', 'Ana'], () => [{ type: 'facilitator.changed', pid: 'p1' }]);
    const md = renderTrendsMarkdown(teamTrends([one, two]));
    assert.ok(md.includes('- Ben: 2 times'), md);
    assert.equal(md.match(/^\| (Ana|Ben) \| 2 \|/gm)?.length, 2, md);
  });
});
