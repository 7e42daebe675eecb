/**
 * A record's problem in the reader's language: validate.ts gives each problem a keyed problem
 * (l10n/keyed-problem.ts; and an English `message` for the CLI and logs), worded here with where
 * it is: a line of the file, or an event of a pushed record. Apart from validate.ts, which is in
 * the side panel's first load: only what shows a problem loads this (and a catalogue to word it).
 */
import type { CoreText } from '../l10n/core-text';
import { describeProblem } from '../l10n/keyed-problem';
import type { RecordProblem } from './record';
import type { FieldProblem } from './validate';

/** "line 12: field pid is missing", in `text`'s language. */
export function describeRecordProblem(p: RecordProblem, text: CoreText): string {
  return text.t('recordProblem.atLine', text.number(p.line), describeProblem(p, text));
}

/** "event 4: field pid is missing" (`event` counts from 1), in `text`'s language. */
export function describeEventProblem(event: number, p: FieldProblem, text: CoreText): string {
  return text.t('recordProblem.atEvent', text.number(event), describeProblem(p, text));
}
