/**
 * Arguments of the shared-leadership commands (issue 6), for keybindings, tasks and automation,
 * e.g. `executeCommand('roundtable.answerConsent', { response: 'objection', reason: 'Too often' })`.
 * Pure and free of `vscode`, like command-args.ts, whose checkers it reuses: a command runs on
 * fully understood input or not at all. People are named as in the meeting (name or pid).
 */
import { CONSENT_ANSWERS, DEBRIEF_PROMPTS, type ConsentAnswer, type DebriefPrompt } from '../../../shared/core/record/events';
import { isMs, isNames, isString, oneOf, parseWith, type Parsed } from '../command-args';

const isBool = (v: unknown): v is boolean => typeof v === 'boolean';
const text: [(v: unknown) => boolean, string] = [isString, 'a string'];
const names: [(v: unknown) => boolean, string] = [isNames, 'a comma-separated string or an array of names'];
/** A decision item: its id (d1) or its title. */
const decision: [(v: unknown) => boolean, string] = [isString, 'a decision id or title'];
const person: [(v: unknown) => boolean, string] = [isString, 'a participant name or id'];

export interface RecordDecisionArgs {
  title?: string;
  proposal?: string;
  /** An area of the decision matrix in roster.json: it proposes deciders, contributors, informed. */
  area?: string;
  initiator?: string;
  deciders?: string | string[];
  contributors?: string | string[];
  informed?: string | string[];
}
export const parseRecordDecisionArgs = (x: unknown) =>
  parseWith<RecordDecisionArgs>(x, { title: text, proposal: text, area: text, initiator: person, deciders: names, contributors: names, informed: names });

export interface StartConsentArgs {
  decision?: string;
  slotMs?: number;
}
export const parseStartConsentArgs = (x: unknown) => parseWith<StartConsentArgs>(x, { decision, slotMs: [isMs, 'a number of milliseconds between 1 and 3600000'] });

export interface AnswerConsentArgs {
  decision?: string;
  /** Whose answer; in a running consent round, the one whose turn it is by default. */
  participant?: string;
  response?: ConsentAnswer;
  reason?: string;
}
export function parseAnswerConsentArgs(x: unknown): Parsed<AnswerConsentArgs> {
  return parseWith<AnswerConsentArgs>(x, { decision, participant: person, response: [oneOf(CONSENT_ANSWERS), `one of ${CONSENT_ANSWERS.join(', ')}`], reason: text });
}

export interface ObjectionArgs {
  decision?: string;
  /** Whose objection; the only open one by default. */
  participant?: string;
  /** How it was resolved, or why it was withdrawn. */
  how?: string;
}
export const parseObjectionArgs = (x: unknown) => parseWith<ObjectionArgs>(x, { decision, participant: person, how: text });

export interface OutcomeArgs {
  decision?: string;
  outcome?: string;
  rationale?: string;
}
export const parseOutcomeArgs = (x: unknown) => parseWith<OutcomeArgs>(x, { decision, outcome: text, rationale: text });

export interface DebriefAnswerArg {
  prompt: DebriefPrompt;
  text: string;
  participant?: string;
}
export interface DebriefArgs {
  /** Start the closing go-around round first. */
  round?: boolean;
  slotMs?: number;
  answers?: DebriefAnswerArg[];
}
const isAnswers = (v: unknown): v is DebriefAnswerArg[] =>
  Array.isArray(v) &&
  v.every((a) => {
    if (typeof a !== 'object' || a === null || Array.isArray(a)) return false;
    const o = a as Record<string, unknown>;
    const keys = Object.keys(o).every((k) => k === 'prompt' || k === 'text' || k === 'participant');
    return keys && (DEBRIEF_PROMPTS as readonly unknown[]).includes(o.prompt) && isString(o.text) && (o.participant === undefined || isString(o.participant));
  });
export const parseDebriefArgs = (x: unknown) =>
  parseWith<DebriefArgs>(x, {
    round: [isBool, 'true or false'],
    slotMs: [isMs, 'a number of milliseconds between 1 and 3600000'],
    answers: [isAnswers, `a list of {prompt (${DEBRIEF_PROMPTS.join(', ')}), text, participant?}`],
  });

export interface TrendsArgs {
  /** `panel` (default): the trends webview; `markdown`: the same trends as Markdown in VS Code's preview. */
  as?: 'panel' | 'markdown';
}
export const parseTrendsArgs = (x: unknown) => parseWith<TrendsArgs>(x, { as: [oneOf(['panel', 'markdown'] as const), 'one of panel, markdown'] });
