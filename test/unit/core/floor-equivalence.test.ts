/**
 * The floor tracker as numbers in arrays (shared/core/talk/floor.ts) gives what the previous
 * implementation (one object per turn, sorted gap chunks; kept in ./previous/) gave: the same
 * snapshot (tallies, pair lists in roster order, median, held turns in order) after every step of
 * random speech, live and closed, for several minimum gaps and backchannel lengths, and the same
 * again from a copy to fold on taken midway.
 */
import { strict as assert } from 'node:assert';
import { seededRandom } from '../../../shared/core/rounds/orders';
import * as current from '../../../shared/core/talk/floor';
import * as previous from './previous/floor';

interface Step {
  kind: 'start' | 'end' | 'reset' | 'close';
  who?: number;
  t: number;
}

/** Speech as the ledger calls the tracker: no repeated start, an end only for who is speaking, time never going back. */
function script(seed: number, people: number, steps: number): Step[] {
  const rnd = seededRandom(seed);
  const speaking = new Set<number>();
  const out: Step[] = [];
  let t = 1_000_000;
  for (let i = 0; i < steps; i++) {
    const r = rnd();
    // Often no time passes (ties, zero-length intervals); otherwise short or long pauses.
    t += r < 0.25 ? 0 : r < 0.8 ? Math.floor(rnd() * 1_200) : Math.floor(rnd() * 6_000);
    if (rnd() < 0.004) {
      out.push({ kind: 'reset', t });
      continue;
    }
    const who = Math.floor(rnd() * people);
    if (speaking.has(who)) {
      speaking.delete(who);
      out.push({ kind: 'end', who, t });
    } else if (speaking.size < 4) {
      speaking.add(who);
      out.push({ kind: 'start', who, t });
    }
  }
  for (const who of speaking) out.push({ kind: 'end', who, t });
  out.push({ kind: 'close', t });
  return out;
}

const pid = (i: number) => `p${String.fromCharCode(97 + ((i * 7) % 26))}${i}`;

function apply(cur: current.FloorTracker, prev: previous.FloorTracker, s: Step, speaking: Set<number>): void {
  if (s.kind === 'start') {
    current.floorStart(cur, pid(s.who!), s.who!, s.t);
    previous.floorStart(prev, pid(s.who!), s.who!, s.t);
    speaking.add(s.who!);
  } else if (s.kind === 'end') {
    current.floorEnd(cur, s.who!, s.t);
    previous.floorEnd(prev, pid(s.who!), s.t);
    speaking.delete(s.who!);
  } else if (s.kind === 'reset') {
    const who = [...speaking].map((i) => ({ pid: pid(i), index: i }));
    current.floorReset(cur, s.t, who);
    previous.floorReset(prev, s.t, who);
  } else {
    current.floorClose(cur);
    previous.floorClose(prev);
  }
}

function same(cur: current.FloorTracker, prev: previous.FloorTracker, at: number, what: string): void {
  for (const pairs of [true, false]) {
    const a = current.floorSnapshot(cur, at, at - 1_000_000, { pairs });
    const b = previous.floorSnapshot(prev, at, at - 1_000_000, { pairs });
    // Without pairs (a live nudge's query) the median is not read either (floorSnapshot).
    const floor = pairs ? b.floor : { ...b.floor, medianGapMs: null };
    assert.deepEqual({ ...a, people: [...a.people] }, { ...b, floor, people: [...b.people] }, `${what}, at ${at}, pairs ${pairs}`);
  }
}

describe('floor tracker: same outputs as the previous implementation', () => {
  const settings = [
    { minGapMs: 1500, backchannelMs: 1000 },
    { minGapMs: 0, backchannelMs: 1000 },
    { minGapMs: 400, backchannelMs: 0 },
    { minGapMs: 3000, backchannelMs: 2500 },
  ];
  for (const { minGapMs, backchannelMs } of settings)
    it(`after every step of random speech, live and closed (minGapMs ${minGapMs}, backchannelMs ${backchannelMs})`, () => {
      let changes = 0;
      for (let seed = 1; seed <= 8; seed++) {
        const steps = script(seed * 31 + minGapMs, 2 + (seed % 6), 800);
        const cur = current.createFloor(minGapMs, backchannelMs);
        const prev = previous.createFloor(minGapMs, backchannelMs);
        const speaking = new Set<number>();
        let copies: [current.FloorTracker, previous.FloorTracker] | null = null;
        steps.forEach((s, i) => {
          // Compared so far (a reset starts the tallies again).
          if (s.kind === 'reset') changes += current.floorSnapshot(cur, s.t, 1).floor.changes;
          apply(cur, prev, s, speaking);
          same(cur, prev, s.t, `seed ${seed} step ${i}`);
          if (i % 50 === 7) same(cur, prev, s.t + (i % 3) * minGapMs + 1, `seed ${seed} step ${i}, later`);
          // A copy to fold on, taken midway, goes on as the original does.
          if (i === 300) copies = [current.cloneFloor(cur, { for: 'fold' }), previous.cloneFloor(prev, { for: 'fold' })];
        });
        changes += current.floorSnapshot(cur, 0, 1).floor.changes;
        if (copies) {
          const [c, p] = copies as [current.FloorTracker, previous.FloorTracker];
          const speakingThen = new Set<number>();
          steps.slice(0, 301).forEach((s) => (s.kind === 'start' ? speakingThen.add(s.who!) : s.kind === 'end' ? speakingThen.delete(s.who!) : undefined));
          steps.slice(301).forEach((s, i) => {
            apply(c, p, s, speakingThen);
            same(c, p, s.t, `copy, seed ${seed} step ${301 + i}`);
          });
          assert.deepEqual(current.floorSnapshot(c, 0, 1), current.floorSnapshot(cur, 0, 1), 'the copy ends where the original did');
        }
      }
      assert.ok(changes > 400, `${changes} floor changes compared`);
    });
});
