/**
 * The debrief: a closing round with three prompts (what worked, what did not, what we change
 * next time). Answers are debrief.answered events, so they stay with the meeting's record; the
 * team playbook (playbook-markdown.ts) gathers them across meetings.
 *
 * Answers may be given during the debrief round or typed in after the meeting ended, so the
 * command does not require an open meeting. An answer without a pid is the group's (noted by
 * the facilitator).
 */
import { DEBRIEF_PROMPTS, type DebriefPrompt, type EventBody, type Pid } from '../record/events';
export { answersByPrompt, applyDebriefEvent, type DebriefAnswer } from './debrief-answers';
import type { MeetingState } from '../meeting/meeting-state';
import type { RoundCommand } from '../rounds/round-commands';
// The text is the caller's (the record's language): no English default here, so a module that
// imports this one for decideDebrief (every view's session) does not load the core's catalogue.
import type { CoreText } from '../l10n/core-text';

/** The closing round: everyone present, in turn, on the three prompts; its topic in `text`'s language (the record's). */
export function debriefRound(slotMs: number, text: CoreText): RoundCommand {
  return { type: 'start', kind: 'go-around', topic: text.t('debrief.topic'), slotMs, strategy: 'rotate' };
}

/** A prompt as its question (`debrief.<prompt>` of the core's catalogue), as the summary and the playbook ask it. */
export const debriefQuestion = (prompt: DebriefPrompt, text: CoreText): string => text.t(`debrief.${prompt}`);

export type DebriefCommand = { type: 'answer'; prompt: DebriefPrompt; pid?: Pid; text: string };
export type DebriefErrorCode = 'invalid-command' | 'empty-answer' | 'unknown-participant';
export type DebriefResult = { ok: true; events: EventBody[] } | { ok: false; error: { code: DebriefErrorCode; message: string } };

/** Validates one answer; never throws. The pid, if any, must be someone the meeting has seen. */
export function decideDebrief(s: MeetingState, c: DebriefCommand): DebriefResult {
  const fail = (code: DebriefErrorCode, message: string): DebriefResult => ({ ok: false, error: { code, message } });
  if (typeof c !== 'object' || c === null || c.type !== 'answer') return fail('invalid-command', 'unknown debrief command');
  if (!DEBRIEF_PROMPTS.includes(c.prompt)) return fail('invalid-command', `prompt must be one of ${DEBRIEF_PROMPTS.join(', ')}`);
  if (typeof c.text !== 'string' || c.text.trim() === '') return fail('empty-answer', 'an answer needs some text');
  if (c.pid !== undefined && !s.participants.has(c.pid)) return fail('unknown-participant', `no participant with pid ${JSON.stringify(c.pid)}`);
  const body: EventBody = { type: 'debrief.answered', prompt: c.prompt, text: c.text.trim() };
  return { ok: true, events: [c.pid === undefined ? body : { ...body, pid: c.pid }] };
}
