/**
 * The summary as the JSON report writes it: the same value as `summarize(s, now, { leadership:
 * true })` (plus the record notes), except that each decision item's responses and objections
 * are JsonLists read from the trail while the pieces are written (render-json.ts), never built
 * as views first. A hostile record can hold 100,000 of each on one item: building them all,
 * then walking them to find the long lists, then stringifying, was a third of its report's time.
 * The text is byte for byte renderJson of the summary (tested).
 */
import type { MeetingState } from '../meeting/meeting-state';
import type { DecisionItem } from '../decisions/decision-trail';
import { objectionViews, responseViews, viewItem } from '../decisions/decision-view';
import { leadershipWith } from './leadership-summary';
import { JsonList } from './render-json';
import { inLanguage, summarize, type RecordNotes } from './summary';
import { ENGLISH_TEXT, type CoreText } from '../l10n/core-text';

function streamedItem(s: MeetingState, item: DecisionItem, now: number) {
  return {
    ...viewItem(s, item, now, false),
    responses: new JsonList(() => responseViews(s, item)),
    objections: new JsonList(() => objectionViews(s, item)),
  };
}

/**
 * The value to give jsonChunks for the report of `s` at `now` (`record`: what reading the file
 * left out, if anything), its one field of words in `text`'s language (inLanguage).
 */
export function summaryForJson(s: MeetingState, now: number, record: RecordNotes | null, text: CoreText = ENGLISH_TEXT): object {
  return { ...inLanguage(summarize(s, now), text), leadership: leadershipWith(s, now, streamedItem), ...(record ? { record } : {}) };
}
