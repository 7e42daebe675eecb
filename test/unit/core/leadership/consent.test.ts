/** decideConsent's refusals, one row each: a typed error, never a throw, never an event. */
import { strict as assert } from 'node:assert';
import type { ConsentCommand } from '../../../../shared/core/decisions/consent';
import { liveMeeting } from './helpers';

const rights = { initiator: 'ana', deciders: ['ben', 'cy'], contributors: [], informed: [] };

/** A meeting with item d1 proposed, and Cy's objection open on item d2. */
async function setup() {
  const m = await liveMeeting();
  await m.must({ type: 'propose', did: 'd1', title: 'One', rights });
  await m.must({ type: 'propose', did: 'd2', title: 'Two', rights });
  await m.must({ type: 'respond', did: 'd2', pid: 'cy', response: 'objection', reason: 'No' });
  return m;
}

describe('core/leadership/consent commands', () => {
  const refused: [string, ConsentCommand, string][] = [
    ['an unknown command', { type: 'vote' } as never, 'invalid-command'],
    ['a proposal without a title', { type: 'propose', title: ' ', rights }, 'invalid-command'],
    ['a proposal without deciders', { type: 'propose', title: 'T', rights: { ...rights, deciders: [] } }, 'no-deciders'],
    ['rights that are not pids', { type: 'propose', title: 'T', rights: { ...rights, informed: [3] } as never }, 'invalid-command'],
    ['a proposal reusing a did', { type: 'propose', did: 'd1', title: 'T', rights }, 'duplicate-item'],
    ['a command for an unknown item', { type: 'respond', did: 'zz', pid: 'ben', response: 'consent' }, 'unknown-item'],
    ['an answer that is not consent, concern or objection', { type: 'respond', did: 'd1', pid: 'ben', response: 'maybe' as never }, 'invalid-command'],
    ['resolving where nobody objected', { type: 'resolve', did: 'd1', pid: 'ben' }, 'no-open-objection'],
    ['recording without an outcome', { type: 'record', did: 'd1', outcome: '' }, 'invalid-command'],
    ['recording a blocked item', { type: 'record', did: 'd2', outcome: 'x' }, 'blocked'],
    ['a consent round with no decider in the meeting', { type: 'start-round', did: 'd1', slotMs: 1000 }, 'no-deciders'],
    ['a consent round with a bad slot', { type: 'start-round', did: 'd2', slotMs: -1 }, 'invalid-command'],
  ];
  for (const [what, cmd, code] of refused)
    it(`refuses ${what}: ${code}`, async () => {
      const m = await setup();
      if (cmd.type === 'start-round' && cmd.did === 'd1') await m.record({ type: 'participant.left', pid: 'ben' }, { type: 'participant.left', pid: 'cy' });
      const before = m.session.events.length;
      const r = m.consent(cmd);
      assert.equal(r.ok ? 'ok' : r.error.code, code);
      assert.equal(m.session.events.length, before);
    });

  it('proposes with a fresh did when none is given', async () => {
    const m = await setup();
    const r = m.consent({ type: 'propose', title: 'Three', rights });
    assert.ok(r.ok);
    assert.equal(r.events[0]!.type === 'decision.proposed' && r.events[0]!.did, 'd3');
  });

  it('after the meeting: no proposals, rounds or answers, but objections can still be met and the item recorded', async () => {
    const m = await setup();
    await m.record({ type: 'meeting.ended' });
    for (const cmd of [{ type: 'propose', title: 'T', rights }, { type: 'start-round', did: 'd1', slotMs: 0 }, { type: 'respond', did: 'd1', pid: 'ben', response: 'consent' }] as ConsentCommand[]) {
      const r = m.consent(cmd);
      assert.equal(r.ok ? 'ok' : r.error.code, 'meeting-ended', cmd.type);
    }
    await m.must({ type: 'resolve', did: 'd2', pid: 'cy', how: 'Talked after the call' });
    await m.must({ type: 'record', did: 'd2', outcome: 'Yes' });
    assert.equal(m.items()[1]!.status, 'decided');
  });

  it('recording while the item’s consent round still runs ends the round first', async () => {
    const m = await setup();
    await m.must({ type: 'start-round', did: 'd1', slotMs: 0 });
    await m.must({ type: 'respond', did: 'd1', pid: 'ben', response: 'consent' });
    const events = await m.must({ type: 'record', did: 'd1', outcome: 'Done' });
    assert.deepEqual(events.map((e) => e.type), ['round.ended', 'decision.recorded']);
    assert.equal(m.session.round(), null);
    assert.deepEqual(m.items()[0]!.rounds, [m.session.state.rounds[0]!.rid]);
  });

  it('a paused consent round takes no answers', async () => {
    const m = await setup();
    await m.must({ type: 'start-round', did: 'd1', slotMs: 60_000 });
    await m.session.command({ type: 'pause' });
    const r = m.consent({ type: 'respond', did: 'd1', pid: 'ben', response: 'consent' });
    assert.equal(r.ok ? 'ok' : r.error.code, 'round-paused');
  });
});
