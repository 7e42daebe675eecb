/**
 * Core view at `now` -> shared/ui's LiveState props. Called on every render of the sidebar, so
 * the remaining time is always deadline − now (never a counted-down number).
 */
import type { MeetingState } from '../../shared/core/meeting-state';
import { viewAt } from '../../shared/core/session';
import type { LiveState, QueueEntry, TurnStatus } from '../../shared/ui/types';
import type { TurnMark } from '../../shared/core/round-view';

const STATUS: Record<TurnMark, TurnStatus> = { current: 'current', done: 'done', passed: 'passed', pending: 'waiting', skipped: 'done' };

export function liveStateOf(s: MeetingState, now: number, opts: { warnMs: number; extendMs: number; hints: Record<string, string> }): LiveState {
  const v = viewAt(s, now);
  const r = v.round;
  const name = (pid: string) => s.participants.get(pid)?.name ?? pid;
  const live = s.started && s.windowEnd === null;
  const running = !!r && r.status !== 'ended';
  const order: QueueEntry[] = r
    ? r.order.map((o) => ({ pid: o.pid, name: o.name, status: o.mark === 'pending' && o.pid === r.next ? 'next' : STATUS[o.mark] }))
    : [];
  const currentIndex = r?.current ? r.order.findIndex((o) => o.pid === r.current) : -1;
  return {
    round: r
      ? { rid: r.rid, kind: r.kind, ...(r.topic ? { topic: r.topic } : {}), order, hands: v.hands.map((pid) => ({ pid, name: name(pid) })), currentIndex, ended: r.status === 'ended' }
      : null,
    timer:
      running && r.remainingMs !== null && r.allottedMs !== null
        ? { remainingMs: r.remainingMs, totalMs: r.allottedMs, paused: r.status === 'paused', warnMs: opts.warnMs }
        : null,
    speakerName: r?.current ? name(r.current) : null,
    people: v.metrics.participants
      .filter((p) => p.counted || p.present)
      .map((p) => ({ pid: p.pid, name: p.name, talkMs: p.talkMs, share: p.share, fairShare: p.fairShare, turns: p.turns, quiet: p.quiet, dominant: p.dominant, speaking: p.speaking })),
    can: {
      next: live && running && r.status !== 'paused' && (r.next !== null || r.kind !== 'discussion'),
      pass: live && running && r.status !== 'paused' && r.current !== null,
      extend: live && running && r.status !== 'paused' && r.allottedMs !== null,
      pause: live && running && r.status === 'running',
      resume: live && running && r.status === 'paused',
      end: live && running,
    },
    extendMs: opts.extendMs,
    nudges: live && v.metrics.measured
      ? v.metrics.participants.filter((p) => p.notHeard || p.dominant).map((p) => ({ kind: p.notHeard ? ('notHeard' as const) : ('dominant' as const), pid: p.pid, name: p.name, share: p.share }))
      : [],
    hints: opts.hints,
  };
}
