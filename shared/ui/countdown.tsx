/**
 * The turn timer: large m:ss digits inside a progress ring. It never counts: `timer.remainingMs`
 * is computed by the core from timestamps each time the shell renders. State is shown by
 * text, an icon and the ring's shape (solid, dashed when paused, thick when warning, double
 * when over), never by colour alone. role="timer" is silent by default; the Announcer speaks
 * the milestones.
 */
import { richText, useT } from './i18n';
import { formatClock } from '../core/text/format';
import { durationText } from './duration';
import type { TimerView } from './types';
import { Name, NameList } from './name';
import { Icon, type IconName } from './icons';

export type CountdownState = 'idle' | 'untimed' | 'running' | 'warning' | 'paused' | 'overtime';

/** `hasTurn`: someone holds the turn. Without a timer that is an untimed turn, not idleness. */
export function countdownState(timer: TimerView | null, hasTurn = false): CountdownState {
  if (!timer) return hasTurn ? 'untimed' : 'idle';
  if (timer.paused) return 'paused';
  if (timer.remainingMs <= 0) return 'overtime';
  if (timer.remainingMs <= timer.warnMs) return 'warning';
  return 'running';
}

const ICONS: Record<CountdownState, IconName> = {
  idle: 'idle',
  untimed: 'play',
  running: 'play',
  warning: 'warning',
  paused: 'pause',
  overtime: 'alarm',
};

const R = 45;
const CIRCUMFERENCE = 2 * Math.PI * R;

/**
 * `turnName` is whose turn it is; `talking` who is talking now (detected or marked). They are
 * two facts: when someone other than the turn holder talks, the talker line says so
 * ("Ada, during the turn") with an icon, not colour alone.
 */
export function Countdown(props: { timer: TimerView | null; turnName?: string | null; talking?: readonly string[] }) {
  const t = useT();
  const { timer } = props;
  const turnName = props.turnName ?? null;
  const state = countdownState(timer, turnName !== null);
  const fraction = timer && timer.totalMs > 0 ? Math.min(1, Math.max(0, timer.remainingMs / timer.totalMs)) : 0;
  const arc = state === 'overtime' ? CIRCUMFERENCE : CIRCUMFERENCE * fraction;
  const detail = !timer
    ? ''
    : timer.remainingMs >= 0
      ? t('countdown.remaining', durationText(t, timer.remainingMs), durationText(t, timer.totalMs))
      : t('countdown.over', durationText(t, -timer.remainingMs), durationText(t, timer.totalMs));
  const talking = props.talking;
  const others = talking && turnName !== null ? talking.filter((n) => n !== turnName) : [];
  const cross = others.length > 0;

  return (
    <section class="rt-countdown" data-state={state} aria-label={t('countdown.label')}>
      <div class="rt-countdown-dial">
        <svg class="rt-ring" viewBox="0 0 100 100" aria-hidden="true" focusable="false">
          <circle class="rt-ring-track" cx="50" cy="50" r={R} />
          <circle
            class="rt-ring-progress"
            cx="50"
            cy="50"
            r={R}
            stroke-dasharray={`${arc.toFixed(2)} ${CIRCUMFERENCE.toFixed(2)}`}
            transform="rotate(-90 50 50)"
          />
          {state === 'overtime' && <circle class="rt-ring-over" cx="50" cy="50" r={R - 10} />}
        </svg>
        <div class="rt-countdown-digits" role="timer" aria-live="off" aria-atomic="true">
          {timer ? formatClock(timer.remainingMs) : '–:––'}
        </div>
      </div>
      <div class="rt-countdown-text">
        <p class="rt-countdown-status">
          <span class="rt-state-icon">
            <Icon name={ICONS[state]} />
          </span>{' '}
          <strong>{t(`countdown.${state}`)}</strong>
          {detail && <span class="rt-countdown-detail"> · {detail}</span>}
        </p>
        {turnName !== null && (
          <p class="rt-countdown-speaker" data-fact="turn">
            {richText(t, 'countdown.turn', <Name name={turnName} />)}
          </p>
        )}
        {talking && (
          <p class="rt-countdown-talking" data-fact="talking" data-cross-talk={cross || undefined}>
            <span class="rt-state-icon">
              <Icon name="mic" />
            </span>{' '}
            {talking.length === 0
              ? t('countdown.nobodyTalking')
              : cross
                ? richText(t, 'countdown.talkingDuring', <NameList names={talking} />)
                : richText(t, 'countdown.talking', <NameList names={talking} />)}
          </p>
        )}
      </div>
    </section>
  );
}
