/**
 * What is wrong with a team roster (roster.ts, and its decision matrix, decision-matrix.ts): the
 * JSON field at fault and a core catalogue key with its arguments, language-neutral like the
 * refusal codes. The person who reads or imports the roster gets it in their language
 * (describeRosterProblem with the shell's CoreText); logs and the CLI word it with ENGLISH_TEXT.
 */
import type { CoreMessageKey } from '../l10n/core-messages';
import type { CoreText } from '../l10n/core-text';

export type RosterProblemKey = Extract<CoreMessageKey, `rosterProblem.${string}`>;

export interface RosterProblem {
  /** The field at fault, as a JSON path (`people[2].id`); '' for the whole roster. */
  field: string;
  key: RosterProblemKey;
  /** The key's arguments after the field (`{1}`, `{2}` …): ids, numbers and JSON names, as written. */
  args?: readonly (string | number)[];
}

export const rosterProblem = (field: string, key: RosterProblemKey, ...args: (string | number)[]): RosterProblem => (args.length ? { field, key, args } : { field, key });

/** "roster: field people[2].id must be a non-empty string", in `text`'s language. */
export function describeRosterProblem(p: RosterProblem, text: CoreText): string {
  return text.t(p.key, p.field, ...(p.args ?? []));
}
