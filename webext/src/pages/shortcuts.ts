/** The keys the user bound to Roundtable's commands (commands API), shown as hints on the round buttons. */
import { useEffect, useState } from 'preact/hooks';
import type { ShortcutHints } from '../../../shared/ui/types';
import { KEY_COMMANDS } from '../background/keyboard';
import { browser } from '../platform/browser';

export function useShortcutHints(): ShortcutHints {
  const [hints, setHints] = useState<ShortcutHints>({});
  useEffect(() => {
    browser.commands.getAll().then(
      (all) => {
        const key = (name: string) => all.find((c) => c.name === name)?.shortcut || undefined;
        const next = key(KEY_COMMANDS.next);
        const pause = key(KEY_COMMANDS.pause);
        setHints({ ...(next ? { next } : {}), ...(pause ? { pause, resume: pause } : {}) });
      },
      () => undefined,
    );
  }, []);
  return hints;
}
