/**
 * A button for every round action. Native <button>s: Tab reaches them, Enter and Space press
 * them. What is not possible now (the core decides; the UI only reflects it) is marked
 * aria-disabled rather than `disabled`: a disabled button drops keyboard focus to the page, so
 * pressing End round or the last Pass would leave a keyboard user nowhere; an aria-disabled
 * one keeps focus, is announced as unavailable, and ignores presses. Shortcut hints are shown
 * and exposed as aria-keyshortcuts.
 */
import { useT } from './i18n';
import { durationText } from './duration';
import { Icon, type IconName } from './icons';
import type { RoundAbilities, RoundAction, RoundActions, ShortcutHints } from './types';

interface Props {
  can: RoundAbilities;
  actions: RoundActions;
  extendMs: number;
  hints?: ShortcutHints;
}

export function RoundControls(props: Props) {
  const t = useT();
  const { can, actions, hints = {} } = props;
  // One toggle for pause/resume: the label says what pressing it will do.
  const resuming = can.resume && !can.pause;

  const button = (action: RoundAction, icon: IconName, label: string, run: () => void) => (
    <button
      type="button"
      class={`rt-button rt-action-${action}`}
      data-action={action}
      aria-disabled={can[action] ? undefined : 'true'}
      onClick={() => {
        if (can[action]) run();
      }}
      aria-keyshortcuts={hints[action] || undefined}
    >
      <Icon name={icon} />
      <span class="rt-button-label">{label}</span>
      {hints[action] && (
        <kbd class="rt-kbd" aria-hidden="true">
          {hints[action]}
        </kbd>
      )}
    </button>
  );

  return (
    <div class="rt-controls" role="group" aria-label={t('controls.label')}>
      {button('next', 'next', t('controls.next'), () => actions.next())}
      {button('pass', 'pass', t('controls.pass'), () => actions.pass())}
      {button('extend', 'extend', t('controls.extend', durationText(t, props.extendMs)), () => actions.extend(props.extendMs))}
      {resuming
        ? button('resume', 'play', t('controls.resume'), () => actions.resume())
        : button('pause', 'pause', t('controls.pause'), () => actions.pause())}
      {button('end', 'stop', t('controls.end'), () => actions.endRound())}
    </div>
  );
}
