/** Starting a round from the side panel: kind, order strategy (quietest-first uses measured talk), slot length. */
import { useState } from 'preact/hooks';
import { ROUND_KINDS, type RoundKind } from '../../../shared/core/events';
import type { MeetingState } from '../../../shared/core/meeting-state';
import { ORDER_STRATEGIES, type OrderStrategy } from '../../../shared/core/orders';
import { useT } from '../../../shared/ui/i18n';
import { msg } from '../i18n';
import type { StringKey } from '../strings';
import { sendCommand } from './connection';

const STRATEGY_TEXT: Record<OrderStrategy, StringKey> = {
  'as-entered': 'orderAsEntered',
  shuffle: 'orderShuffle',
  rotate: 'orderRotate',
  'quietest-first': 'orderQuietestFirst',
};

export function StartRoundForm(props: { meetingId: string }) {
  const t = useT();
  const [kind, setKind] = useState<RoundKind>('go-around');
  const [strategy, setStrategy] = useState<OrderStrategy>('quietest-first');
  const [seconds, setSeconds] = useState(60);
  return (
    <form
      class="wx-form wx-round-form"
      onSubmit={(e) => {
        e.preventDefault();
        void sendCommand({ kind: 'round', command: { type: 'start', kind, strategy, slotMs: Math.max(0, seconds) * 1000 } }, props.meetingId);
      }}
    >
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
        <input type="number" min={0} step={5} value={seconds} onInput={(e) => setSeconds(Number(e.currentTarget.value) || 0)} />
      </label>
      <button type="submit">{msg('panelStartRound')}</button>
    </form>
  );
}

export function RoundPanel(props: { state: MeetingState; now: number; meetingId: string }) {
  if (!props.state.activeRound) return <StartRoundForm meetingId={props.meetingId} />;
  return null;
}
