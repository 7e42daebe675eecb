/**
 * Who follows whom as a picture: the people on a circle, an arrow from each speaker to the next
 * person who took the floor, thicker and numbered by how often. Readable without colour (arrow
 * heads, numbers, names as text) and never the only carrier: the same pairs are a table below.
 */
import { useId } from 'preact/hooks';
import { useT } from './i18n';
import type { Pid } from './types';
import { Name, shortName } from './name';
import { DataTable } from './data-table';

const W = 600;
const H = 320;
const R = 115;
const NODE_R = 16;
const BEND = 28;

interface Point {
  x: number;
  y: number;
}

/** Where each person sits: evenly around the circle, the first at the top, clockwise. */
export function nodePositions(n: number): Point[] {
  return Array.from({ length: n }, (_, i) => {
    const a = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(1, n);
    return { x: W / 2 + R * Math.cos(a), y: H / 2 + R * Math.sin(a) };
  });
}

/** A curve from a to b bent to its right, so a->b and b->a never overlap; ends at the node rims. */
export function arrowPath(a: Point, b: Point): { d: string; label: Point } {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len = Math.hypot(dx, dy) || 1;
  const [ux, uy] = [dx / len, dy / len];
  const c = { x: (a.x + b.x) / 2 - uy * BEND, y: (a.y + b.y) / 2 + ux * BEND };
  const rim = (from: Point, to: Point, r: number) => {
    const l = Math.hypot(to.x - from.x, to.y - from.y) || 1;
    return { x: from.x + ((to.x - from.x) / l) * r, y: from.y + ((to.y - from.y) / l) * r };
  };
  const p0 = rim(a, c, NODE_R + 2);
  const p2 = rim(b, c, NODE_R + 6);
  const r1 = (n: number) => Math.round(n * 10) / 10;
  return {
    d: `M ${r1(p0.x)} ${r1(p0.y)} Q ${r1(c.x)} ${r1(c.y)} ${r1(p2.x)} ${r1(p2.y)}`,
    label: { x: r1(0.25 * p0.x + 0.5 * c.x + 0.25 * p2.x), y: r1(0.25 * p0.y + 0.5 * c.y + 0.25 * p2.y) },
  };
}

export function TurnTaking(props: { people: { pid: Pid; name: string }[]; transitions: { from: Pid; to: Pid; count: number }[] }) {
  const t = useT();
  const id = useId();
  const involved = new Set(props.transitions.flatMap((x) => [x.from, x.to]));
  const people = props.people.filter((p) => involved.has(p.pid));
  const pos = new Map(people.map((p, i) => [p.pid, nodePositions(people.length)[i]!]));
  const name = new Map(props.people.map((p) => [p.pid, p.name]));
  const max = Math.max(1, ...props.transitions.map((x) => x.count));
  const marker = `${id}-arrow`;

  return (
    <div class="rt-turn-taking">
      <figure class="rt-figure">
        <svg viewBox={`0 0 ${W} ${H}`} aria-hidden="true" focusable="false" data-turn-taking="">
          <defs>
            <marker id={marker} viewBox="0 0 10 10" refX="8" refY="5" markerUnits="userSpaceOnUse" markerWidth="11" markerHeight="11" orient="auto-start-reverse">
              <path class="rt-arrow-head" d="M 0 0 L 10 5 L 0 10 z" />
            </marker>
          </defs>
          {props.transitions.map((x) => {
            const a = pos.get(x.from);
            const b = pos.get(x.to);
            if (!a || !b) return null;
            const { d, label } = arrowPath(a, b);
            return (
              <g key={`${x.from}>${x.to}`} data-from={x.from} data-to={x.to}>
                <path class="rt-arrow" d={d} stroke-width={1.5 + (4 * x.count) / max} marker-end={`url(#${marker})`} />
                <text class="rt-arrow-count" x={label.x} y={label.y + 4} text-anchor="middle">
                  {x.count}
                </text>
              </g>
            );
          })}
          {people.map((p) => {
            const at = pos.get(p.pid)!;
            const outward = { x: at.x - W / 2, y: at.y - H / 2 };
            const len = Math.hypot(outward.x, outward.y) || 1;
            const lx = at.x + (outward.x / len) * (NODE_R + 8);
            const ly = at.y + (outward.y / len) * (NODE_R + 8);
            const anchor = Math.abs(outward.x) < 20 ? 'middle' : outward.x > 0 ? 'start' : 'end';
            return (
              <g key={p.pid}>
                <circle class="rt-node" cx={at.x} cy={at.y} r={NODE_R} />
                <text class="rt-chart-label" x={lx} y={ly + (outward.y > 20 ? 10 : outward.y < -20 ? -2 : 4)} text-anchor={anchor}>
                  <title>{p.name}</title>
                  {shortName(p.name)}
                </text>
              </g>
            );
          })}
        </svg>
        <figcaption class="rt-summary-meta">{t('floor.followPicture')}</figcaption>
      </figure>
      <DataTable
        label={t('floor.followTable')}
        caption={t('floor.followTable')}
        columns={[{ label: t('floor.from') }, { label: t('floor.to') }, { label: t('floor.times'), numeric: true }]}
        rows={props.transitions.map((x) => ({ key: `${x.from}>${x.to}`, head: <Name name={name.get(x.from) ?? x.from} />, cells: [<Name name={name.get(x.to) ?? x.to} />, x.count] }))}
      />
    </div>
  );
}
