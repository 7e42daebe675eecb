/** The toolbar popup: open the side panel (a user gesture, as sidePanel.open requires), the demo, the summaries. */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import './pages.css';
import '../../../shared/ui/styles.css';
import type { MeetingSnapshot } from '../messages';
import { markPageLanguage, msg } from '../i18n/i18n';
import { browser } from '../platform/browser';
import { getMeeting } from './connection';

async function openPanel(): Promise<void> {
  // __BROWSER__ is a build-time constant: the Firefox bundle has no sidePanel call at all.
  if (__BROWSER__ === 'chrome') {
    const win = await chrome.windows.getCurrent();
    if (win.id !== undefined) await chrome.sidePanel.open({ windowId: win.id });
  } else {
    await (browser as unknown as { sidebarAction: { open(): Promise<void> } }).sidebarAction.open();
  }
  close();
}

function Popup() {
  const [snap, setSnap] = useState<MeetingSnapshot | null>(null);
  useEffect(() => void getMeeting().then(setSnap), []);
  const live = snap?.meeting && snap.meeting.endedAt === undefined ? snap.meeting : null;
  const open = (page: string) => void browser.tabs.create({ url: browser.runtime.getURL(page) }).then(() => close());
  return (
    <main class="wx-popup rt-root">
      <h1 class="wx-title">{msg('panelTitle')}</h1>
      <p>{live ? msg('popupLive', live.title) : msg('popupNoMeeting')}</p>
      <p class="wx-row">
        <button type="button" onClick={() => void openPanel()}>
          {msg('popupOpenPanel')}
        </button>
      </p>
      <p class="wx-row">
        <button type="button" onClick={() => open('demo.html')}>
          {msg('popupOpenDemo')}
        </button>
      </p>
      <p class="wx-row">
        <button type="button" onClick={() => open('summary.html')}>
          {msg('popupOpenSummary')}
        </button>
      </p>
    </main>
  );
}

markPageLanguage();
render(<Popup />, document.getElementById('app')!);
