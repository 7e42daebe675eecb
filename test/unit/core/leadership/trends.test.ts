import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import type { MeetingEvent } from '../../../../shared/core/record/events';
import { summarizeLeadership } from '../../../../shared/core/summary/leadership-summary';
import { createMeetingState } from '../../../../shared/core/meeting/meeting-state';
import { foldEvents } from '../../../../shared/core/meeting/meeting-parts';
import { computeTrends, type TrendMeeting } from '../../../../shared/core/trends/trends';
import { renderTrendsMarkdown } from '../../../../shared/core/trends/trends-markdown';
import { coreText } from '../../../../shared/core/l10n/core-text';
import { readFileSync, writeFileSync } from 'node:fs';
import { summarize } from '../../../../shared/core/summary/summary';
import { at, meeting, speak } from '../../../fakes/events';

const DAY = 86_400_000;

/** A summary with its leadership part, as a shell would store it; `day` shifts the meeting. */
function summaryOf(events: MeetingEvent[], withLeadership = true): TrendMeeting {
  const sorted = events.slice().sort((a, b) => a.t - b.t);
  const state = foldEvents(sorted, createMeetingState());
  const now = sorted[sorted.length - 1]!.t;
  const s = summarize(state, now);
  return withLeadership ? { ...s, leadership: summarizeLeadership(state, now) } : s;
}

const shift = (events: MeetingEvent[], ms: number, id: string): MeetingEvent[] =>
  events.map((e) => ({ ...e, t: e.t + ms, ...(e.type === 'meeting.started' ? { id } : {}) }) as MeetingEvent);

const rights = (initiator: string, deciders: string[]) => ({ initiator, deciders, contributors: [], informed: [] });

/** Week 1: Ana facilitates and talks most; one turn overruns; Cy's objection is never resolved. */
const week1 = summaryOf([
  ...meeting(['ana', 'ben', 'cy']),
  at(0, { type: 'round.started', rid: 'r1', kind: 'go-around', order: ['ana', 'ben'], slotMs: 30_000 }),
  at(0, { type: 'round.turn', rid: 'r1', pid: 'ana' }),
  ...speak('ana', 0, 45_000),
  at(50_000, { type: 'round.turn', rid: 'r1', pid: 'ben' }),
  ...speak('ben', 50_000, 65_000),
  at(70_000, { type: 'round.ended', rid: 'r1' }),
  at(80_000, { type: 'decision.proposed', did: 'd1', title: 'Move the stand-up', rights: rights('ana', ['ben', 'cy']) }),
  at(90_000, { type: 'consent.response', did: 'd1', pid: 'cy', response: 'objection', reason: 'Clashes with school run' }),
  ...speak('ana', 95_000, 110_000),
  at(120_000, { type: 'meeting.ended' }),
]);

/** Week 2: Ben facilitates, then hands over to Cy; talk not tracked; a decision recorded the v1 way. */
const week2 = summaryOf(
  shift(
    [
      ...meeting(['ben', 'cy', 'dee']),
      at(30_000, { type: 'facilitator.changed', pid: 'cy' }),
      at(60_000, { type: 'decision.recorded', did: 'd1', title: 'Budget', outcome: 'Yes', rights: rights('cy', ['dee']) }),
      at(90_000, { type: 'meeting.ended' }),
    ],
    7 * DAY,
    'm2',
  ),
);

describe('core/leadership/trends', () => {
  it('balance over time, shares, facilitation, decision-makers, open objections and overruns', () => {
    const t = computeTrends([week2, week1]);
    assert.deepEqual(
      t.meetings.map((m) => [m.id, m.balance === null ? null : typeof m.balance, m.facilitators, m.boxes, m.overran]),
      [
        ['m1', 'number', ['ana'], 2, 1],
        ['m2', null, ['ben', 'cy'], 0, 0],
      ],
    );
    assert.equal(t.meetings[0]!.balance, week1.balance);
    const ana = t.people.find((p) => p.pid === 'ana')!;
    assert.equal(ana.talkMs, 60_000);
    assert.equal(ana.share, 60_000 / 75_000);
    assert.deepEqual(ana.shares, [60_000 / 75_000, null]);
    const cy = t.people.find((p) => p.pid === 'cy')!;
    assert.deepEqual([cy.meetings, cy.talkMs, cy.shares, cy.notHeard], [2, 0, [0, null], 1], 'week 2 was not measured: no zero share there');
    assert.deepEqual(
      t.facilitation.map((f) => [f.pid, f.count]),
      [['ana', 1], ['ben', 1], ['cy', 1]],
    );
    assert.deepEqual(t.decisions, { items: 2, decided: 1, initiators: ['ana', 'cy'], deciders: ['ben', 'cy', 'dee'] });
    assert.deepEqual(t.openObjections, [{ meetingId: 'm1', meetingTitle: 'Weekly', did: 'd1', title: 'Move the stand-up', pid: 'cy', name: 'CY', reason: 'Clashes with school run' }]);
    assert.deepEqual(t.openItems, [{ meetingId: 'm1', meetingTitle: 'Weekly', did: 'd1', title: 'Move the stand-up', status: 'blocked', proposedAt: week1.meeting.startedAt! + 80_000 }]);
    assert.deepEqual(t.overruns, { boxes: 2, overran: 1, rate: 0.5 });
  });

  it('sums the interruptions each person made and received over the meetings', () => {
    const m1 = summaryOf([...meeting(['ana', 'ben']), ...speak('ana', 0, 10_000), ...speak('ben', 8_000, 20_000), at(30_000, { type: 'meeting.ended' })]);
    const m2 = summaryOf(shift([...meeting(['ana', 'ben', 'cy']), ...speak('ana', 0, 10_000), ...speak('ben', 5_000, 20_000), ...speak('cy', 15_000, 30_000), at(40_000, { type: 'meeting.ended' })], DAY, 'm2'));
    const t = computeTrends([m2, m1]);
    assert.deepEqual(
      t.people.map((p) => [p.pid, p.interruptionsMade, p.interruptionsReceived]),
      [
        ['ana', 0, 2],
        ['ben', 2, 1],
        ['cy', 1, 0],
      ],
    );
    assert.match(renderTrendsMarkdown(t), /\| BEN \| 2 \| 27 s \| \d+ % \| 0 \| 0 \| 2 \| 1 \|/);
  });

  it('renders as Markdown (golden)', () => {
    const text = renderTrendsMarkdown(computeTrends([week1, week2]));
    if (process.env.UPDATE_GOLDENS) writeFileSync(new URL('../../../fixtures/leadership/trends.md', import.meta.url), text);
    assert.equal(text, readFileSync(new URL('../../../fixtures/leadership/trends.md', import.meta.url), 'utf8'));
    assert.equal(renderTrendsMarkdown(computeTrends([])), '# Meeting trends\n\nAcross 0 meetings, oldest first.\n');
  });

  it("renders in the reader's language: a German reader gets German headings, counts and statuses; names and numbers as given", () => {
    const de = coreText('de', JSON.parse(readFileSync(new URL('../../../../shared/core/locales/de.json', import.meta.url), 'utf8')) as Record<string, string>);
    const text = renderTrendsMarkdown(computeTrends([week1, week2]), de);
    for (const line of [
      '# Meeting-Trends',
      'Über 2 Meetings, das älteste zuerst.',
      '## Ausgewogenheit im Verlauf',
      '| Meeting | Datum | Ausgewogenheit | Moderation | Zeitrahmen überzogen |',
      '| Weekly | 2026-01-05 09:00 UTC | 47 / 100 | ANA | 1 von 2 |',
      '| Weekly | 2026-01-12 09:00 UTC | nicht erfasst | BEN, CY | – |',
      '- ANA: 1-mal, zuletzt 2026-01-05 09:00 UTC',
      '2 Punkte, 1 entschieden. Eingebracht von: 2 (ANA, CY). Entscheidende Personen: 3 (BEN, CY, DEE).',
      '- Move the stand-up (Weekly): blockiert',
      '- CY zu Move the stand-up (Weekly): Clashes with school run',
      '1 von 2 Zeitrahmen überzogen (50 %).',
    ])
      assert.ok(text.split('\n').includes(line), `${line}\n---\n${text}`);
    assert.doesNotMatch(text, /Across|Balance over time|not tracked|Initiators|timed boxes/, 'no English left');
    assert.equal(renderTrendsMarkdown(computeTrends([]), de), '# Meeting-Trends\n\nÜber 0 Meetings, das älteste zuerst.\n');
  });

  it('reads summaries without a leadership part (recorded decisions, the meeting facilitator)', () => {
    const plain = summaryOf(shift(meeting(['ana'], [at(10_000, { type: 'decision.recorded', did: 'x', title: 'T', outcome: 'o', rights: rights('ana', ['ana']), objections: [{ pid: 'ana', reason: 'r' }] })]), DAY, 'm3'), false);
    const t = computeTrends([plain]);
    assert.deepEqual(t.meetings[0]!.facilitators, ['ana']);
    assert.deepEqual(t.openObjections.map((o) => o.reason), ['r']);
    assert.deepEqual(computeTrends([]).overruns, { boxes: 0, overran: 0, rate: 0 });
  });

  it('matches people by the key a shell chooses (the browser: display name, as call pids change)', () => {
    const a = summaryOf([...meeting(['ana']), ...speak('ana', 0, 10_000), at(20_000, { type: 'meeting.ended' })]);
    const b = summaryOf(
      shift(
        [
          at(0, { type: 'meeting.started', id: 'm1', title: 'Weekly', facilitator: 'p7' }),
          at(0, { type: 'participant.joined', pid: 'p7', name: 'ANA' }),
          ...speak('p7', 0, 5_000),
          at(20_000, { type: 'meeting.ended' }),
        ],
        DAY,
        'm2',
      ),
    );
    assert.deepEqual(computeTrends([a, b]).people.map((p) => p.pid), ['ana', 'p7']);
    const t = computeTrends([a, b], { personKey: (_pid, name) => name });
    assert.deepEqual(t.people.map((p) => [p.pid, p.meetings, p.talkMs, p.shares]), [['ANA', 2, 15_000, [1, 1]]]);
    assert.deepEqual(t.facilitation.map((f) => [f.pid, f.count]), [['ANA', 2]]);
    assert.deepEqual(t.meetings.map((m) => m.facilitators), [['ANA'], ['ANA']]);
  });

  it('is invariant to the order of its input (property)', () => {
    const one = fc
      .record({
        day: fc.nat(3),
        id: fc.constantFrom('a', 'b', 'c'),
        talk: fc.array(fc.tuple(fc.constantFrom('p', 'q', 'r'), fc.integer({ min: 1, max: 50 })), { maxLength: 5 }),
        facilitator: fc.constantFrom('p', 'q', 'r'),
      })
      .map(({ day, id, talk, facilitator }) => {
        let t = 0;
        const events: MeetingEvent[] = [at(0, { type: 'meeting.started', id, title: id, facilitator }), at(0, { type: 'participant.joined', pid: facilitator, name: facilitator })];
        for (const [pid, s] of talk) events.push(...speak(pid, t, (t += s * 1000)));
        events.push(at(t, { type: 'decision.recorded', did: 'd', title: id, outcome: 'o', rights: rights(facilitator, [facilitator]) }));
        return summaryOf(shift(events, day * DAY, id));
      });
    fc.assert(
      fc.property(fc.array(one, { maxLength: 6 }).chain((ms) => fc.tuple(fc.constant(ms), fc.shuffledSubarray(ms, { minLength: ms.length, maxLength: ms.length }))), ([ms, shuffled]) => {
        assert.deepEqual(computeTrends(shuffled), computeTrends(ms));
      }),
      { numRuns: 200 },
    );
  });
});
