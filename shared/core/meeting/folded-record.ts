/**
 * What the live session (core) and a view's model (shared/ui MeetingModel) both are: a record
 * held by one time-ordered fold, read the same way (its state, its events, its last seq).
 */
import type { MeetingEvent } from '../record/events';
import type { MeetingState } from './meeting-state';
import { TimeOrderedFold, type TimeOrderedFoldOptions } from './time-ordered-fold';

export abstract class FoldedRecord {
  protected fold: TimeOrderedFold;

  constructor(options: TimeOrderedFoldOptions) {
    this.fold = new TimeOrderedFold(options);
  }

  /** The one fold of every event, in time order. */
  get state(): MeetingState {
    return this.fold.state;
  }
  /** Every event in stored order (the record): event n is events[n - 1]. */
  get events(): readonly MeetingEvent[] {
    return this.fold.events;
  }
  /** The seq of the last event held (0: none). */
  get seq(): number {
    return this.fold.events.length;
  }
}
