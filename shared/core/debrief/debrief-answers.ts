/** The debrief's answers as the meeting fold keeps them (debrief.ts has the commands). */
import type { DebriefPrompt, MeetingEvent, Pid } from '../record/events';

export interface DebriefAnswer {
  prompt: DebriefPrompt;
  pid: Pid | null;
  text: string;
  t: number;
}

/** Folds one event into the answers (in record order); returns whether it was an answer. */
export function applyDebriefEvent(answers: DebriefAnswer[], e: MeetingEvent, t = e.t): boolean {
  if (e.type !== 'debrief.answered') return false;
  answers.push({ prompt: e.prompt, pid: e.pid ?? null, text: e.text, t });
  return true;
}

/** Answers grouped by prompt, each group in the order given. */
export function answersByPrompt(answers: readonly DebriefAnswer[]): Record<DebriefPrompt, DebriefAnswer[]> {
  const out = { worked: [], 'did-not': [], change: [] } as Record<DebriefPrompt, DebriefAnswer[]>;
  for (const a of answers) out[a.prompt].push(a);
  return out;
}
