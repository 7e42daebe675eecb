/**
 * A synthetic meeting record for the benchmark: `n` events, 24 participants. The mix follows
 * what a call page produces: mostly speech start/end (flicker, up to 3 overlapping), plus
 * round starts and turns, round controls (pause, resume, extend, end), hands raised and
 * lowered, leaves with rejoins, decisions and renames. For 1M events (seed 1) that is 416
 * rounds with 6,841 turns, as counted by the fold. Deterministic (seeded).
 */
import type { MeetingEvent } from '../../shared/core/record/events';
import { seededRandom } from '../../shared/core/rounds/orders';

export function generateMeeting(n: number, seed = 1): MeetingEvent[] {
  const rnd = seededRandom(seed);
  const pids = Array.from({ length: 24 }, (_, i) => `p${i}`);
  const out: MeetingEvent[] = [];
  let t = 1_767_603_600_000;
  const push = (e: Record<string, unknown>) => out.push({ v: 1, t, ...e } as MeetingEvent);
  push({ type: 'meeting.started', id: 'bench', title: 'Bench meeting', facilitator: 'p0' });
  for (const pid of pids) push({ type: 'participant.joined', pid, name: `Person ${pid}` });
  const speaking = new Set<string>();
  let round = 0;
  let inRound = false;
  while (out.length < n - 1) {
    t += Math.floor(rnd() * 900);
    const r = rnd();
    const pid = pids[Math.floor(rnd() * pids.length)]!;
    if (r < 0.961) {
      if (speaking.has(pid)) {
        speaking.delete(pid);
        push({ type: 'speech.ended', pid });
      } else if (speaking.size < 3) {
        speaking.add(pid);
        push({ type: 'speech.started', pid });
      }
    } else if (r < 0.963) {
      if (!inRound) {
        round++;
        inRound = true;
        push({ type: 'round.started', rid: `r${round}`, kind: 'go-around', topic: 'Bench', order: pids, slotMs: 60_000 });
      } else push({ type: 'round.turn', rid: `r${round}`, pid });
    } else if (r < 0.9635) {
      if (inRound) {
        const k = Math.floor(rnd() * 4);
        const type = ['round.paused', 'round.resumed', 'round.extended', 'round.ended'][k]!;
        push(type === 'round.extended' ? { type, rid: `r${round}`, ms: 30_000 } : { type, rid: `r${round}` });
        if (type === 'round.ended') inRound = false;
      }
    } else if (r < 0.9785) push({ type: rnd() < 0.5 ? 'hand.raised' : 'hand.lowered', pid });
    else if (r < 0.9885) {
      speaking.delete(pid);
      push({ type: 'participant.left', pid });
      push({ type: 'participant.joined', pid, name: `Person ${pid}` });
    } else if (r < 0.9895) push({ type: 'decision.recorded', did: `d${out.length}`, title: 'A decision', outcome: 'consent', rights: { initiator: pid, deciders: [pid], contributors: [], informed: [] } });
    else push({ type: 'participant.renamed', pid, name: `Person ${pid} (${Math.floor(rnd() * 10)})` });
  }
  push({ type: 'meeting.ended' });
  return out;
}
