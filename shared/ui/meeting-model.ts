/**
 * A view's copy of a meeting (FoldedModel, folded-model.ts) that validates every event it is
 * given with the record's validator (checkEvent): for views whose sender does not check what it
 * sends (the VS Code webview: its host forwards the record as read) and for the tests. It folds
 * with every part from the start (meeting-state.ts, MEETING_PARTS).
 */
import { checkEvent } from '../core/record/record';
import type { FoldSettings } from '../core/meeting/time-ordered-fold';
import { MEETING_PARTS } from '../core/meeting/meeting-parts';
import { FoldedModel } from './folded-model';

export { FoldedModel, type ApplyResult, type EventProblem } from './folded-model';

export class MeetingModel extends FoldedModel {
  constructor(options: FoldSettings = {}) {
    super({ ...options, parts: MEETING_PARTS }, checkEvent);
  }
}
