/**
 * Issue 6's acceptance story in the core: one meeting with a consent round that meets an
 * objection, which is then resolved; the decision record Markdown is checked as text.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { renderDecisionRecord } from '../../../../shared/core/decisions/decision-record-markdown';
import { decisionFileName } from '../../../../shared/core/decisions/decision-files';
import { createMeetingState } from '../../../../shared/core/meeting/meeting-state';
import { foldEvents } from '../../../../shared/core/meeting/meeting-parts';
import { viewTrail } from '../../../../shared/core/decisions/decision-view';
import { readRecord, serializeRecord } from '../../../../shared/core/record/record';
import { liveMeeting } from './helpers';

const FIXTURE = new URL('../../../fixtures/leadership/0003-rotate-facilitation-every-week.md', import.meta.url);

async function consentMeeting() {
  const m = await liveMeeting();
  m.clock.advance(60_000);
  await m.must({
    type: 'propose',
    did: 'd1',
    title: 'Rotate facilitation every week',
    proposal: 'Whoever facilitated least recently facilitates next.\n- The rota lives in roster.json',
    area: 'meetings',
    rights: { initiator: 'ana', deciders: ['ben', 'cy'], contributors: ['dee'], informed: ['eve'] },
  });
  await m.speak('ana', 30_000);
  await m.must({ type: 'start-round', did: 'd1', slotMs: 60_000 });
  await m.speak('ben', 10_000);
  await m.must({ type: 'respond', did: 'd1', pid: 'ben', response: 'consent' });
  await m.speak('cy', 20_000);
  return m;
}

describe('core/leadership: consent round with an objection that is resolved', () => {
  it('takes each decider in turn, and only the one whose turn it is', async () => {
    const m = await liveMeeting();
    await m.must({ type: 'propose', did: 'd1', title: 'T', rights: { initiator: 'ana', deciders: ['ben', 'cy'], contributors: [], informed: [] } });
    const started = await m.must({ type: 'start-round', did: 'd1', slotMs: 30_000 });
    assert.deepEqual(
      started.map((e) => e.type),
      ['round.started', 'round.turn'],
    );
    assert.equal(m.session.round()!.current, 'ben');
    assert.deepEqual(m.session.round()!.order.map((o) => o.pid), ['ben', 'cy'], 'deciders only, in rights order');
    const outOfTurn = m.consent({ type: 'respond', did: 'd1', pid: 'cy', response: 'consent' });
    assert.equal(outOfTurn.ok ? '' : outOfTurn.error.code, 'not-their-turn');
    const notDecider = m.consent({ type: 'respond', did: 'd1', pid: 'dee', response: 'consent' });
    assert.equal(notDecider.ok ? '' : notDecider.error.code, 'not-a-decider');
    await m.must({ type: 'respond', did: 'd1', pid: 'ben', response: 'concern', reason: 'tight' });
    assert.equal(m.session.round()!.current, 'cy', 'the answer passes the turn on');
    await m.must({ type: 'respond', did: 'd1', pid: 'cy', response: 'consent' });
    assert.equal(m.session.round(), null, 'the last answer ends the round');
    assert.equal(m.items()[0]!.status, 'open');
  });

  it('an objection blocks the outcome until it is resolved', async () => {
    const m = await consentMeeting();
    const noReason = m.consent({ type: 'respond', did: 'd1', pid: 'cy', response: 'objection', reason: '  ' });
    assert.equal(noReason.ok ? '' : noReason.error.code, 'reason-required');
    await m.must({ type: 'respond', did: 'd1', pid: 'cy', response: 'objection', reason: 'Weekly is too often for <b>us</b> | two teams' });
    assert.equal(m.session.round(), null);
    assert.equal(m.items()[0]!.status, 'blocked');
    const blocked = m.consent({ type: 'record', did: 'd1', outcome: 'Weekly' });
    assert.deepEqual(blocked, { ok: false, error: { code: 'blocked', message: 'blocked by the open objection of "cy"' } });
    const again = m.consent({ type: 'respond', did: 'd1', pid: 'cy', response: 'consent' });
    assert.equal(again.ok ? '' : again.error.code, 'objection-open');
    await m.speak('dee', 15_000);
    await m.must({ type: 'resolve', did: 'd1', pid: 'cy', how: 'Fortnightly instead' });
    assert.equal(m.items()[0]!.status, 'open');
    m.clock.advance(5_000);
    const recorded = await m.must({ type: 'record', did: 'd1', outcome: 'Rotate facilitation every two weeks', rationale: 'Shared leadership, at a pace both teams can keep.' });
    assert.deepEqual(recorded[0], {
      type: 'decision.recorded',
      did: 'd1',
      title: 'Rotate facilitation every week',
      outcome: 'Rotate facilitation every two weeks',
      rationale: 'Shared leadership, at a pace both teams can keep.',
      rights: { initiator: 'ana', deciders: ['ben', 'cy'], contributors: ['dee'], informed: ['eve'] },
      objections: [{ pid: 'cy', reason: 'Weekly is too often for <b>us</b> | two teams', resolved: true }],
    });
    const d = m.items()[0]!;
    assert.equal(d.status, 'decided');
    assert.deepEqual(
      d.participation.people.map((p) => [p.pid, p.roles.join('+'), p.spoke, p.talkMs]),
      [
        ['ana', 'initiator', true, 30_000],
        ['ben', 'decider', true, 10_000],
        ['cy', 'decider', true, 20_000],
        ['dee', 'contributor', true, 15_000],
      ],
    );
    assert.equal(d.participation.windowMs, 30_000 + 10_000 + 20_000 + 15_000 + 5_000);
    const again2 = m.consent({ type: 'record', did: 'd1', outcome: 'x' });
    assert.equal(again2.ok ? '' : again2.error.code, 'already-decided');

    const file = decisionFileName(3, d.title);
    assert.equal(file, '0003-rotate-facilitation-every-week.md');
    const text = renderDecisionRecord(d, { number: 3, meeting: { id: 'm1', title: 'Weekly', startedAt: m.session.state.windowStart }, names: new Map([['eve', 'Eve']]) });
    assert.equal(text, readFileSync(FIXTURE, 'utf8'));
  });

  it('the persisted record replays to the same trail', async () => {
    const m = await consentMeeting();
    await m.must({ type: 'respond', did: 'd1', pid: 'cy', response: 'objection', reason: 'Too often' });
    await m.must({ type: 'withdraw', did: 'd1', pid: 'cy', how: 'Convinced by Dee' });
    await m.must({ type: 'record', did: 'd1', outcome: 'Weekly' });
    await m.record({ type: 'meeting.ended' });
    const read = readRecord(serializeRecord(m.log));
    assert.ok(read.ok);
    const replay = foldEvents(read.events, createMeetingState());
    assert.deepEqual(viewTrail(replay, replay.trail, 0), m.items());
    assert.equal(replay.ignored, 0, 'leadership events are not "ignored" by the meeting fold');
    assert.deepEqual(m.items()[0]!.objections.map((o) => [o.state, o.how]), [['withdrawn', 'Convinced by Dee']]);
  });
});
