/**
 * The live view both shells render: the VS Code sidebar and the browser side panel. It only
 * composes the components; the shell passes `{state, actions}` and re-renders with a fresh
 * state (remaining time computed by the core at that moment) whenever it wants the digits to
 * move. Nudges are private to the facilitator by construction: this panel is theirs.
 */
import { useId } from 'preact/hooks';
import { richText, useT } from './i18n';
import { durationText, percentText } from './duration';
import type { LiveState, RoundActions } from './types';
import { Countdown } from './countdown';
import { RoundControls } from './round-controls';
import { TurnQueue } from './turn-queue';
import { BalanceBars } from './balance-bars';
import { LiveAnnouncer } from './announcer';
import { Name } from './name';

export function LivePanel(props: { state: LiveState; actions: RoundActions }) {
  const t = useT();
  const id = useId();
  const { state } = props;
  const round = state.round;
  const kind = round ? t(`kind.${round.kind}`) : '';
  return (
    <div class="rt-root rt-live">
      <header class="rt-round-head">
        <h1 class="rt-round-title">{round ? (round.topic ? t('round.title', kind, round.topic) : kind) : t('round.none')}</h1>
        {round && round.currentIndex >= 0 && (
          <p class="rt-round-progress">{t('round.progress', round.currentIndex + 1, round.order.length)}</p>
        )}
      </header>
      <Countdown timer={state.timer} speakerName={state.speakerName} />
      <RoundControls can={state.can} actions={props.actions} extendMs={state.extendMs} hints={state.hints} />
      <TurnQueue round={round} hands={state.hands ?? round?.hands ?? []} />
      <BalanceBars people={state.people} measured={state.measured} />
      {state.nudges.length > 0 && (
        <section aria-labelledby={`${id}-n`}>
          <h2 id={`${id}-n`} class="rt-heading">
            {t('nudge.heading')}
          </h2>
          <ul class="rt-nudges">
            {state.nudges.map((n) => (
              <li key={`${n.kind}-${n.pid}`}>
                {n.kind === 'notHeard'
                  ? richText(t, 'nudge.notHeard', <Name name={n.name} />)
                  : n.kind === 'dominant'
                    ? richText(t, 'nudge.dominant', <Name name={n.name} />, percentText(t, n.share))
                    : n.kind === 'interrupted'
                      ? richText(t, 'nudge.interrupted', <Name name={n.name} />, n.count)
                      : richText(t, 'nudge.holding', <Name name={n.name} />, durationText(t, n.heldMs))}
              </li>
            ))}
          </ul>
        </section>
      )}
      <LiveAnnouncer state={state} />
    </div>
  );
}
