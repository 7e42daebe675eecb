/** The view's model, fed the way views are fed: the record once, then each change's events by seq. */
import { strict as assert } from 'node:assert';
import { ManualClock } from '../../../shared/core/meeting/clock';
import { MeetingSession } from '../../../shared/core/meeting/session';
import { MeetingModel } from '../../../shared/ui/meeting-model';
import { decisionAt, leadershipAt } from '../../../shared/ui/model-views';
import { at, meeting as fakeMeeting, speak, T0 } from '../../fakes/events';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { coreText, ENGLISH_TEXT } from '../../../shared/core/l10n/core-text';
import { describeEventProblem } from '../../../shared/core/record/record-problem';

const de = coreText('de', JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../shared/core/locales/de.json'), 'utf8')));

async function meeting() {
  const clock = new ManualClock(T0);
  const session = new MeetingSession(clock, { append: () => undefined });
  await session.start({ id: 'm', title: 'T', participants: ['Ana', 'Ben'] });
  return { clock, session };
}

describe('shared/ui MeetingModel', () => {
  it('folds pushed changes (including back-dated speech) to exactly the session’s state', async () => {
    const { clock, session } = await meeting();
    const model = new MeetingModel();
    model.reset(session.events);
    session.subscribe((c) => assert.equal(model.apply(c.from, c.events), 'ok'));
    await session.recordAt(T0 + 1_000, { type: 'speech.started', pid: 'p1' });
    clock.advance(10_000);
    await session.recordAt(T0 + 9_500, { type: 'speech.started', pid: 'p2' });
    await session.recordAt(T0 + 9_000, { type: 'speech.ended', pid: 'p1' });
    await session.command({ type: 'start', kind: 'go-around', slotMs: 60_000, strategy: 'quietest-first' });
    assert.equal(model.seq, session.seq);
    assert.deepEqual(model.state.participants, session.state.participants);
    assert.deepEqual(model.live(clock.now()), model.live(clock.now()), 'derived once per change and instant');
    const round = model.live(clock.now()).round!;
    assert.equal(round.order[round.currentIndex]?.name, 'Ben', 'Ben spoke 0.5 s, Ana 8 s: quietest first');
  });

  it('skips what it already holds, asks for a resync on a gap, stops on an invalid event', async () => {
    const { session } = await meeting();
    const model = new MeetingModel();
    model.reset(session.events.slice(0, 2));
    assert.equal(model.apply(1, session.events.slice(0, 3)), 'ok', 'the overlap is skipped');
    assert.equal(model.seq, 3);
    assert.equal(model.apply(6, [session.events[0]]), 'resync');
    assert.equal(model.seq, 3, 'nothing folded past a gap');
    assert.equal(model.apply(4, [{ v: 1, t: T0, type: 'speech.started' }]), 'invalid');
    assert.deepEqual(model.problem && { event: model.problem.event, field: model.problem.field, key: model.problem.key }, { event: 4, field: 'pid', key: 'recordProblem.missing' });
    assert.equal(model.problem && describeEventProblem(model.problem.event, model.problem, ENGLISH_TEXT), 'event 4: field pid is missing');
    assert.equal(model.problem && describeEventProblem(model.problem.event, model.problem, de), 'Ereignis 4: Feld pid fehlt', 'the side panel words it in the reader’s language');
    assert.equal(model.reset(session.events), 'ok');
    assert.equal(model.problem, null);
  });

  it('views one decision item exactly as the whole trail views it', () => {
    const decision = (did: string, t: number, decided: boolean) =>
      at(t, decided
        ? { type: 'decision.recorded', did, title: did, outcome: 'yes', rights: { initiator: 'a', deciders: ['a', 'b'], contributors: [], informed: [] } }
        : { type: 'decision.proposed', did, title: did, proposal: 'p', rights: { initiator: 'a', deciders: ['a', 'b'], contributors: [], informed: [] } });
    const model = new MeetingModel();
    model.reset(fakeMeeting(['a', 'b'], [decision('d1', 1_000, true), ...speak('b', 2_000, 5_000), decision('d2', 6_000, false), at(7_000, { type: 'consent.response', did: 'd2', pid: 'b', response: 'concern', reason: 'cost' })]));
    const now = T0 + 9_000;
    const all = leadershipAt(model, now).decisions;
    assert.deepEqual(decisionAt(model, 'd2', now), all[1]);
    assert.deepEqual(decisionAt(model, 'd1', now), all[0]);
    assert.equal(decisionAt(model, 'd9', now), undefined);
    assert.equal(decisionAt(model, 'd2', now), decisionAt(model, 'd2', now), 'derived once per change and instant');
  });
});
