/**
 * The one way shared/ui draws a data table: header cells scoped, the first cell of each row a
 * row header, numbers right-aligned, and a horizontally scrollable wrapper for narrow widths.
 * A scrollable box must be reachable by keyboard (so it can be scrolled with the arrow keys)
 * and, once focusable, needs a name: it is a labelled region with tabindex 0.
 */
import type { ComponentChildren } from 'preact';

export interface Column {
  label: string;
  numeric?: boolean;
}

export interface Row {
  key: string;
  /** The row header (usually a <Name>). */
  head: ComponentChildren;
  cells: ComponentChildren[];
  /** Extra data-* marker on the row, e.g. "overran", for styling and tests. */
  mark?: string;
}

/** `class` marks the wrapper, for styling and tests. */
export function DataTable(props: { label: string; caption?: string; columns: Column[]; rows: Row[]; class?: string }) {
  const numeric = props.columns.map((c) => (c.numeric ? 'rt-num' : undefined));
  return (
    <div class={props.class ? `rt-table-wrap ${props.class}` : 'rt-table-wrap'} role="region" aria-label={props.label} tabIndex={0}>
      <table class="rt-table">
        {props.caption !== undefined && <caption>{props.caption}</caption>}
        <thead>
          <tr>
            {props.columns.map((c, i) => (
              <th key={i} scope="col" class={numeric[i]}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((r) => (
            <tr key={r.key} {...(r.mark ? { [`data-${r.mark}`]: '' } : {})}>
              <th scope="row">{r.head}</th>
              {r.cells.map((cell, i) => (
                <td key={i} class={numeric[i + 1]}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
