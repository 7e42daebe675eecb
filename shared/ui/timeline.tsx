/**
 * Who spoke when: one lane per person, a bar per speech interval, a time axis. The SVG is a
 * picture for sighted users (aria-hidden); the same information is a table under "Timeline
 * as text", so nothing is only visual.
 */
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { formatClock } from '../core/text/format';
import { useT } from './i18n';
import type { Pid, SpeechSpan } from './types';
import { Name, shortName } from './name';
import { DataTable } from './data-table';

interface Props {
  people: { pid: Pid; name: string }[];
  spans: SpeechSpan[];
  durationMs: number;
  /** Replay: a playhead at this many ms since the start, and spans drawn only up to it. */
  playheadMs?: number | null;
  /** Replay controls, shown above the picture. */
  controls?: ComponentChildren;
}

const W = 420;
const LABEL_W = 110;
const LANE_H = 16;
const LANE_GAP = 6;
const AXIS_H = 18;
const TICK_STEPS_MS = [10_000, 30_000, 60_000, 120_000, 300_000, 600_000, 900_000, 1_800_000, 3_600_000, 7_200_000];

/** Tick positions for the axis: the smallest "round" step that gives at most six ticks. */
export function axisTicks(durationMs: number): number[] {
  if (!(durationMs > 0)) return [0];
  const step = TICK_STEPS_MS.find((s) => durationMs / s <= 6) ?? Math.ceil(durationMs / 6 / 3_600_000) * 3_600_000;
  const ticks: number[] = [];
  for (let x = 0; x <= durationMs; x += step) ticks.push(x);
  // Label the end too unless it would crowd the last round tick.
  if (ticks.length === 1 || durationMs - ticks[ticks.length - 1]! > step / 2) ticks.push(durationMs);
  return ticks;
}

export function Timeline(props: Props) {
  const t = useT();
  const id = useId();
  const span = Math.max(1, props.durationMs);
  const plotW = W - LABEL_W - 8;
  const x = (ms: number) => LABEL_W + (Math.min(Math.max(ms, 0), span) / span) * plotW;
  const height = props.people.length * (LANE_H + LANE_GAP) + AXIS_H;
  const head = props.playheadMs ?? null;
  const byPerson = new Map<Pid, SpeechSpan[]>();
  for (const s of props.spans) byPerson.set(s.pid, [...(byPerson.get(s.pid) ?? []), s]);

  return (
    <section class="rt-timeline" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} class="rt-heading">
        {t('timeline.heading')}
      </h2>
      {props.controls}
      <figure class="rt-figure">
        <svg viewBox={`0 0 ${W} ${height}`} aria-hidden="true" focusable="false">
          {axisTicks(props.durationMs).map((tick, i, all) => (
            <g key={tick}>
              <line class="rt-chart-grid" x1={x(tick)} x2={x(tick)} y1={0} y2={height - AXIS_H + 2} />
              {/* The last label ends at its tick so it is not cut off at the edge. */}
              <text class="rt-chart-axis" x={x(tick)} y={height - 4} text-anchor={i === all.length - 1 && i > 0 ? 'end' : 'middle'}>
                {formatClock(tick)}
              </text>
            </g>
          ))}
          {props.people.map((p, i) => {
            const y = i * (LANE_H + LANE_GAP);
            return (
              <g key={p.pid}>
                <text class="rt-chart-label" x={0} y={y + LANE_H - 4}>
                  <title>{p.name}</title>
                  {shortName(p.name)}
                </text>
                <rect class="rt-chart-track" x={LABEL_W} y={y} width={plotW} height={LANE_H} />
                {(byPerson.get(p.pid) ?? []).map((s) => {
                  // During a replay, what has not happened yet is only an outline.
                  const shown = head === null ? s.endMs : Math.min(s.endMs, head);
                  return (
                    <g key={s.startMs}>
                      {shown < s.endMs && <rect class="rt-chart-span-future" x={x(s.startMs)} y={y + 2} width={Math.max(1, x(s.endMs) - x(s.startMs))} height={LANE_H - 4} />}
                      {shown > s.startMs && <rect class="rt-chart-span" x={x(s.startMs)} y={y + 2} width={Math.max(1, x(shown) - x(s.startMs))} height={LANE_H - 4} />}
                    </g>
                  );
                })}
              </g>
            );
          })}
          {head !== null && <line class="rt-playhead" data-playhead={Math.round(head)} x1={x(head)} x2={x(head)} y1={0} y2={height - AXIS_H + 2} />}
        </svg>
        <details class="rt-text-alt">
          <summary>{t('timeline.textHeading')}</summary>
          <DataTable
            label={t('timeline.textHeading')}
            columns={[{ label: t('timeline.person') }, { label: t('timeline.when') }]}
            rows={props.people.map((p) => {
              const spans = byPerson.get(p.pid) ?? [];
              return {
                key: p.pid,
                head: <Name name={p.name} />,
                cells: [
                  spans.length === 0
                    ? t('timeline.never')
                    : spans.map((s) => t('timeline.interval', formatClock(s.startMs), formatClock(s.endMs))).join(t('list.separator')),
                ],
              };
            })}
          />
        </details>
      </figure>
    </section>
  );
}
