/**
 * Small SVG icons drawn in currentColor, so they follow the theme and forced colours and do
 * not depend on the fonts installed (several media-control characters render as empty boxes
 * in common Linux fonts). Always decorative: the words beside them carry the meaning.
 */
export type IconName = 'next' | 'pass' | 'extend' | 'pause' | 'play' | 'stop' | 'warning' | 'alarm' | 'idle' | 'mic' | 'hand';

const PATHS: Record<IconName, string> = {
  next: 'M3 3l7 5-7 5zM11 3h2v10h-2z',
  pass: 'M3 10a5 5 0 0 1 9-3l1.5-1.5V10H9l1.6-1.6A3 3 0 0 0 5 10z',
  extend: 'M7 3h2v4h4v2H9v4H7V9H3V7h4z',
  pause: 'M4 3h3v10H4zM9 3h3v10H9z',
  play: 'M4 3l9 5-9 5z',
  stop: 'M4 4h8v8H4z',
  warning: 'M8 1l7 13H1zM7 6v4h2V6zm0 5v2h2v-2z',
  alarm: 'M8 3a6 6 0 1 1 0 12A6 6 0 0 1 8 3zm-1 2v4.4l3 1.8.8-1.3L9 8.6V5zM1 3l3-2 1 1.2-3 2zM15 3l-3-2-1 1.2 3 2z',
  idle: 'M8 2a6 6 0 1 1 0 12A6 6 0 0 1 8 2zm0 2a4 4 0 1 0 0 8 4 4 0 0 0 0-8z',
  mic: 'M6 2h4v7H6zM4 7h1.5a2.5 2.5 0 0 0 5 0H12a4 4 0 0 1-3.2 3.9V13H11v1.5H5V13h2.2v-2.1A4 4 0 0 1 4 7z',
  hand: 'M5 7V3h1.5v4h.5V2h1.5v5h.5V2.5h1.5V8h.5V4.5H13V10a4 4 0 0 1-4 4H8a4 4 0 0 1-3.6-2.3L2.8 8.5l1.2-.7L5 9.3z',
};

export function Icon(props: { name: IconName }) {
  return (
    <svg class="rt-icon" data-icon={props.name} viewBox="0 0 16 16" width="1em" height="1em" aria-hidden="true" focusable="false">
      <path d={PATHS[props.name]} fill="currentColor" fill-rule="evenodd" />
    </svg>
  );
}
