/**
 * The welcome page, opened once when the extension is installed (background/main.ts,
 * runtime.onInstalled reason 'install'): what Roundtable is for, how to open the panel, the manual
 * fallback, what is read and kept, and the VS Code link. Static text in the UI language; its two
 * buttons are the popup's (open the panel, try the demo).
 */
import { render } from 'preact';
import './pages.css';
import '../../../shared/ui/styles.css';
import { markPageLanguage, pageCatalogue, msg } from '../i18n/i18n';
import { browser } from '../platform/browser';
import { openPanel } from './open-panel';

function Welcome() {
  const section = (id: string, heading: string, ...paragraphs: string[]) => (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {paragraphs.map((p) => (
        <p key={p}>{p}</p>
      ))}
    </section>
  );
  return (
    <main class="wx-welcome rt-root">
      <h1>{msg('welcomeTitle')}</h1>
      <p>{msg('welcomeIntro')}</p>
      <p class="wx-row wx-welcome-actions">
        <button type="button" class="wx-button wx-primary" onClick={() => void openPanel()}>
          {msg('popupOpenPanel')}
        </button>
        <button type="button" class="wx-button" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('demo.html') })}>
          {msg('popupOpenDemo')}
        </button>
      </p>
      {section('wx-welcome-panel', msg('welcomePanelHeading'), msg('welcomePanel'))}
      {section('wx-welcome-manual', msg('welcomeManualHeading'), msg('welcomeManual'))}
      {section('wx-welcome-privacy', msg('welcomePrivacyHeading'), msg('welcomePrivacyRead'), msg('welcomePrivacyKept'))}
      {section('wx-welcome-link', msg('welcomeLinkHeading'), msg('welcomeLink'))}
    </main>
  );
}

await pageCatalogue();
markPageLanguage();
document.title = msg('welcomeTitle');
render(<Welcome />, document.getElementById('app')!);
