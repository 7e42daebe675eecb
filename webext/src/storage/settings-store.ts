/** Reading and writing the settings object (storage.local), defaults filled in. */
import { browser } from '../platform/browser';
import { DEFAULT_SETTINGS, SETTINGS_KEY, sanitizeSettings, type Settings } from './settings';

export async function loadSettings(): Promise<Settings> {
  const stored = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] as Partial<Settings> | undefined;
  return sanitizeSettings(stored);
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = { ...(await loadSettings()), ...patch };
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
  return next;
}
