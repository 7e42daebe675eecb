/**
 * A record's problem in the reader's language: validate.ts gives each problem a language-neutral
 * key and arguments (and an English `message` for the CLI and logs); this words it through the
 * core catalogue. A separate file because validate.ts is in the side panel's first load and the
 * catalogue must not be (NOT_UP_FRONT in esbuild.config.mjs).
 */
import type { CoreMessageKey } from '../l10n/core-messages';
import type { CoreText } from '../l10n/core-text';
import type { RecordProblem } from './record';
import type { FieldProblem } from './validate';

/** "field rights.deciders must be an array of pids", in `text`'s language. */
export function describeFieldProblem(p: FieldProblem, text: CoreText): string {
  const key: CoreMessageKey = `recordProblem.${p.key}`;
  return text.t(key, p.field, ...(p.args ?? []));
}

/** "line 12: field pid is missing", in `text`'s language. */
export function describeRecordProblem(p: RecordProblem, text: CoreText): string {
  return text.t('recordProblem.atLine', text.number(p.line), describeFieldProblem(p, text));
}

/** "event 4: field pid is missing" (`event` counts from 1), in `text`'s language. */
export function describeEventProblem(event: number, p: FieldProblem, text: CoreText): string {
  return text.t('recordProblem.atEvent', text.number(event), describeFieldProblem(p, text));
}
