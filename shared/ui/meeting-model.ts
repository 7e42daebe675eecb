/**
 * A view's copy of a meeting (FoldedModel, folded-model.ts) that validates every event it is
 * given with the record's validator (checkEvent): for views whose sender does not check what it
 * sends (the VS Code webview: its host forwards the record as read) and for the tests.
 */
import { checkEvent } from '../core/record/record';
import type { TimeOrderedFoldOptions } from '../core/meeting/time-ordered-fold';
import { FoldedModel } from './folded-model';

export { FoldedModel, type ApplyResult, type EventProblem } from './folded-model';

export class MeetingModel extends FoldedModel {
  constructor(options: TimeOrderedFoldOptions = {}) {
    super(options, checkEvent);
  }
}
