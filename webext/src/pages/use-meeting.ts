/**
 * The meeting a page shows, pushed by the worker (MeetingFollower) and folded once per change
 * by the shared/ui FoldedModel. `now` moves once a second only to redraw: every figure is
 * computed from event timestamps at render time, so a throttled or suspended page never drifts.
 * `tickMs` 0 redraws on changes only.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { FoldedModel } from '../../../shared/ui/folded-model';
import type { MeetingStatus } from '../views';
import { MeetingFollower } from './meeting-follower';

export interface MeetingView<M extends FoldedModel | null = FoldedModel> {
  status: MeetingStatus;
  loaded: boolean;
  /** Null while a model given as a promise loads (MeetingFollower). */
  model: M;
  /** Changes with every pushed event (for memoising on it). */
  version: number;
  now: number;
}

/**
 * Pushed speech is drawn at most this often. A busy call makes about 8 speech events a second;
 * drawing each costs the panel a render of every row, and talk times read to the second move
 * no faster than this. Somebody's act (Next, a hand, a decision), a record and a status change
 * (a new meeting, health, the end) are drawn at once: whoever acted sees it when they did.
 */
export const EVENT_REDRAW_MS = 500;
/** How early a push may come and still be drawn at once (see `soon`). */
const REDRAW_SLACK_MS = 25;

interface UseMeetingOptions {
  tickMs?: number;
  redrawOnEvents?: boolean;
}

/**
 * `model` makes the copy of each meeting followed: a model, or the promise of one (the side panel
 * loads the model's code beside the connection; until it is there, `model` is null).
 */
export function useMeeting(id: string | undefined, model: () => FoldedModel, options?: UseMeetingOptions): MeetingView;
export function useMeeting(id: string | undefined, model: () => Promise<FoldedModel>, options?: UseMeetingOptions): MeetingView<FoldedModel | null>;
export function useMeeting(id: string | undefined, model: () => FoldedModel | Promise<FoldedModel>, options: UseMeetingOptions = {}): MeetingView<FoldedModel | null> {
  const { tickMs = 1000, redrawOnEvents = true } = options;
  // redrawOnEvents false: pushes are folded at once, drawn at the next tick (a page whose figures need not move per event).
  // One follower (and port) per meeting followed; it connects at once and closes with the page (`model` is called once per follower).
  const follower = useMemo(() => new MeetingFollower(id, model()), [id]);
  const [, setRedraw] = useState(0);
  const [now, setNow] = useState(Date.now());

  useEffect(() => () => follower.close(), [follower]);

  useEffect(() => {
    let pending: ReturnType<typeof setTimeout> | null = null;
    let drawn = 0;
    const redraw = () => {
      if (pending !== null) clearTimeout(pending);
      pending = null;
      drawn = Date.now();
      setNow(drawn);
      setRedraw((n) => n + 1);
    };
    // Speech coalesces: the first after a quiet spell is drawn at once, the rest of a burst with it
    // EVENT_REDRAW_MS later. At once means in the push's own task, not a timer's: the worker sends
    // a busy call's speech every EVENT_REDRAW_MS (view-hub.ts), and a push that comes a few ms
    // early is drawn with it rather than by a timer task of its own (issue 9).
    const soon = () => {
      if (pending !== null) return;
      const wait = drawn + EVENT_REDRAW_MS - Date.now();
      if (wait <= REDRAW_SLACK_MS) redraw();
      else pending = setTimeout(redraw, wait);
    };
    const off = follower.subscribe((kind) => {
      if (kind === 'record' || kind === 'status') redraw();
      else if (redrawOnEvents && kind === 'speech') soon();
      else if (redrawOnEvents) redraw();
    });
    // The clock moves once a tick, unless a drawn event already moved it within that tick.
    const timer = tickMs
      ? setInterval(() => {
          if (Date.now() - drawn >= tickMs - 50) {
            drawn = Date.now();
            setNow(drawn);
          }
        }, tickMs)
      : null;
    return () => {
      off();
      if (pending !== null) clearTimeout(pending);
      if (timer !== null) clearInterval(timer);
    };
  }, [follower, redrawOnEvents, tickMs]);

  return { status: follower.status, loaded: follower.loaded, model: follower.model, version: follower.model?.version ?? 0, now };
}
