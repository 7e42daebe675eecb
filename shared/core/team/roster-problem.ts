/**
 * What is wrong with a team roster (roster.ts) or its decision matrix (decision-matrix.ts): a
 * keyed problem (l10n/keyed-problem.ts) of the catalogue's rosterProblem.* keys, worded with
 * describeProblem.
 */
import type { CoreMessageKey } from '../l10n/core-messages';
import type { KeyedProblem } from '../l10n/keyed-problem';

export type RosterProblemKey = Extract<CoreMessageKey, `rosterProblem.${string}`>;

export type RosterProblem = KeyedProblem<RosterProblemKey>;
