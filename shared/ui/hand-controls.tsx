/**
 * What a facilitator does with raised hands besides taking them in turn (issue 11): lower them
 * all at once, and the meeting's switch that lowers a hand when its owner takes the floor. The
 * switch is a native checkbox (its state is said by the control, not by colour); the button
 * only shows while a hand is up. Both go through the shell's actions, which ask the core.
 */
import { useId } from 'preact/hooks';
import { useT } from './i18n';
import type { RoundActions } from './types';

export function LowerAllHands(props: { count: number; actions: RoundActions }) {
  const t = useT();
  const lowerAll = props.actions.lowerAllHands;
  if (!lowerAll || props.count === 0) return null;
  return (
    <p class="rt-hand-controls">
      <button type="button" class="rt-button" data-action="lowerAllHands" onClick={() => lowerAll()}>
        {t('hands.lowerAll', props.count)}
      </button>
    </p>
  );
}

export function HandsFollowSwitch(props: { on: boolean; actions: RoundActions }) {
  const t = useT();
  const id = useId();
  const follow = props.actions.handsFollow;
  if (!follow) return null;
  return (
    <p class="rt-hand-follow">
      <input id={`${id}-follow`} type="checkbox" checked={props.on} onChange={(e) => follow((e.currentTarget as HTMLInputElement).checked)} />
      <label for={`${id}-follow`}>{t('hands.follow')}</label>
    </p>
  );
}
