/**
 * The default shortcuts shown beside the view's buttons (and as aria-keyshortcuts). They mirror
 * the `keybindings` in package.json (checked by test/unit/extension/manifest.test.ts); a user
 * who rebinds them sees the defaults, since VS Code offers no API to read keybindings.
 */
import type { ShortcutHints } from '../../shared/ui/types';

export const CHORD = 'Ctrl+Alt+R';
export const ACTION_KEYS = { next: 'N', pass: 'P', extend: 'E', pause: 'Space', resume: 'Space', end: 'X' } as const;

export function keyHints(): ShortcutHints {
  const out: ShortcutHints = {};
  for (const [action, key] of Object.entries(ACTION_KEYS)) out[action as keyof ShortcutHints] = `${CHORD} ${key}`;
  return out;
}
