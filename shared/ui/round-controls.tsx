/**
 * A button for every round action, in one compact block: Next, Pass and Extend first (the
 * three a facilitator reaches for mid-turn), Pause and End round after them. Native <button>s:
 * Tab reaches them, Enter and Space press them. What is not possible now (the core decides;
 * the UI only reflects it) is marked aria-disabled rather than `disabled`: a disabled button
 * drops keyboard focus to the page, so pressing End round or the last Pass would leave a
 * keyboard user nowhere; an aria-disabled one keeps focus, is announced as unavailable, and
 * ignores presses.
 *
 * Keys: each action has a one-letter key inside the panel (PANEL_KEYS, handled by
 * usePanelKeys) and possibly a global shortcut from the shell (`hints`). Both are announced
 * through aria-keyshortcuts (a chord such as VS Code's "Ctrl+Alt+R N" cannot be expressed
 * there and goes only into the tooltip).
 */
import { useT } from './i18n';
import { durationText } from './duration';
import { Icon, type IconName } from './icons';
import { usePageKeys } from './page-keys';
import type { RoundAbilities, RoundAction, RoundActions, ShortcutHints } from './types';

/** The in-panel key of each action (KeyboardEvent.key, upper case for display); End has none on purpose. */
export const PANEL_KEYS: Partial<Record<RoundAction, string>> = { next: 'N', pass: 'P', extend: 'E', pause: 'K', resume: 'K' };

interface Props {
  can: RoundAbilities;
  actions: RoundActions;
  extendMs: number;
  extendMoreMs?: number[];
  hints?: ShortcutHints;
}

/** aria-keyshortcuts value: the panel key and the global shortcut when it is a single chord. */
export function keyShortcuts(action: RoundAction, hints: ShortcutHints): string | undefined {
  const keys = [PANEL_KEYS[action], hints[action]].filter((k): k is string => !!k && !/\s/.test(k));
  return keys.length ? keys.join(' ') : undefined;
}

/** Runs a round action from its in-panel key, unless typing in a field or a modifier is held (page-keys.ts). */
export function usePanelKeys(can: RoundAbilities, actions: RoundActions, extendMs: number): void {
  usePageKeys((e) => {
    const key = e.key.toUpperCase();
    const run: Partial<Record<RoundAction, () => void>> = {
      next: () => actions.next(),
      pass: () => actions.pass(),
      extend: () => actions.extend(extendMs),
      pause: () => actions.pause(),
      resume: () => actions.resume(),
    };
    for (const action of ['next', 'pass', 'extend', 'pause', 'resume'] as const) {
      if (PANEL_KEYS[action] === key && can[action]) {
        run[action]!();
        return true;
      }
    }
    return false;
  });
}

export function RoundControls(props: Props) {
  const t = useT();
  const { can, actions, hints = {} } = props;
  // One toggle for pause/resume: the label says what pressing it will do.
  const resuming = can.resume && !can.pause;

  const button = (action: RoundAction, icon: IconName, label: string, run: () => void, primary: boolean) => {
    const keys = [PANEL_KEYS[action], hints[action]].filter(Boolean).join(', ');
    return (
      <button
        type="button"
        class={`rt-button rt-action-${action}${primary ? '' : ' rt-button-secondary'}`}
        data-action={action}
        aria-disabled={can[action] ? undefined : 'true'}
        onClick={() => {
          if (can[action]) run();
        }}
        aria-keyshortcuts={keyShortcuts(action, hints)}
        title={keys ? `${label} (${keys})` : undefined}
      >
        <Icon name={icon} />
        <span class="rt-button-label">{label}</span>
      </button>
    );
  };

  return (
    <div class="rt-controls" role="group" aria-label={t('controls.label')}>
      <div class="rt-controls-main">
        {button('next', 'next', t('controls.next'), () => actions.next(), true)}
        {button('pass', 'pass', t('controls.pass'), () => actions.pass(), true)}
        {button('extend', 'extend', t('controls.extend', durationText(t, props.extendMs)), () => actions.extend(props.extendMs), true)}
      </div>
      <div class="rt-controls-more">
        {resuming
          ? button('resume', 'play', t('controls.resume'), () => actions.resume(), false)
          : button('pause', 'pause', t('controls.pause'), () => actions.pause(), false)}
        {(props.extendMoreMs ?? []).map((ms) => (
          <button
            key={ms}
            type="button"
            class="rt-button rt-button-secondary rt-extend-more"
            data-extend-ms={ms}
            aria-disabled={can.extend ? undefined : 'true'}
            aria-label={t('controls.extend', durationText(t, ms))}
            onClick={() => {
              if (can.extend) actions.extend(ms);
            }}
          >
            +{durationText(t, ms)}
          </button>
        ))}
        {button('end', 'stop', t('controls.end'), () => actions.endRound(), false)}
      </div>
    </div>
  );
}
