/**
 * When the side panel's leadership panel (leadership-panel.tsx) has something new to show: a
 * module of its own, so that the rule is tested without the page around it.
 */
import type { FoldedModel } from '../../../../shared/ui/folded-model';
import { isSpeech, type MeetingEvent } from '../../../../shared/core/record/events';

/** What shownBy keeps between renders of one panel. */
export interface ShownScan {
  events: readonly MeetingEvent[];
  /** How many of `events` are counted. */
  scanned: number;
  /** How many of those are not speech. */
  other: number;
}

/**
 * What this panel shows, as a key: it moves only with events other than speech (decisions,
 * answers, rounds, facilitators, joins and names) and with who is present, which speech changes
 * too (a voice not yet on the roster, or back after leaving). Views are computed at a `now`, but
 * only the decision items' participation (which this panel does not show) depends on it. So the
 * panel renders when the key changes, not with each redraw of a busy call (twice a second and
 * at each act, issue 9). Counts the new events only (`scan`, updated; a new record starts
 * over): O(new events + people) per render.
 */
export function shownBy(model: FoldedModel, scan: ShownScan | null): { key: string; scan: ShownScan } {
  const events = model.events;
  const s = scan && scan.events === events && scan.scanned <= events.length ? scan : { events, scanned: 0, other: 0 };
  for (; s.scanned < events.length; s.scanned++) {
    if (!isSpeech(events[s.scanned]!)) s.other++;
  }
  const state = model.state;
  let people = '';
  for (const p of state.participants.values()) people += `${p.pid}\u0000${p.name}\u0000${p.present ? 1 : 0}\u0000`;
  const round = state.activeRound;
  return { key: `${model.problem ? 'x' : ''}${s.other}|${round ? `${round.rid}\u0000${round.current?.pid ?? ''}` : ''}|${people}`, scan: s };
}
