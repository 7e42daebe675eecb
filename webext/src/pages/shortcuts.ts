/**
 * The keys the user bound to Roundtable's commands (commands API), shown as hints on the round
 * buttons, and the shortcuts the manifest suggests that came up unbound: a browser leaves a
 * suggested key unassigned when it or another extension already uses it, and says nothing, so
 * the panel says it and links to the browser's shortcut settings.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ShortcutHints } from '../../../shared/ui/types';
import { KEY_COMMANDS } from '../background/keyboard';
import { browser } from '../platform/browser';
import { unboundShortcuts, type ManifestCommands } from './unbound-shortcuts';

export interface Shortcuts {
  hints: ShortcutHints;
  /** Suggested keys that are not bound, e.g. ["Alt+Shift+N (Next speaker)"]. */
  unbound: string[];
}

export function useShortcuts(): Shortcuts {
  const [shortcuts, setShortcuts] = useState<Shortcuts>({ hints: {}, unbound: [] });
  useEffect(() => {
    browser.commands.getAll().then(
      (all) => {
        const key = (name: string) => all.find((c) => c.name === name)?.shortcut || undefined;
        const hints: ShortcutHints = {};
        for (const action of ['next', 'pass', 'extend'] as const) {
          const k = key(KEY_COMMANDS[action]);
          if (k) hints[action] = k;
        }
        const pause = key(KEY_COMMANDS.pause);
        if (pause) hints.pause = hints.resume = pause;
        setShortcuts({ hints, unbound: unboundShortcuts(browser.runtime.getManifest() as ManifestCommands, all) });
      },
      () => undefined,
    );
  }, []);
  return shortcuts;
}

/** Opens the browser's shortcut settings: Firefox has an API for it; Chrome a page an extension may open. */
export function openShortcutSettings(): void {
  const commands = browser.commands as unknown as { openShortcutSettings?: () => Promise<void> };
  if (commands.openShortcutSettings) void commands.openShortcutSettings().catch(() => undefined);
  else void browser.tabs.create({ url: 'chrome://extensions/shortcuts' }).catch(() => undefined);
}
