/**
 * The browser's round forms: starting a round (kind, order strategy — quietest-first uses
 * measured talk — and slot) and raising a hand for someone. Every rule is the core's (decideRound
 * in the worker). Loaded after the side panel's first render (lazy.tsx).
 */
import { useState } from 'preact/hooks';
import { ROUND_KINDS, type RoundKind } from '../../../shared/core/record/events';
import { ORDER_STRATEGIES, type OrderStrategy } from '../../../shared/core/rounds/orders';
import { useT } from '../../../shared/ui/i18n';
import { durationText } from '../../../shared/ui/duration';
import { Disclosure } from '../../../shared/ui/disclosure';
import type { PersonBalance } from '../../../shared/ui/types';
import { msg } from '../i18n/i18n';
import type { StringKey } from '../i18n/strings';
import { sendCommand } from './connection';
import { PersonSelect } from './person-select';
import { memo } from '../../../shared/ui/memo';

const STRATEGY_TEXT: Record<OrderStrategy, StringKey> = {
  'as-entered': 'orderAsEntered',
  shuffle: 'orderShuffle',
  rotate: 'orderRotate',
  'quietest-first': 'orderQuietestFirst',
};

/**
 * Between rounds: one Start round button (the next action) with the current choice in words,
 * and the options (kind, order, seconds each) folded behind a remembered disclosure. Given only
 * the meeting's id: it renders when that changes, not with each redraw of the live view (issue 9).
 */
export const StartRoundForm = memo(function StartRoundForm(props: { meetingId: string }) {
  const t = useT();
  const [kind, setKind] = useState<RoundKind>('go-around');
  const [strategy, setStrategy] = useState<OrderStrategy>('quietest-first');
  const [seconds, setSeconds] = useState(60);
  const choice = seconds > 0 ? msg('panelRoundChoice', t(`kind.${kind}`), msg(STRATEGY_TEXT[strategy]), durationText(t, seconds * 1000)) : msg('panelRoundChoiceUntimed', t(`kind.${kind}`), msg(STRATEGY_TEXT[strategy]));
  return (
    <form
      class="wx-form wx-round-form"
      aria-label={msg('panelStartRound')}
      onSubmit={(e) => {
        e.preventDefault();
        void sendCommand({ kind: 'round', command: { type: 'start', kind, strategy, slotMs: Math.max(0, seconds) * 1000, ...(kind === 'discussion' ? { queue: 'deficit' as const } : {}) } }, props.meetingId);
      }}
    >
      <p class="wx-start-row">
        <button type="submit" class="wx-button wx-primary">{msg('panelStartRound')}</button> <span class="wx-hint">{choice}</span>
      </p>
      <Disclosure id="panel.roundOptions" summary={msg('panelRoundOptions')}>
        <div class="wx-form">
          <label>
            {msg('panelRoundKind')}
            <select value={kind} onChange={(e) => setKind(e.currentTarget.value as RoundKind)}>
              {ROUND_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`kind.${k}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {msg('panelRoundOrder')}
            <select value={strategy} onChange={(e) => setStrategy(e.currentTarget.value as OrderStrategy)}>
              {ORDER_STRATEGIES.map((s) => (
                <option key={s} value={s}>
                  {msg(STRATEGY_TEXT[s])}
                </option>
              ))}
            </select>
          </label>
          <label>
            {msg('panelRoundSlot')}
            {/* step 1: any whole number of seconds (18 is as valid as 20). */}
            <input type="number" min={0} step={1} value={seconds} onInput={(e) => setSeconds(Math.max(0, Math.floor(Number(e.currentTarget.value) || 0)))} />
          </label>
        </div>
      </Disclosure>
    </form>
  );
});

/** The raised-hand queue's input: the facilitator raises a hand for someone who asked in the call. */
export function RaiseHandForm(props: { meetingId: string; people: PersonBalance[] }) {
  const [pid, setPid] = useState('');
  const chosen = pid || props.people[0]?.pid || '';
  if (!props.people.length) return null;
  return (
    <form
      class="wx-form wx-inline"
      onSubmit={(e) => {
        e.preventDefault();
        if (chosen) void sendCommand({ kind: 'round', command: { type: 'raise', pid: chosen } }, props.meetingId);
      }}
    >
      <PersonSelect label={msg('panelRaiseHand')} people={props.people} value={chosen} onChange={setPid} />
      <button type="submit">{msg('panelRaise')}</button>
    </form>
  );
}
