/**
 * The summary panel's page: the meeting's figures from the core (computeMetrics, round views)
 * with export buttons. Names are text children only.
 */
import type { MeetingEvent } from '../../shared/core/events';
import type { MeetingState } from '../../shared/core/meeting-state';
import { computeMetrics } from '../../shared/core/metrics';
import { viewRound } from '../../shared/core/round-view';
import { formatDuration, formatPercent, formatTurnUsage } from '../../shared/core/format';
import { BalanceBars, useT } from '../../shared/ui/index';
import type { ExportFormatId } from '../src/protocol';
import type { ViewStringKey } from './view-strings';

interface Props {
  state: MeetingState;
  events: MeetingEvent[];
  now: number;
  t: (key: ViewStringKey, ...args: (string | number)[]) => string;
  exportAs(format: ExportFormatId): void;
}

export function SummaryPage(props: Props) {
  const ut = useT();
  const { state, t } = props;
  const m = computeMetrics(state, props.now);
  return (
    <div class="rt-root rt-summary">
      <h1>{t('summary.title', state.title)}</h1>
      <p>
        {formatDuration(m.windowMs)} · {t('summary.balance', m.balance)}
      </p>
      <BalanceBars
        people={m.participants
          .filter((p) => p.counted)
          .map((p) => ({ pid: p.pid, name: p.name, talkMs: p.talkMs, share: p.share, fairShare: p.fairShare, turns: p.turns, quiet: p.quiet, dominant: p.dominant, speaking: p.speaking }))}
      />
      <table class="rt-table">
        <tbody>
          {m.participants
            .filter((p) => p.counted)
            .map((p) => (
              <tr key={p.pid}>
                <th scope="row">{p.name}</th>
                <td>{formatDuration(p.talkMs)}</td>
                <td>{formatPercent(p.share)}</td>
                <td>{formatPercent(p.fairShare)}</td>
              </tr>
            ))}
        </tbody>
      </table>
      {state.rounds.map((r) => {
        const v = viewRound(state, r, props.now);
        return (
          <section key={r.rid} class="rt-summary-round">
            <h2>{v.topic ? `${ut(`kind.${v.kind}` as never)}: ${v.topic}` : ut(`kind.${v.kind}` as never)}</h2>
            <ol>
              {v.turns.map((turn, i) => (
                <li key={i}>
                  {turn.name}: {formatTurnUsage({ allottedMs: turn.allottedMs, usedMs: turn.usedMs, passed: turn.passed })}
                </li>
              ))}
            </ol>
          </section>
        );
      })}
      <div class="rt-start" role="group" aria-label={t('summary.export')}>
        <button type="button" class="rt-button" data-export="md" onClick={() => props.exportAs('md')}>
          {t('summary.exportMd')}
        </button>
        <button type="button" class="rt-button" data-export="csv" onClick={() => props.exportAs('csv')}>
          {t('summary.exportCsv')}
        </button>
        <button type="button" class="rt-button" data-export="json" onClick={() => props.exportAs('json')}>
          {t('summary.exportJson')}
        </button>
      </div>
    </div>
  );
}
