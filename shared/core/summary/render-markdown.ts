/**
 * The summary as Markdown (what VS Code writes beside the record, and a copy-paste export).
 * Every piece of untrusted text goes through escapeMarkdown: no HTML, no table break-out, no
 * bidi reordering, one line per value.
 */
import { escapeMarkdown as md, markdownName, markdownNames, TITLE_DISPLAY_MAX } from '../text/escape';
import type { Pid } from '../record/events';
import { formatDuration, formatPercent, formatTimestamp, formatTurnUsage } from '../text/format';
import type { Summary } from './summary';
import { leadershipMarkdown } from './leadership-markdown';
import { floorMarkdown } from './floor-markdown';
import { agendaMarkdown } from './agenda-report';
import { coachingSuggestions, suggestionText } from './coaching';

/** Escaped, shortened names by pid; look-alike names get a short pid suffix (escape.ts, markdownNames). */
function namer(s: Summary): (pid: Pid) => string {
  const people: { pid: Pid; name: string }[] = s.participants.map((p) => ({ pid: p.pid, name: p.name }));
  for (const r of s.rounds) for (const t of r.turns) people.push({ pid: t.pid, name: t.name });
  if (s.meeting.facilitator) people.push(s.meeting.facilitator);
  for (const i of s.agenda?.items ?? []) if (i.owner) people.push(i.owner);
  const names = markdownNames(people);
  return (pid) => names.get(pid) ?? markdownName(pid);
}

const list = (items: string[]) => (items.length ? items.join(', ') : 'none');

export function renderMarkdown(s: Summary): string {
  const name = namer(s);
  const out: string[] = [];
  out.push(`# ${md(s.meeting.title, TITLE_DISPLAY_MAX) || 'Meeting'}`, '');
  if (s.meeting.startedAt !== null) out.push(`- Date: ${formatTimestamp(s.meeting.startedAt)}`);
  out.push(`- Duration: ${formatDuration(s.meeting.durationMs)}${s.meeting.endedAt === null ? ' (not ended)' : ''}`);
  if (s.meeting.facilitator) out.push(`- Facilitator: ${name(s.meeting.facilitator.pid)}`);
  if (!s.measured) out.push('- Talk time: not tracked in this meeting');
  else {
    out.push(`- Balance: ${s.balance} / 100 (Gini ${s.gini.toFixed(2)})`);
    out.push(`- Silence: ${formatDuration(s.silenceMs)}; overlap: ${formatDuration(s.overlapMs)}`);
    out.push(`- Quiet voices: ${list(s.quiet.map(name))}`);
    out.push(`- Dominant voices: ${list(s.dominant.map(name))}`);
    out.push(`- Not heard: ${list(s.notHeard.map(name))}`);
  }
  const advice = coachingSuggestions(s);
  if (advice.length) out.push('', '## Next time', '', ...advice.map((x) => `- ${suggestionText(x, md)}`));
  out.push('', '## Participants', '');
  out.push('| Participant | Talk | Share | Fair share | Turns | Present | Note |', '|---|---:|---:|---:|---:|---:|---|');
  for (const p of s.participants) {
    const note = [p.dominant && 'dominant', p.quiet && 'quiet', p.notHeard && 'not heard'].filter(Boolean).join(', ');
    const [talk, share, turns] = s.measured ? [formatDuration(p.talkMs), formatPercent(p.share), String(p.turns)] : ['–', '–', '–'];
    out.push(`| ${name(p.pid)} | ${talk} | ${share} | ${formatPercent(p.fairShare)} | ${turns} | ${formatDuration(p.presenceMs)} | ${note} |`);
  }
  if (s.agenda) out.push(...agendaMarkdown(s.agenda, name));
  out.push(...floorMarkdown(s, name));
  if (s.rounds.length) out.push('', '## Rounds');
  s.rounds.forEach((r, i) => {
    out.push('', `### ${i + 1}. ${r.kind}${r.topic ? `: ${md(r.topic, TITLE_DISPLAY_MAX)}` : ''}`, '');
    const box = r.slotMs === 0 ? 'untimed' : r.box === 'round' ? `one box of ${formatDuration(r.allottedMs ?? r.slotMs)}` : `${formatDuration(r.slotMs)} per turn`;
    const order = r.kind === 'discussion' ? `hands taken ${r.queue === 'deficit' ? 'furthest below fair share first' : 'first come, first served'}` : `order ${md(r.strategy)}`;
    out.push(`${order[0]!.toUpperCase()}${order.slice(1)}; ${box}; ${r.endedAt === null ? 'not ended' : `lasted ${formatDuration(r.endedAt - r.startedAt)}`}.`);
    if (r.turns.length) {
      // Without speech events a turn's length is all we know: say so in the header.
      out.push('', `| # | Speaker | Allotted | ${s.measured ? 'Spoke' : 'Took'} | Outcome |`, '|---:|---|---:|---:|---|');
      r.turns.forEach((t, k) => out.push(`| ${k + 1} | ${name(t.pid)} | ${t.allottedMs === null ? '–' : formatDuration(t.allottedMs)} | ${formatDuration(t.usedMs)} | ${formatTurnUsage(t, (n) => markdownName(n))} |`));
    }
    if (r.skipped.length) out.push('', `Skipped: ${r.skipped.map(name).join(', ')}`);
  });
  // With the leadership fold, the decision trail (consent, objections, who was heard) replaces the plain list.
  if (s.leadership) out.push(...leadershipMarkdown(s.leadership, name));
  const plain = s.leadership ? [] : s.decisions;
  if (plain.length) out.push('', '## Decisions');
  for (const d of plain) {
    out.push('', `### ${md(d.title) || 'Decision'}`, '', `- Outcome: ${md(d.outcome)}`);
    if (d.rationale) out.push(`- Rationale: ${md(d.rationale)}`);
    out.push(`- Initiator: ${d.rights.initiator === null ? 'none' : name(d.rights.initiator)}`);
    out.push(`- Deciders: ${list(d.rights.deciders.map(name))}`);
    out.push(`- Contributors: ${list(d.rights.contributors.map(name))}`);
    out.push(`- Informed: ${list(d.rights.informed.map(name))}`);
    for (const o of d.objections) out.push(`- Objection by ${name(o.pid)}${o.resolved ? ' (resolved)' : ''}: ${md(o.reason)}`);
  }
  if (s.record?.tornLine) out.push('', `_The record's last line (line ${s.record.tornLine}) was cut off, by a crash or a full disk, and is left out._`);
  if (s.record?.newerEventsSkipped) out.push('', `_${s.record.newerEventsSkipped} event(s) of a newer record version were skipped: this version of Roundtable does not know them._`);
  if (s.ignoredEvents) out.push('', `_${s.ignoredEvents} event(s) in the record did not fit the meeting's state and were ignored._`);
  return out.join('\n') + '\n';
}
