/**
 * The live view both shells render: the VS Code sidebar and the browser side panel. It only
 * composes the components; the shell passes `{state, actions}` and re-renders with a fresh
 * state (remaining time computed by the core at that moment) whenever it wants the digits to
 * move. Nudges are private to the facilitator by construction: this panel is theirs.
 *
 * Layout (issue 12): what a facilitator needs mid-turn comes first and fits 400×700 and a
 * 300 px sidebar without scrolling: the round line, the timer with whose turn it is and who
 * is talking, Next/Pass/Extend, a one-line "Not heard yet" strip, one line per person. The
 * speaking order and anything the shell adds (`children`: its forms and cards) fold behind
 * disclosures that remember their state.
 */
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { richPlural, richText, useT } from './i18n';
import { durationText, percentText } from './duration';
import type { LiveState, RoundActions } from './types';
import { Countdown } from './countdown';
import { PANEL_KEYS, RoundControls, usePanelKeys } from './round-controls';
import { TurnQueue } from './turn-queue';
import { BalanceBars, useMarkKeys } from './balance-bars';
import { LiveAnnouncer } from './announcer';
import { Name, NameList } from './name';
import { Disclosure } from './disclosure';
import { NotHeardStrip } from './not-heard-strip';
import { HandsFollowSwitch, LowerAllHands } from './hand-controls';
import type { AgendaParts } from './agenda';
import type { Announce } from './announcement';

export function LivePanel(props: {
  state: LiveState;
  actions: RoundActions;
  /** Manual mode: the talk rows mark who talks now. */
  onMark?: (pid: string | null) => void;
  /** False where the shell announces time-up itself (VS Code's notification is spoken). */
  announceTimeUp?: boolean;
  /** Disclosures and cards the shell adds below the live block. */
  children?: ComponentChildren;
  /**
   * The agenda's clock and card (`agendaParts` from ./agenda): passed in so that a shell may load
   * them only when needed; the browser's side panel loads them after its first render.
   */
  agenda: AgendaParts;
  /**
   * What the live region says (`announcement` from ./announcement), passed in as the agenda's
   * parts are: the side panel loads it after the live view has shown (null until then: the live
   * region keeps its first snapshot, and speaks the change from it once this is there).
   */
  announce: Announce | null;
}) {
  const t = useT();
  const id = useId();
  const { state } = props;
  const round = state.round;
  const kind = round ? t(`kind.${round.kind}`) : '';
  const hands = state.hands ?? round?.hands ?? [];
  const ordered = round && round.kind !== 'discussion';
  const next = round?.order.find((o) => o.status === 'next');
  usePanelKeys(state.can, props.actions, state.extendMs);
  useMarkKeys(state.people, props.onMark);
  return (
    <div class="rt-root rt-live" data-round={round ? 'yes' : 'no'}>
      <header class="rt-round-head">
        <h1 class="rt-round-title">{round ? (round.topic ? t('round.title', kind, round.topic) : kind) : t('round.none')}</h1>
        {round && (
          <p class="rt-round-progress">
            {ordered && round.currentIndex >= 0 && t('round.progress', round.currentIndex + 1, round.order.length)}
            {ordered && round.currentIndex >= 0 && next && ' · '}
            {next && richText(t, 'round.next', <Name name={next.name} />)}
          </p>
        )}
      </header>
      <Countdown timer={state.timer} turnName={state.turnName} talking={state.talking} />
      {state.agenda && <props.agenda.AgendaClock agenda={state.agenda} />}
      {round && <RoundControls can={state.can} actions={props.actions} extendMs={state.extendMs} extendMoreMs={state.extendMoreMs} hints={state.hints} />}
      <NotHeardStrip notHeard={state.notHeard} measured={state.measured ?? true} people={state.people.length} />
      {hands.length > 0 && (
        <p class="rt-strip rt-hands-strip">{richText(t, 'strip.hands', <NameList names={hands.map((h) => h.name)} />)}</p>
      )}
      <LowerAllHands count={hands.length} actions={props.actions} />
      <BalanceBars people={state.people} measured={state.measured} compact onMark={props.onMark} />
      {state.nudges.length > 0 && (
        <section aria-labelledby={`${id}-n`}>
          <h2 id={`${id}-n`} class="rt-heading">
            {t('nudge.heading')}
          </h2>
          <ul class="rt-nudges">
            {state.nudges.map((n) => (
              <li key={`${n.kind}-${n.pid}`}>
                {n.kind === 'dominant'
                  ? richText(t, 'nudge.dominant', <Name name={n.name} />, percentText(t, n.share))
                  : n.kind === 'interrupted'
                    ? richPlural(t, 'nudge.interrupted', n.count, <Name name={n.name} />)
                    : richText(t, 'nudge.holding', <Name name={n.name} />, durationText(t, n.heldMs))}
              </li>
            ))}
          </ul>
        </section>
      )}
      {/* Open unless folded by the facilitator: the order and the raised hands must stay visible (issue 11). */}
      {round && (
        <Disclosure id="live.order" defaultOpen summary={t('round.orderHeading', hands.length)}>
          <TurnQueue round={round} hands={hands} />
          <p class="rt-hint">{t('round.keys', keyLegend(t, durationText(t, state.extendMs)))}</p>
        </Disclosure>
      )}
      {state.agenda && (
        <Disclosure id="live.agenda" summary={t('agenda.heading')}>
          <props.agenda.AgendaCard agenda={state.agenda} actions={props.actions} {...(state.agendaDecisions ? { decisions: state.agendaDecisions } : {})} />
        </Disclosure>
      )}
      {props.actions.handsFollow && (
        <Disclosure id="live.hands" summary={t('hands.settings')}>
          <HandsFollowSwitch on={state.handsFollowFloor ?? true} actions={props.actions} />
        </Disclosure>
      )}
      {props.children}
      <LiveAnnouncer state={state} announce={props.announce} announceTimeUp={props.announceTimeUp ?? true} />
    </div>
  );
}

function keyLegend(t: ReturnType<typeof useT>, extend: string): string {
  const label = { next: t('controls.next'), pass: t('controls.pass'), extend: t('controls.extend', extend), pause: `${t('controls.pause')}/${t('controls.resume')}` };
  return (['next', 'pass', 'extend', 'pause'] as const).map((a) => t('round.key', PANEL_KEYS[a]!, label[a])).join(' · ');
}
