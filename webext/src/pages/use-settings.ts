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
    const onChanged = (changes: Record<string, { newValue?: unknown }>) => {
      if (SETTINGS_KEY in changes) setSettings(sanitizeSettings(changes[SETTINGS_KEY]!.newValue as Partial<Settings> | undefined));
    };
    // storage.local's own event, not storage.onChanged: the worker writes storage.session after
    // every report from a call tab (its speaking claims, meeting-host.ts), and each write would
    // wake this page: about 8 times a second in a busy call.
    browser.storage.local.onChanged.addListener(onChanged);
    return () => {
      alive = false;
      browser.storage.local.onChanged.removeListener(onChanged);
    };
  }, []);
  return settings;
}
