/**
 * Settings in the side panel: open the summary after a call, the time box's warning time,
 * extend presets and tone (issue 12), how many days finished meetings are kept (retention, off
 * by default), the language of the exported summary and playbook (records language), and
 * self-hosted Jitsi domains.
 * A domain's permission is requested inside the click handler (browsers grant optional host
 * permissions only during a user gesture); the worker registers the content script for it.
 */
import { useEffect, useState } from 'preact/hooks';
import { jitsiOriginPattern } from '../background/jitsi-origin';
import { msg } from '../i18n/i18n';
import { browser } from '../platform/browser';
import { DEFAULT_SETTINGS, RECORDS_LANGUAGES, type RecordsLanguage, type Settings } from '../storage/settings';
import { MAX_RETENTION_DAYS, retentionDays } from '../../../shared/core/meeting/retention';
import { loadSettings, saveSettings } from '../storage/settings-store';
import { playTimeUp } from '../../../shared/ui/chime';

/** A language's name in itself ("Deutsch", "português (Brasil)"), as language pickers show them: read by whoever speaks it. */
const autonym = (lang: string): string => new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;

export function SettingsPanel() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [domain, setDomain] = useState('');
  const [status, setStatus] = useState('');
  const [extendText, setExtendText] = useState<string | null>(null);
  const [boxStatus, setBoxStatus] = useState('');
  useEffect(() => void loadSettings().then(setSettings), []);

  const saveExtend = async (text: string) => {
    const parts = text.split(',').map((p) => p.trim()).filter(Boolean);
    const values = parts.map(Number);
    if (!parts.length || values.some((v) => !Number.isInteger(v) || v < 1 || v > 3600) || values.length > 3) {
      setBoxStatus(msg('settingsExtendInvalid'));
      return;
    }
    setBoxStatus('');
    setSettings(await saveSettings({ extendSeconds: values }));
    setExtendText(null);
  };

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
      <div class="wx-form">
        <label>
          {msg('settingsWarnSeconds')}
          <input
            type="number"
            min={0}
            max={600}
            step={1}
            value={settings.warnSeconds}
            onChange={async (e) => {
              const v = Number(e.currentTarget.value);
              if (Number.isInteger(v) && v >= 0 && v <= 600) setSettings(await saveSettings({ warnSeconds: v }));
            }}
          />
        </label>
        <label>
          {msg('settingsExtendSeconds')}
          <input
            value={extendText ?? settings.extendSeconds.join(', ')}
            inputMode="numeric"
            aria-describedby="wx-box-status"
            onInput={(e) => setExtendText(e.currentTarget.value)}
            onChange={(e) => void saveExtend(e.currentTarget.value)}
          />
        </label>
        <p id="wx-box-status" role="status" class="wx-hint">
          {boxStatus}
        </p>
        <label>
          {msg('settingsChime')}
          <select value={settings.chime} onChange={async (e) => setSettings(await saveSettings({ chime: e.currentTarget.value as Settings['chime'] }))}>
            <option value="off">{msg('settingsChimeOff')}</option>
            <option value="soft">{msg('settingsChimeSoft')}</option>
            <option value="clear">{msg('settingsChimeClear')}</option>
          </select>
        </label>
        {settings.chime !== 'off' && (
          <button type="button" onClick={() => settings.chime !== 'off' && playTimeUp(settings.chime)}>
            {msg('settingsChimeTry')}
          </button>
        )}
      </div>
      <label>
        {msg('settingsRetention')}{' '}
        <input
          type="number"
          min={0}
          max={MAX_RETENTION_DAYS}
          step={1}
          inputMode="numeric"
          data-setting="retentionDays"
          value={settings.retentionDays}
          onChange={async (e) => setSettings(await saveSettings({ retentionDays: retentionDays(Number(e.currentTarget.value)) }))}
        />
      </label>
      <label>
        {msg('settingsRecordsLanguage')}{' '}
        <select data-setting="recordsLanguage" value={settings.recordsLanguage} onChange={async (e) => setSettings(await saveSettings({ recordsLanguage: e.currentTarget.value as RecordsLanguage }))}>
          <option value="">{msg('settingsRecordsLanguageUi')}</option>
          {RECORDS_LANGUAGES.map((l) => (
            <option key={l} value={l} lang={l}>
              {autonym(l)}
            </option>
          ))}
        </select>
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
