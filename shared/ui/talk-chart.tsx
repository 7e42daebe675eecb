/**
 * Each person's share of the talk as a bar against a mark at their fair share, with the
 * figures in a table beside it. The SVG repeats the table for the eye (aria-hidden); quiet and
 * dominant are words in the table, not bar colours alone.
 */
import { useId } from 'preact/hooks';
import { useT } from './i18n';
import { durationText, percentText } from './duration';
import type { PersonBalance } from './types';
import { barScale } from './balance-bars';
import { Name, shortName } from './name';
import { DataTable } from './data-table';

const W = 420;
const LABEL_W = 110;
const VALUE_W = 48;
const ROW_H = 22;

export function statusWords(t: ReturnType<typeof useT>, p: PersonBalance): string {
  const words: string[] = [];
  // The summary speaks of a meeting that is over: "not heard", not "not heard yet".
  if (p.talkMs === 0) words.push(t('balance.notHeardEnded'));
  else if (p.quiet) words.push(t('balance.quiet'));
  if (p.dominant) words.push(t('balance.dominant'));
  return words.join(t('list.separator'));
}

/** `note`: a line under the heading, e.g. the replay's instant (announced politely when it changes by a frame). */
export function TalkChart(props: { people: PersonBalance[]; measured?: boolean; note?: string }) {
  const t = useT();
  const id = useId();
  const scale = barScale(props.people);
  const plotW = W - LABEL_W - VALUE_W;
  const w = (share: number) => (Math.min(share, scale) / scale) * plotW;
  const height = Math.max(1, props.people.length) * ROW_H;

  return (
    <section class="rt-talk-chart" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} class="rt-heading">
        {t('chart.heading')}
      </h2>
      {props.note && <p class="rt-summary-meta" data-replay-note="">{props.note}</p>}
      <figure class="rt-figure">
        <svg viewBox={`0 0 ${W} ${height}`} aria-hidden="true" focusable="false">
          {props.people.map((p, i) => {
            const y = i * ROW_H;
            return (
              <g key={p.pid}>
                <text class="rt-chart-label" x={0} y={y + 15}>
                  <title>{p.name}</title>
                  {shortName(p.name)}
                </text>
                <rect class="rt-chart-track" x={LABEL_W} y={y + 4} width={plotW} height={ROW_H - 8} />
                <rect
                  class="rt-chart-bar"
                  data-quiet={(props.measured !== false && p.quiet) || undefined}
                  data-dominant={(props.measured !== false && p.dominant) || undefined}
                  x={LABEL_W}
                  y={y + 4}
                  width={w(p.share)}
                  height={ROW_H - 8}
                />
                <line class="rt-chart-fair" x1={LABEL_W + w(p.fairShare)} x2={LABEL_W + w(p.fairShare)} y1={y + 1} y2={y + ROW_H - 1} />
                <text class="rt-chart-label" x={W - VALUE_W + 6} y={y + 15}>
                  {percentText(t, p.share)}
                </text>
              </g>
            );
          })}
        </svg>
        <DataTable
          label={t('chart.table')}
          columns={[
            { label: t('chart.person') },
            { label: t('chart.talk'), numeric: true },
            { label: t('chart.share'), numeric: true },
            { label: t('chart.fair'), numeric: true },
            { label: t('chart.turns'), numeric: true },
            { label: t('chart.label') },
          ]}
          rows={props.people.map((p) => ({
            key: p.pid,
            head: <Name name={p.name} />,
            cells: [
              durationText(t, p.talkMs),
              percentText(t, p.share),
              percentText(t, p.fairShare),
              p.turns,
              props.measured === false ? '' : statusWords(t, p),
            ],
          }))}
        />
      </figure>
    </section>
  );
}
