/**
 * Balance over time for a team's past meetings (the browser's history, VS Code's records):
 * an SVG line of each meeting's balance score with its value written at every point, and the
 * same numbers in a table. Oldest first. A meeting without a score (nothing measured) breaks
 * the line instead of pretending to be 0.
 */
import { useId } from 'preact/hooks';
import { useT } from './i18n';
import { DataTable } from './data-table';

export interface TrendPoint {
  id: string;
  /** A date or title; untrusted text. */
  label: string;
  balance: number | null;
}

const W = 600;
const H = 140;
const PAD_X = 28;
const TOP = 18;
const BOTTOM = 16;

/** Polyline segments: runs of consecutive points that have a score. */
export function trendSegments(points: readonly TrendPoint[]): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  points.forEach((p, i) => {
    if (p.balance === null) {
      if (run.length) runs.push(run);
      run = [];
    } else run.push(i);
  });
  if (run.length) runs.push(run);
  return runs;
}

export function BalanceTrend(props: { points: TrendPoint[] }) {
  const t = useT();
  const id = useId();
  const n = props.points.length;
  const x = (i: number) => (n <= 1 ? W / 2 : PAD_X + (i / (n - 1)) * (W - 2 * PAD_X));
  const y = (v: number) => TOP + (1 - Math.min(100, Math.max(0, v)) / 100) * (H - TOP - BOTTOM);
  const dash = t('trend.none');
  return (
    <section class="rt-trend" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} class="rt-heading">
        {t('trend.heading')}
      </h2>
      {n === 0 ? (
        <p class="rt-empty">{t('trend.empty')}</p>
      ) : (
        <figure class="rt-figure">
          <svg viewBox={`0 0 ${W} ${H}`} aria-hidden="true" focusable="false">
            {[0, 50, 100].map((v) => (
              <g key={v}>
                <line class="rt-chart-grid" x1={PAD_X / 2} x2={W - PAD_X / 2} y1={y(v)} y2={y(v)} />
                <text class="rt-chart-axis" x={0} y={y(v) + 3}>
                  {v}
                </text>
              </g>
            ))}
            {trendSegments(props.points).map((run) => (
              <polyline key={run[0]} class="rt-trend-line" points={run.map((i) => `${x(i)},${y(props.points[i]!.balance!)}`).join(' ')} />
            ))}
            {props.points.map((p, i) =>
              p.balance === null ? null : (
                <g key={p.id}>
                  <circle class="rt-trend-dot" cx={x(i)} cy={y(p.balance)} r={4} />
                  <text class="rt-chart-label" x={x(i)} y={y(p.balance) - 7} text-anchor="middle">
                    {p.balance}
                  </text>
                </g>
              ),
            )}
          </svg>
          <DataTable
            label={t('trend.table')}
            columns={[{ label: t('trend.meeting') }, { label: t('summary.balance'), numeric: true }]}
            rows={props.points.map((p) => ({ key: p.id, head: <bdi>{p.label}</bdi>, cells: [p.balance === null ? dash : p.balance] }))}
          />
        </figure>
      )}
    </section>
  );
}
