/**
 * The team playbook (`.roundtable/playbook.md` in VS Code, a page in the browser): every
 * meeting's debrief answers, newest meeting first, under the three prompts. Rebuilt whole from
 * the meetings each time, so it never drifts from the records. Answers and names are untrusted.
 */
import { escapeMarkdown as md } from '../text/escape';
import { DEBRIEF_PROMPTS, type Pid } from '../record/events';
import { formatTimestamp } from '../text/format';
import { answersByPrompt, debriefQuestion, type DebriefAnswer } from './debrief';
import { markdownLine } from '../text/markdown-text';
import { ENGLISH_TEXT, type CoreText } from '../l10n/core-text';

export interface PlaybookMeeting {
  id: string;
  title: string;
  startedAt: number | null;
  answers: readonly DebriefAnswer[];
  /** Display names of the answering pids (the meeting's participants). */
  names?: ReadonlyMap<Pid, string>;
}

/** Newest first; a meeting without a start time last; ties by id, so input order never matters. */
export function newestFirst<M extends { id: string; startedAt: number | null }>(meetings: readonly M[]): M[] {
  const key = (m: M) => m.startedAt ?? -Infinity;
  return meetings.slice().sort((a, b) => (key(a) !== key(b) ? (key(a) > key(b) ? -1 : 1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The playbook worded in `text`'s language (the records language in VS Code, the UI language in the browser). */
export function renderPlaybook(meetings: readonly PlaybookMeeting[], text: CoreText = ENGLISH_TEXT, title = text.t('playbook.title')): string {
  const { t } = text;
  const out = [`# ${md(title)}`, '', t('playbook.intro')];
  const withAnswers = newestFirst(meetings.filter((m) => m.answers.length > 0));
  if (withAnswers.length === 0) out.push('', t('playbook.none'));
  for (const m of withAnswers) {
    const name = md(m.title) || md(m.id);
    out.push('', `## ${m.startedAt === null ? name : t('playbook.meetingAt', formatTimestamp(m.startedAt), name)}`);
    const groups = answersByPrompt(m.answers);
    for (const prompt of DEBRIEF_PROMPTS) {
      if (groups[prompt].length === 0) continue;
      out.push('', `### ${debriefQuestion(prompt, text)}`, '');
      for (const a of groups[prompt]) {
        const who = a.pid === null ? '' : ` (${md(m.names?.get(a.pid) ?? a.pid)})`;
        out.push(`- ${markdownLine(a.text)}${who}`);
      }
    }
  }
  return out.join('\n') + '\n';
}
