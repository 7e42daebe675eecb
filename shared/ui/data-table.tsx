/**
 * A horizontally scrollable wrapper for a wide table at narrow widths. A scrollable box must
 * be reachable by keyboard (so it can be scrolled with the arrow keys) and, once focusable,
 * needs a name: it is a labelled region with tabindex 0.
 */
import type { ComponentChildren } from 'preact';

export function TableRegion(props: { label: string; children: ComponentChildren }) {
  return (
    <div class="rt-table-wrap" role="region" aria-label={props.label} tabIndex={0}>
      {props.children}
    </div>
  );
}
