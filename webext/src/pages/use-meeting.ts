/**
 * The meeting a page shows, pushed by the worker (MeetingFollower) and folded once per change
 * by the shared/ui MeetingModel. `now` moves once a second only to redraw: every figure is
 * computed from event timestamps at render time, so a throttled or suspended page never drifts.
 * `tickMs` 0 redraws on changes only.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { MeetingModel } from '../../../shared/ui/meeting-model';
import type { MeetingStatus } from '../views';
import { MeetingFollower } from './meeting-follower';

export interface MeetingView {
  status: MeetingStatus;
  loaded: boolean;
  model: MeetingModel;
  /** Changes with every pushed event (for memoising on it). */
  version: number;
  now: number;
}

export function useMeeting(id?: string, options: { tickMs?: number; redrawOnEvents?: boolean } = {}): MeetingView {
  const { tickMs = 1000, redrawOnEvents = true } = options;
  // redrawOnEvents false: pushes are folded at once, drawn at the next tick (a page whose figures need not move per event).
  // One follower (and port) per meeting followed; it connects at once and closes with the page.
  const follower = useMemo(() => new MeetingFollower(id), [id]);
  const [, setRedraw] = useState(0);
  const [now, setNow] = useState(Date.now());

  useEffect(() => {
    const redraw = () => {
      setNow(Date.now());
      setRedraw((n) => n + 1);
    };
    const off = follower.subscribe((kind) => (redrawOnEvents || kind !== 'events' ? redraw() : undefined));
    return () => {
      off();
      follower.close();
    };
  }, [follower, redrawOnEvents]);

  useEffect(() => {
    if (!tickMs) return;
    const timer = setInterval(() => setNow(Date.now()), tickMs);
    return () => clearInterval(timer);
  }, [tickMs]);

  return { status: follower.status, loaded: follower.loaded, model: follower.model, version: follower.model.version, now };
}
