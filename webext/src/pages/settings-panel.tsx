/**
 * Settings in the side panel: open the summary after a call, and self-hosted Jitsi domains.
 * A domain's permission is requested inside the click handler (browsers grant optional host
 * permissions only during a user gesture); the worker registers the content script for it.
 */
import { useEffect, useState } from 'preact/hooks';
import { jitsiOriginPattern } from '../jitsi-origin';
import { msg } from '../i18n';
import { browser } from '../platform/browser';
import { DEFAULT_SETTINGS, type Settings } from '../settings';
import { loadSettings, saveSettings } from '../settings-store';

export function SettingsPanel() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [domain, setDomain] = useState('');
  const [status, setStatus] = useState('');
  useEffect(() => void loadSettings().then(setSettings), []);

  const add = (e: Event) => {
    e.preventDefault();
    const pattern = jitsiOriginPattern(domain);
    if (!pattern) {
      setStatus(msg('jitsiDomainInvalid', domain));
      return;
    }
    const host = new URL(pattern.replace('/*', '/')).host;
    // No await before request(): the user gesture must still be active.
    browser.permissions.request({ origins: [pattern] }).then(
      async (granted) => {
        if (!granted) return setStatus(msg('jitsiDomainRefused', host));
        setSettings(await saveSettings({ jitsiOrigins: [...new Set([...settings.jitsiOrigins, pattern])] }));
        setDomain('');
        setStatus(msg('jitsiDomainAdded', host));
      },
      () => setStatus(msg('jitsiDomainRefused', host)),
    );
  };

  const remove = async (pattern: string) => {
    await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
    setSettings(await saveSettings({ jitsiOrigins: settings.jitsiOrigins.filter((p) => p !== pattern) }));
  };

  return (
    <details class="wx-settings">
      <summary>{msg('settingsHeading')}</summary>
      <label class="wx-check">
        <input type="checkbox" checked={settings.openSummaryAfterCall} onChange={async (e) => setSettings(await saveSettings({ openSummaryAfterCall: e.currentTarget.checked }))} />{' '}
        {msg('settingsOpenSummary')}
      </label>
      <form class="wx-form" onSubmit={add}>
        <label>
          {msg('jitsiDomainLabel')}
          <input value={domain} inputMode="url" autoComplete="off" onInput={(e) => setDomain(e.currentTarget.value)} />
        </label>
        <button type="submit">{msg('jitsiAddDomain')}</button>
      </form>
      <p role="status">{status}</p>
      {settings.jitsiOrigins.length > 0 && (
        <ul>
          {settings.jitsiOrigins.map((p) => (
            <li key={p}>
              <bdi>{p}</bdi>{' '}
              <button type="button" onClick={() => void remove(p)}>
                {msg('jitsiRemoveDomain')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
