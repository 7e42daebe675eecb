/** The settings as a page sees them: loaded once, then kept current when any page changes them. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from '../platform/browser';
import { DEFAULT_SETTINGS, SETTINGS_KEY, sanitizeSettings, type Settings } from '../storage/settings';
import { loadSettings } from '../storage/settings-store';

export function useSettings(): Settings {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => {
    let alive = true;
    void loadSettings().then((s) => alive && setSettings(s));
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && SETTINGS_KEY in changes) setSettings(sanitizeSettings(changes[SETTINGS_KEY]!.newValue as Partial<Settings> | undefined));
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return settings;
}
