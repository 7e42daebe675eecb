/**
 * A problem as data: the field at fault and a core catalogue key with its arguments, as
 * language-neutral as the refusal codes. A record's events (record/validate.ts) and a team's
 * roster and decision matrix (team/roster-problem.ts) report problems this way; the person who
 * reads them gets them in their language (describeProblem with the shell's CoreText), logs and
 * the CLI with ENGLISH_TEXT. Only types come from the catalogue: validate.ts builds these in the
 * side panel's first load, which must not load the catalogue (NOT_UP_FRONT in esbuild.config.mjs).
 */
import type { CoreMessageKey } from './core-messages';
import type { CoreText } from './core-text';

export interface KeyedProblem<K extends CoreMessageKey = CoreMessageKey> {
  /** The field at fault, as a path (`people[2].id`, `rights.deciders`); '' for the whole value. */
  field: string;
  /** Its text has the field as `{0}`. */
  key: K;
  /** The key's arguments after the field (`{1}`, `{2}` …): ids, numbers and JSON names, as written. */
  args?: readonly (string | number)[];
}

export function keyedProblem<K extends CoreMessageKey>(field: string, key: K, ...args: (string | number)[]): KeyedProblem<K> {
  return args.length ? { field, key, args } : { field, key };
}

/** "roster: field people[2].id must be a non-empty string", in `text`'s language. */
export function describeProblem(p: KeyedProblem, text: CoreText): string {
  return text.t(p.key, p.field, ...(p.args ?? []));
}
