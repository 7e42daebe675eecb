/**
 * A view's model whose fold parts (agenda, decision trail, debrief: core meeting-parts.ts) come
 * later, as the side panel loads them: what needs them waits for them, the rest is folded at once,
 * and the state ends equal to a model that had every part from the start.
 */
import { strict as assert } from 'node:assert';
import { MEETING_PARTS } from '../../../shared/core/meeting/meeting-parts';
import { partEvent, type MeetingParts } from '../../../shared/core/meeting/meeting-state';
import { checkEvent } from '../../../shared/core/record/record';
import { FoldedModel } from '../../../shared/ui/folded-model';
import { MeetingModel } from '../../../shared/ui/meeting-model';
import { at, decisionTrail, meeting, speak } from '../../fakes/events';

/** A plan of two items, the first in play while a round runs and the decision trail goes on. */
const agenda = () => [
  at(500, { type: 'agenda.set', items: [{ aid: 'a1', title: 'Rota', kind: 'decision', boxMs: 600_000 }, { aid: 'a2', title: 'AOB', kind: 'discussion', boxMs: 300_000 }] }),
  at(600, { type: 'agenda.started', aid: 'a1' }),
  at(700, { type: 'round.started', rid: 'r1', kind: 'go-around', order: ['ana', 'ben', 'cy'], slotMs: 60_000, box: 'turn' }),
];

/** A model without parts, whose parts arrive when `give` is called (or fail with `fail`). */
function later() {
  const model = new FoldedModel({ parts: null }, checkEvent);
  let give!: (p: MeetingParts) => void;
  let fail!: (e: unknown) => void;
  model.loadParts(new Promise<MeetingParts>((resolve, reject) => ((give = resolve), (fail = reject))));
  return { model, give: () => give(MEETING_PARTS), fail: () => fail(new Error('chunk not found')) };
}

describe('shared/ui FoldedModel with its fold parts loaded later', () => {
  const plain = meeting(['ana', 'ben', 'cy'], [...speak('ana', 1_000, 5_000), ...speak('ben', 4_000, 9_000)]);
  const withParts = [...agenda(), ...decisionTrail()].sort((a, b) => a.t - b.t).map((e) => ({ ...e, t: e.t + 10_000 }));

  it('partEvent names exactly the agenda, decision, consent, objection and debrief events', () => {
    assert.deepEqual(
      [...plain, ...withParts].filter(partEvent).map((e) => e.type),
      withParts.filter((e) => e.type !== 'round.started' && e.type !== 'speech.started' && e.type !== 'speech.ended' && e.type !== 'facilitator.changed').map((e) => e.type),
    );
    assert.equal(partEvent({ type: 'round.started' }), false);
    assert.equal(partEvent(null), false);
  });

  it('folds a record without their events at once; one with them waits, then ends as with every part', async () => {
    const { model, give } = later();
    assert.equal(model.waitFor(plain), null, 'nothing to wait for');
    assert.equal(model.reset(plain), 'ok');
    const wait = model.waitFor(withParts);
    assert.ok(wait, 'the agenda and decisions wait for the parts');
    give();
    await wait;
    assert.equal(model.waitFor(withParts), null);
    assert.equal(model.apply(model.seq + 1, withParts), 'ok');
    const full = new MeetingModel();
    full.reset([...plain, ...withParts]);
    assert.deepEqual(model.state, full.state);
    assert.equal(model.state.trail.items.length, 1);
    assert.equal(model.state.agenda.active?.aid, 'a1');
    assert.deepEqual(model.live(withParts.at(-1)!.t).agenda, full.live(withParts.at(-1)!.t).agenda);
    // A reset (a resync) keeps the parts.
    assert.equal(model.reset([...plain, ...withParts]), 'ok');
    assert.deepEqual(model.state, full.state);
  });

  it('back-dated events after the parts came fold as with them from the start (rebuilt from the checkpoint)', async () => {
    const { model, give } = later();
    model.reset(plain);
    give();
    await model.waitFor(withParts);
    const late = withParts.slice().reverse();
    assert.equal(model.apply(model.seq + 1, late), 'ok');
    const full = new MeetingModel();
    full.reset([...plain, ...late]);
    assert.deepEqual(model.state, full.state);
  });

  it('if the parts fail to load, it stops before the first event that needs them', async () => {
    const { model, fail } = later();
    model.reset(plain);
    const wait = model.waitFor(withParts);
    fail();
    await wait;
    assert.equal(model.waitFor(withParts), null, 'nothing more to wait for');
    const seq = model.seq;
    assert.equal(model.apply(seq + 1, withParts), 'invalid');
    assert.equal(model.partsMissing, true);
    assert.equal(model.seq, seq, 'nothing of it folded');
    assert.equal(model.apply(seq + 1, speak('cy', 20_000, 21_000)), 'invalid', 'stopped');
  });
});
