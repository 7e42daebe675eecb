/**
 * What a screen reader hears, and when. `role="timer"` is silent by default and announcing
 * every second drowns everything else, so the live region only speaks at milestones: a new
 * round, a new turn, crossing a time mark, time up, pause/resume, an extension, round end,
 * a raised or lowered hand.
 *
 * The time mark is the visual warning threshold ("Almost up", the warning setting), so what
 * is heard matches what is seen; a mark crossed within QUIET_AFTER_TURN_MS of a turn starting
 * is not spoken (the turn announcement has just said how long the box is). A round that
 * vanishes from the state (ended and cleared between two renders) still says "Round ended".
 *
 * Pure: given the previous and current snapshot it returns the sentence to announce, or null
 * (`announcement`, in announcement.ts: a shell passes it to LivePanel, so that the side panel can
 * load its 2.2 KiB after the live view has shown; this module is the snapshot).
 * Renders may come at any rate (a throttled tab renders once a second or less), so time
 * marks are detected by crossing (`prev > mark >= now`), never by equality, and a jump over
 * several marks announces only the lowest one, the one that is true now.
 */
import type { Translate } from './i18n';
import type { LiveState } from './types';

export interface AnnounceSnapshot {
  rid: string | null;
  roundLabel: string;
  roundEnded: boolean;
  turnPid: string | null;
  turnName: string | null;
  remainingMs: number | null;
  totalMs: number | null;
  paused: boolean;
  /** The visual warning threshold of the timer, ms left; null without a timer. */
  warnMs: number | null;
  hands: { pid: string; name: string }[];
  /** Why hands went down, latest last (a pid's last entry counts). */
  handsGone?: { pid: string; why: string }[];
  /** The agenda item in play: a new one is announced, and so is its box running out. */
  agendaItem?: { aid: string; title: string; boxMs: number; over: boolean } | null;
  /** Each agenda item's own decision (agenda.linked): a new or changed one is announced. */
  agendaLinks?: { aid: string; item: string; did: string; decision: string }[];
}

/** The snapshot of a live state, as the Announcer sees it. */
export function snapshotOf(t: Translate, state: LiveState): AnnounceSnapshot {
  const round = state.round;
  const current = round && round.currentIndex >= 0 ? round.order[round.currentIndex] : undefined;
  const kind = round ? t(`kind.${round.kind}`) : '';
  return {
    rid: round?.rid ?? null,
    roundLabel: round?.topic ? t('round.title', kind, round.topic) : kind,
    roundEnded: round?.ended ?? false,
    turnPid: current?.pid ?? null,
    turnName: current?.name ?? null,
    remainingMs: state.timer?.remainingMs ?? null,
    totalMs: state.timer?.totalMs ?? null,
    paused: state.timer?.paused ?? false,
    warnMs: state.timer?.warnMs ?? null,
    hands: state.hands ?? round?.hands ?? [],
    ...(state.handsGone ? { handsGone: state.handsGone } : {}),
    ...(state.agenda ? { agendaLinks: state.agenda.items.filter((i) => i.did !== null).map((i) => ({ aid: i.aid, item: i.title, did: i.did!, decision: i.decisions.find((d) => d.did === i.did)?.title ?? i.did! })) } : {}),
    ...(state.agenda?.current ? { agendaItem: { aid: state.agenda.current.aid, title: state.agenda.current.title, boxMs: state.agenda.current.boxMs, over: state.agenda.current.remainingMs < 0 } } : {}),
  };
}
