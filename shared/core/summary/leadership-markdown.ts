/**
 * The leadership part of a meeting's Markdown summary: the decision trail (status, consent,
 * objections and their fate, who was heard in each item), facilitators, and the debrief.
 * render-markdown.ts places these sections; names come through its escaping namer.
 */
import { escapeMarkdown as md } from '../text/escape';
import { DEBRIEF_PROMPTS, type Pid } from '../record/events';
import { formatDuration, formatTimestamp } from '../text/format';
import { answersByPrompt, debriefQuestion } from '../debrief/debrief';
import type { DecisionItemView } from '../decisions/decision-view';
import type { LeadershipSummary } from './leadership-summary';
import { markdownLine } from '../text/markdown-text';
import { rightsLines } from './rights-lines';
import { ENGLISH_TEXT, type CoreText } from '../l10n/core-text';

type Namer = (pid: Pid) => string;

function decisionLines(d: DecisionItemView, name: Namer, text: CoreText): string[] {
  const { t } = text;
  const out = ['', `### ${t('trail.decisionHead', md(d.title) || t('decision.untitled'), t(`decision.status.${d.status}`))}`, ''];
  if (d.status === 'decided') out.push(`- ${t('summary.outcome', md(d.outcome))}`);
  if (d.rationale) out.push(`- ${t('summary.rationale', md(d.rationale))}`);
  if (d.area) out.push(`- ${t('summary.area', md(d.area))}`);
  out.push(...rightsLines(d.rights, name, text));
  // A decision recorded outright (no consent round, nobody answered) has no consent to list.
  const asked = d.rounds.length > 0 || d.responses.some((r) => r.response !== null);
  if (asked && d.responses.length) out.push(`- ${t('trail.consent', d.responses.map((r) => t('trail.answer', name(r.pid), t(`decision.response.${r.response ?? 'none'}`))).join('; '))}`);
  for (const o of d.objections) {
    const state = t(`decision.objection.${o.state}`);
    out.push(`- ${t('trail.objection', name(o.pid), o.how ? t('decision.objection.how', state, md(o.how)) : state, md(o.reason))}`);
  }
  const p = d.participation;
  // An item proposed and decided in the same instant has no window in which anyone could be heard.
  if (p.measured && p.people.length && p.windowMs > 0) {
    const heard = text.list(p.people.filter((x) => x.spoke).map((x) => t('trail.heardPerson', name(x.pid), formatDuration(x.talkMs))));
    const silent = p.people.filter((x) => !x.spoke).map((x) => name(x.pid));
    const window = formatDuration(p.windowMs);
    out.push(`- ${silent.length ? t('trail.heardSilent', window, heard, silent.join(', ')) : t('trail.heard', window, heard)}`);
  }
  return out;
}

/** The decision trail, facilitators and debrief, worded in `text`'s language. */
export function leadershipMarkdown(l: LeadershipSummary, name: Namer, text: CoreText = ENGLISH_TEXT): string[] {
  const { t } = text;
  const out: string[] = [];
  if (l.decisions.length) out.push('', `## ${t('summary.decisions')}`);
  for (const d of l.decisions) out.push(...decisionLines(d, name, text));
  if (l.facilitators.length > 1) out.push('', `## ${t('trail.facilitation')}`, '', ...l.facilitators.map((f) => `- ${t('trail.facilitatorFrom', name(f.pid), formatTimestamp(f.from))}`));
  if (l.debrief.length) {
    out.push('', `## ${t('trail.debrief')}`);
    const groups = answersByPrompt(l.debrief);
    for (const prompt of DEBRIEF_PROMPTS) {
      if (groups[prompt].length === 0) continue;
      out.push('', `### ${debriefQuestion(prompt, text)}`, '');
      for (const a of groups[prompt]) out.push(`- ${markdownLine(a.text)}${a.pid === null ? '' : ` (${name(a.pid)})`}`);
    }
  }
  return out;
}
