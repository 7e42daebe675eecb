/**
 * The round's speaking order and the raised-hand queue. Each person's status is a word and a
 * symbol (not a colour): spoke ✓, passed ↷, speaking now ▶, next ›, waiting ·. The current
 * turn carries aria-current="step".
 */
import { useId } from 'preact/hooks';
import { useT } from './i18n';
import type { HandEntry, RoundView, TurnStatus } from './types';
import { durationText } from './duration';
import { Name } from './name';
import { Icon } from './icons';

const SYMBOLS: Record<TurnStatus, string> = {
  done: '✓',
  passed: '↷',
  current: '▶',
  next: '›',
  waiting: '·',
  skipped: '–',
};

export function TurnQueue(props: { round: RoundView | null; hands?: HandEntry[] }) {
  const t = useT();
  const id = useId();
  const order = props.round?.order ?? [];
  const hands = props.hands ?? props.round?.hands ?? [];
  return (
    <section class="rt-queue" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} class="rt-heading">
        {t('queue.heading')}
      </h2>
      {order.length === 0 ? (
        <p class="rt-empty">{t('queue.empty')}</p>
      ) : (
        <ol class="rt-queue-list">
          {order.map((entry) => (
            <li
              key={entry.pid}
              class="rt-queue-item"
              data-status={entry.status}
              aria-current={entry.status === 'current' ? 'step' : undefined}
            >
              <span class="rt-queue-symbol" aria-hidden="true">
                {SYMBOLS[entry.status]}
              </span>
              <Name name={entry.name} />
              <span class="rt-queue-status">{t(`queue.status.${entry.status}`)}</span>
            </li>
          ))}
        </ol>
      )}
      <h3 id={`${id}-hands`} class="rt-subheading">
        {t('queue.hands')}
      </h3>
      {hands.length === 0 ? (
        <p class="rt-empty">{t('queue.handsEmpty')}</p>
      ) : (
        <ol class="rt-hands-list" aria-labelledby={`${id}-hands`}>
          {hands.map((hand) => (
            <li key={hand.pid} class="rt-hand-item">
              <span class="rt-queue-symbol">
                <Icon name="hand" />
              </span>
              <Name name={hand.name} />
              {hand.waitMs !== undefined && <span class="rt-hand-wait"> {t('queue.handWait', durationText(t, hand.waitMs))}</span>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
