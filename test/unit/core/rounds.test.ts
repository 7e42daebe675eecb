import { strict as assert } from 'node:assert';
import { ManualClock } from '../../../shared/core/meeting/clock';
import type { MeetingEvent } from '../../../shared/core/record/events';
import { MeetingSession } from '../../../shared/core/meeting/session';
import type { RoundCommand } from '../../../shared/core/rounds/round-commands';
import { T0 } from '../../fakes/events';

/** A session over a ManualClock with a, b, c joined at T0 and an in-memory sink. */
async function setup(pids = ['a', 'b', 'c']) {
  const clock = new ManualClock(T0);
  const log: MeetingEvent[] = [];
  const s = new MeetingSession(clock, { append: (e) => void log.push(e) });
  await s.record({ type: 'meeting.started', id: 'm', title: 'T' }, ...pids.map((pid) => ({ type: 'participant.joined' as const, pid, name: pid.toUpperCase() })));
  return { clock, log, s };
}

async function must(s: MeetingSession, cmd: RoundCommand) {
  const r = await s.command(cmd);
  assert.ok(r.ok, r.ok ? '' : `${cmd.type}: ${r.error.code} ${r.error.message}`);
  return r;
}

describe('core/rounds', () => {
  it('go-around: turns in order, marks, then next ends the round', async () => {
    const { s, clock } = await setup();
    await must(s, { type: 'start', kind: 'go-around', slotMs: 60_000 });
    let v = s.round()!;
    assert.equal(v.current, 'a');
    assert.equal(v.next, 'b');
    clock.advance(10_000);
    await must(s, { type: 'pass' });
    v = s.round()!;
    assert.equal(v.current, 'b');
    assert.deepEqual(v.order.map((o) => o.mark), ['passed', 'current', 'pending']);
    await must(s, { type: 'next' });
    await must(s, { type: 'next' });
    assert.equal(s.round(), null);
    assert.equal(s.state.rounds[0]!.status, 'ended');
  });

  it('remaining time comes from timestamps and paused spans, not ticks', async () => {
    const { s, clock } = await setup();
    await must(s, { type: 'start', kind: 'check-in', slotMs: 60_000 });
    clock.advance(20_000);
    assert.equal(s.round()!.remainingMs, 40_000);
    await must(s, { type: 'pause' });
    clock.advance(300_000);
    assert.equal(s.round()!.remainingMs, 40_000, 'frozen while paused');
    assert.equal(s.round()!.status, 'paused');
    await must(s, { type: 'resume' });
    clock.advance(10_000);
    assert.equal(s.round()!.remainingMs, 30_000);
    await must(s, { type: 'extend', ms: 30_000 });
    assert.equal(s.round()!.remainingMs, 60_000);
    clock.advance(72_000);
    assert.equal(s.round()!.remainingMs, -12_000);
    assert.equal(s.round()!.overtimeMs, 12_000);
  });

  it('each turn records allotted versus measured speech', async () => {
    const { s, clock } = await setup(['a', 'b']);
    await must(s, { type: 'start', kind: 'go-around', slotMs: 90_000 });
    clock.advance(1_000);
    await s.record({ type: 'speech.started', pid: 'a' });
    clock.advance(40_000);
    await s.record({ type: 'speech.ended', pid: 'a' });
    await must(s, { type: 'next' });
    await s.record({ type: 'speech.started', pid: 'b' });
    clock.advance(102_000);
    await must(s, { type: 'next' });
    const r = s.state.rounds[0]!;
    assert.deepEqual(
      r.turns.map((t) => t.spokeMs),
      [40_000, 102_000],
    );
  });

  it('counts cross-talk in the turn it happened in: live for the open turn, kept when it closes', async () => {
    // Dolores's turn: she speaks 11 s, Ada 20 s (overlapping or not), Bo a 0.5 s "mm-hm"; extended by 30 s.
    const { s, clock } = await setup(['dolores', 'ada', 'bo']);
    await s.record({ type: 'speech.started', pid: 'ada' });
    clock.advance(5_000);
    await s.record({ type: 'speech.ended', pid: 'ada' }); // before the round: not cross-talk
    await must(s, { type: 'start', kind: 'go-around', slotMs: 35_000 });
    await s.record({ type: 'speech.started', pid: 'dolores' });
    clock.advance(11_000);
    await s.record({ type: 'speech.ended', pid: 'dolores' }, { type: 'speech.started', pid: 'ada' });
    clock.advance(12_000);
    assert.deepEqual(s.round()!.turns[0]!.crossTalk.map((c) => [c.pid, c.ms]), [['ada', 12_000]], 'live, while Ada still talks');
    await must(s, { type: 'extend', ms: 30_000 });
    await s.record({ type: 'speech.started', pid: 'bo' });
    clock.advance(500);
    await s.record({ type: 'speech.ended', pid: 'bo' });
    clock.advance(7_500);
    await s.record({ type: 'speech.ended', pid: 'ada' });
    await must(s, { type: 'next' });
    clock.advance(3_000);
    await s.record({ type: 'speech.started', pid: 'dolores' }); // after the turn: not counted in it
    clock.advance(3_000);
    const turn = s.round()!.turns[0]!;
    assert.deepEqual(turn.crossTalk.map((c) => [c.name, c.ms]), [['ADA', 20_000], ['BO', 500]]);
    assert.equal(turn.extendedMs, 30_000);
    assert.equal(turn.allottedMs, 65_000);
    assert.equal(turn.spokeMs, 11_000);
    assert.deepEqual(s.round()!.turns[1]!.crossTalk.map((c) => [c.pid, c.ms]), [['dolores', 3_000]]);
  });

  it('one box for the whole round', async () => {
    const { s, clock } = await setup();
    await must(s, { type: 'start', kind: 'go-around', slotMs: 120_000, box: 'round' });
    clock.advance(50_000);
    await must(s, { type: 'next' });
    clock.advance(20_000);
    const v = s.round()!;
    assert.equal(v.remainingMs, 50_000);
    assert.equal(v.turns[1]!.allottedMs, null);
  });

  it('skip leaves the skipped person marked and not next', async () => {
    const { s } = await setup();
    await must(s, { type: 'start', kind: 'go-around', slotMs: 0 });
    await must(s, { type: 'skip' });
    const v = s.round()!;
    assert.equal(v.current, 'c');
    assert.deepEqual(v.order.map((o) => o.mark), ['done', 'skipped', 'current']);
    assert.equal(v.remainingMs, null, 'slot 0 is untimed');
  });

  it('rotate: whoever began last time begins last; quietest-first by talk, ties by roster', async () => {
    const { s, clock } = await setup();
    await must(s, { type: 'start', kind: 'check-in', slotMs: 0 });
    await must(s, { type: 'end' });
    await must(s, { type: 'start', kind: 'check-in', slotMs: 0, strategy: 'rotate' });
    assert.deepEqual(s.state.activeRound!.order, ['b', 'c', 'a']);
    await must(s, { type: 'end' });
    await s.record({ type: 'speech.started', pid: 'a' });
    clock.advance(5_000);
    await s.record({ type: 'speech.ended', pid: 'a' }, { type: 'speech.started', pid: 'c' });
    clock.advance(1_000);
    await must(s, { type: 'start', kind: 'go-around', slotMs: 0, strategy: 'quietest-first' });
    assert.deepEqual(s.state.activeRound!.order, ['b', 'c', 'a']);
  });

  it('seeded shuffle is deterministic and a permutation', async () => {
    const orders: string[][] = [];
    for (let i = 0; i < 2; i++) {
      const { s } = await setup(['a', 'b', 'c', 'd', 'e', 'f']);
      await must(s, { type: 'start', kind: 'go-around', slotMs: 0, strategy: 'shuffle', seed: 42 });
      orders.push(s.state.activeRound!.order);
    }
    assert.deepEqual(orders[0], orders[1]);
    assert.deepEqual(orders[0]!.slice().sort(), ['a', 'b', 'c', 'd', 'e', 'f']);
  });

  it('discussion queue: first come, or by measured deficit', async () => {
    for (const [queue, want] of [
      ['fifo', 'a'],
      ['deficit', 'c'],
    ] as const) {
      const { s, clock } = await setup();
      await s.record({ type: 'speech.started', pid: 'a' });
      clock.advance(30_000);
      await s.record({ type: 'speech.ended', pid: 'a' }, { type: 'speech.started', pid: 'b' });
      clock.advance(10_000);
      await s.record({ type: 'speech.ended', pid: 'b' });
      await must(s, { type: 'start', kind: 'discussion', slotMs: 0, queue });
      await must(s, { type: 'raise', pid: 'a' });
      await must(s, { type: 'raise', pid: 'b' });
      await must(s, { type: 'raise', pid: 'c' });
      assert.equal(s.round()!.next, want, queue);
      await must(s, { type: 'next' });
      assert.equal(s.round()!.current, want);
      assert.equal(s.view().hands.length, 2, 'the speaker left the queue');
    }
  });

  const errors: [string, RoundCommand[], RoundCommand, string][] = [
    ['next with no round', [], { type: 'next' }, 'no-active-round'],
    ['next after end', [{ type: 'start', kind: 'go-around', slotMs: 0 }, { type: 'end' }], { type: 'next' }, 'no-active-round'],
    ['second start', [{ type: 'start', kind: 'go-around', slotMs: 0 }], { type: 'start', kind: 'go-around', slotMs: 0 }, 'round-active'],
    ['extend while paused', [{ type: 'start', kind: 'go-around', slotMs: 1000 }, { type: 'pause' }], { type: 'extend', ms: 1000 }, 'round-paused'],
    ['resume while running', [{ type: 'start', kind: 'go-around', slotMs: 1000 }], { type: 'resume' }, 'not-paused'],
    ['turn for an outsider', [{ type: 'start', kind: 'go-around', slotMs: 0, participants: ['a', 'b'] }], { type: 'turn', pid: 'c' }, 'not-in-round'],
    ['turn for a stranger', [{ type: 'start', kind: 'go-around', slotMs: 0 }], { type: 'turn', pid: 'zz' }, 'unknown-participant'],
    ['extend an untimed round', [{ type: 'start', kind: 'go-around', slotMs: 0 }], { type: 'extend', ms: 1000 }, 'untimed'],
    ['negative extension', [{ type: 'start', kind: 'go-around', slotMs: 1000 }], { type: 'extend', ms: -5 }, 'invalid-command'],
    ['NaN slot', [], { type: 'start', kind: 'go-around', slotMs: NaN }, 'invalid-command'],
    ['bad kind', [], { type: 'start', kind: 'chat' as never, slotMs: 0 }, 'invalid-command'],
    ['duplicate participant', [], { type: 'start', kind: 'go-around', slotMs: 0, participants: ['a', 'a'] }, 'duplicate-participant'],
    ['empty order', [], { type: 'start', kind: 'go-around', slotMs: 0, participants: [] }, 'empty-order'],
    ['turn in a silent round', [{ type: 'start', kind: 'silent', slotMs: 60_000 }], { type: 'next' }, 'no-turns'],
    ['next in an empty queue', [{ type: 'start', kind: 'discussion', slotMs: 0 }], { type: 'next' }, 'nobody-next'],
    ['raise twice', [{ type: 'raise', pid: 'a' }], { type: 'raise', pid: 'a' }, 'hand-already-raised'],
    ['lower unraised', [], { type: 'lower', pid: 'a' }, 'hand-not-raised'],
    ['unknown command', [], { type: 'dance' } as never, 'invalid-command'],
  ];
  for (const [name, before, cmd, code] of errors)
    it(`refuses ${name} with ${code} and leaves state alone`, async () => {
      const { s, log } = await setup();
      for (const c of before) await must(s, c);
      const n = log.length;
      const snapshot = JSON.stringify(s.view());
      const r = await s.command(cmd);
      assert.equal(r.ok, false);
      if (!r.ok) assert.equal(r.error.code, code);
      assert.equal(log.length, n);
      assert.equal(JSON.stringify(s.view()), snapshot);
    });

  it('commands after meeting.ended are refused', async () => {
    const { s } = await setup();
    await s.record({ type: 'meeting.ended' });
    const r = await s.command({ type: 'start', kind: 'go-around', slotMs: 0 });
    assert.equal(r.ok ? '' : r.error.code, 'meeting-ended');
  });
});
