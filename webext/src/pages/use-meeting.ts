/**
 * The live meeting as a page sees it: the persisted record, sorted and folded with the core,
 * refetched when the worker announces a change. `now` moves once a second only to redraw:
 * every figure is computed from event timestamps at render time, so a throttled or suspended
 * page never drifts.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { computeMetrics, type MeetingMetrics } from '../../../shared/core/talk/metrics';
import { createMeetingState, foldEvents, type MeetingState } from '../../../shared/core/meeting/meeting-state';
import { sortByTime } from '../../../shared/core/record/record';
import type { MeetingSnapshot } from '../messages';
import { getMeeting, onChanged } from './connection';

export interface MeetingView {
  snapshot: MeetingSnapshot | null;
  state: MeetingState | null;
  metrics: MeetingMetrics | null;
  now: number;
  error: string | null;
  reload(): void;
}

export function useMeeting(id?: string, tickMs = 1000): MeetingView {
  const [snapshot, setSnapshot] = useState<MeetingSnapshot | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [now, setNow] = useState(Date.now());
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let alive = true;
    getMeeting(id).then(
      (s) => alive && (setSnapshot(s), setError(null)),
      (e: unknown) => alive && setError(String(e)),
    );
    return () => {
      alive = false;
    };
  }, [id, version]);

  useEffect(() => onChanged(() => setVersion((v) => v + 1)), []);

  useEffect(() => {
    if (!tickMs) return;
    const timer = setInterval(() => setNow(Date.now()), tickMs);
    return () => clearInterval(timer);
  }, [tickMs]);

  const state = useMemo(() => (snapshot?.meeting ? foldEvents(sortByTime(snapshot.events), createMeetingState()) : null), [snapshot]);
  const metrics = state ? computeMetrics(state, now) : null;
  return { snapshot, state, metrics, now, error, reload: () => setVersion((v) => v + 1) };
}
