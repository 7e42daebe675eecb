/**
 * The leadership part of a meeting's Markdown summary: the decision trail (status, consent,
 * objections and their fate, who was heard in each item), facilitators, and the debrief.
 * render-markdown.ts places these sections; names come through its escaping namer.
 */
import { escapeMarkdown as md } from '../text/escape';
import { DEBRIEF_PROMPTS, type Pid } from '../record/events';
import { formatDuration, formatTimestamp } from '../text/format';
import { answersByPrompt, DEBRIEF_QUESTIONS } from '../debrief/debrief';
import type { DecisionItemView } from '../decisions/decision-view';
import type { LeadershipSummary } from './leadership-summary';
import { markdownLine } from '../text/markdown-text';

type Namer = (pid: Pid) => string;
const list = (items: string[]) => (items.length ? items.join(', ') : 'none');

function decisionLines(d: DecisionItemView, name: Namer): string[] {
  const out = ['', `### ${md(d.title) || 'Decision'} (${d.status})`, ''];
  if (d.status === 'decided') out.push(`- Outcome: ${md(d.outcome)}`);
  if (d.rationale) out.push(`- Rationale: ${md(d.rationale)}`);
  if (d.area) out.push(`- Area: ${md(d.area)}`);
  out.push(`- Initiator: ${d.rights.initiator === null ? 'none' : name(d.rights.initiator)}`);
  out.push(`- Deciders: ${list(d.rights.deciders.map(name))}`);
  out.push(`- Contributors: ${list(d.rights.contributors.map(name))}`);
  out.push(`- Informed: ${list(d.rights.informed.map(name))}`);
  // A decision recorded outright (no consent round, nobody answered) has no consent to list.
  const asked = d.rounds.length > 0 || d.responses.some((r) => r.response !== null);
  if (asked && d.responses.length) out.push(`- Consent: ${d.responses.map((r) => `${name(r.pid)} ${r.response ?? 'no answer'}`).join('; ')}`);
  for (const o of d.objections) out.push(`- Objection by ${name(o.pid)} (${o.state}${o.how ? `: ${md(o.how)}` : ''}): ${md(o.reason)}`);
  const p = d.participation;
  // An item proposed and decided in the same instant has no window in which anyone could be heard.
  if (p.measured && p.people.length && p.windowMs > 0) {
    const heard = p.people.filter((x) => x.spoke).map((x) => `${name(x.pid)} ${formatDuration(x.talkMs)}`);
    const silent = p.people.filter((x) => !x.spoke).map((x) => name(x.pid));
    out.push(`- Heard in this item (${formatDuration(p.windowMs)}): ${list(heard)}${silent.length ? `; not heard: ${silent.join(', ')}` : ''}`);
  }
  return out;
}

export function leadershipMarkdown(l: LeadershipSummary, name: Namer): string[] {
  const out: string[] = [];
  if (l.decisions.length) out.push('', '## Decisions');
  for (const d of l.decisions) out.push(...decisionLines(d, name));
  if (l.facilitators.length > 1) out.push('', '## Facilitation', '', ...l.facilitators.map((f) => `- ${name(f.pid)} from ${formatTimestamp(f.from)}`));
  if (l.debrief.length) {
    out.push('', '## Debrief');
    const groups = answersByPrompt(l.debrief);
    for (const prompt of DEBRIEF_PROMPTS) {
      if (groups[prompt].length === 0) continue;
      out.push('', `### ${DEBRIEF_QUESTIONS[prompt]}`, '');
      for (const a of groups[prompt]) out.push(`- ${markdownLine(a.text)}${a.pid === null ? '' : ` (${name(a.pid)})`}`);
    }
  }
  return out;
}
