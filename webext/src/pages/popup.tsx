/** The toolbar popup: open the side panel (a user gesture, as sidePanel.open requires), the demo, the summaries. */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import './pages.css';
import '../../../shared/ui/styles.css';
import type { MeetingSnapshot } from '../messages';
import { markPageLanguage, pageCatalogue, msg } from '../i18n/i18n';
import { browser } from '../platform/browser';
import { getMeeting } from './connection';
import { openPanel } from './open-panel';

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
        <button type="button" onClick={() => void openPanel().then(() => close())}>
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

await pageCatalogue();
markPageLanguage();
render(<Popup />, document.getElementById('app')!);
