/**
 * A summary that coaches: two or three rule-based suggestions for next time, drawn from the
 * measured meeting. Each names the figure it rests on and the practice it suggests (practices
 * of the README and design.md: quietest-first check-ins, go-arounds with equal boxes, consent
 * rounds for decisions, the warning time, one voice at a time, the raised-hand queue).
 *
 * Rules, in priority order (the first `max` that apply are kept):
 *   not-heard     someone present spoke 0 s            -> open with a quietest-first check-in
 *   dominant      someone had > 2 × their fair share   -> a go-around with 60 s boxes
 *   no-consent    decided with no answer, no objection -> a consent round for decisions
 *   overran       ≥ 2 turns and ≥ 25 % of turns overran -> a warning earlier, or shorter boxes
 *   cross-talk    ≥ 30 s of others' speech in turns     -> one voice at a time in rounds
 *   interruptions ≥ 3 interruptions by one person       -> a discussion round with raised hands
 * Talk rules need measured talk: with nothing measured nothing is said about who talked.
 * Pure; the UI words each suggestion from its data (shared/ui's catalogue), suggestionText from the core's.
 */
import type { Pid } from '../record/events';
import { CROSS_TALK_MIN_MS, formatDuration, formatPercent } from '../text/format';
import type { Summary } from './summary';
import { ENGLISH_TEXT, type CoreText } from '../l10n/core-text';

export type CoachingRule = 'not-heard' | 'dominant' | 'no-consent' | 'overran' | 'cross-talk' | 'interruptions';
export type Practice = 'quietest-first-check-in' | 'go-around-boxes' | 'consent-round' | 'earlier-warning' | 'one-voice' | 'raised-hands';

export interface Suggestion {
  rule: CoachingRule;
  practice: Practice;
  /** Who the figure is about (display names), if anyone. */
  names: string[];
  /** The figure it rests on: a count, a share (0..1) or milliseconds, as the rule says. */
  figure: number;
  /** For rates: out of how many (turns); 0 when not a rate. */
  of: number;
}

export const COACHING = {
  /** The box a go-around against a dominant voice suggests. */
  goAroundSlotMs: 60_000,
  overranMinTurns: 2,
  overranMinRate: 0.25,
  crossTalkMinMs: 30_000,
  interruptionsMin: 3,
} as const;

export function coachingSuggestions(s: Summary, max = 3): Suggestion[] {
  const out: Suggestion[] = [];
  const name = new Map(s.participants.map((p) => [p.pid, p.name]));
  const nameOf = (pid: Pid) => name.get(pid) ?? pid;

  if (s.measured) {
    const unheard = s.participants.filter((p) => p.talkMs === 0).map((p) => p.name);
    if (unheard.length) out.push({ rule: 'not-heard', practice: 'quietest-first-check-in', names: unheard, figure: unheard.length, of: s.participants.length });
    const top = s.participants.filter((p) => p.dominant).sort((a, b) => b.share - a.share)[0];
    if (top) out.push({ rule: 'dominant', practice: 'go-around-boxes', names: [top.name], figure: top.share, of: 0 });
  }

  // From the decisions every summary carries, so a summary made without the leadership part coaches the same.
  const unasked = s.decisions.filter((d) => d.objections.length === 0 && d.consentAnswers === 0);
  if (unasked.length) out.push({ rule: 'no-consent', practice: 'consent-round', names: [], figure: unasked.length, of: s.decisions.length });

  const turns = s.rounds.flatMap((r) => r.turns).filter((t) => !t.passed && t.allottedMs !== null);
  const over = turns.filter((t) => t.usedMs - t.allottedMs! >= 1000).length;
  if (over >= COACHING.overranMinTurns && over >= COACHING.overranMinRate * turns.length) out.push({ rule: 'overran', practice: 'earlier-warning', names: [], figure: over, of: turns.length });

  if (s.measured) {
    const cross = new Map<Pid, number>();
    for (const r of s.rounds) for (const t of r.turns) for (const c of t.crossTalk) if (c.ms >= CROSS_TALK_MIN_MS) cross.set(c.pid, (cross.get(c.pid) ?? 0) + c.ms);
    const total = [...cross.values()].reduce((a, b) => a + b, 0);
    if (total >= COACHING.crossTalkMinMs) {
      const who = [...cross].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([pid]) => nameOf(pid));
      out.push({ rule: 'cross-talk', practice: 'one-voice', names: who, figure: total, of: 0 });
    }
    const made = new Map<Pid, number>();
    for (const i of s.floor.interruptions) made.set(i.by, (made.get(i.by) ?? 0) + i.count);
    const [by, count] = [...made].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0] ?? [null, 0];
    if (by !== null && count >= COACHING.interruptionsMin) out.push({ rule: 'interruptions', practice: 'raised-hands', names: [nameOf(by)], figure: count, of: 0 });
  }
  return out.slice(0, max);
}

// `render` gets the name alone: Array.map would pass the index too, which a renderer with an
// optional second parameter (escapeMarkdown's length cap) would take as its limit.
const list = (names: readonly string[], render: (n: string) => string) => names.map((n) => render(n)).join(', ');

/** How many decisions, as the language's word up to ten (agreeing with 'decision'), else the figure. */
function decisionCount(n: number, text: CoreText): string {
  return text.t('coaching.decisionCountWords').split(',')[n]?.trim() || text.number(n);
}

/** The suggestion worded in `text`'s language (Markdown export, CLI); `name` renders a display name for the target format. */
export function suggestionText(x: Suggestion, name: (n: string) => string = (n) => n, text: CoreText = ENGLISH_TEXT): string {
  switch (x.rule) {
    case 'not-heard':
      return text.plural('coaching.notHeard', x.names.length, list(x.names, name));
    case 'dominant':
      return text.t('coaching.dominant', name(x.names[0]!), formatPercent(x.figure), formatDuration(COACHING.goAroundSlotMs));
    case 'no-consent':
      return text.plural('coaching.noConsent', x.figure, decisionCount(x.figure, text));
    case 'overran':
      return text.plural('coaching.overran', x.figure, x.of);
    case 'cross-talk':
      return text.t('coaching.crossTalk', formatDuration(x.figure), list(x.names, name));
    case 'interruptions':
      return text.plural('coaching.interruptions', x.figure, name(x.names[0]!));
  }
}
