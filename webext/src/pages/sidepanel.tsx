/**
 * The side panel (Chrome sidePanel / Firefox sidebar_action): the live meeting's talk time
 * (shared/ui), detection health with manual mode, and the meeting's controls.
 *
 * Layout (issue 12): at 400×700 the live block comes first and needs no scrolling; every form
 * and card (round options, people, facilitator, decisions, debrief, the meeting's end and
 * settings) folds behind a disclosure that remembers its state (localStorage of the
 * extension's origin). Focus is moved to the next sensible control when a form unmounts.
 *
 * This file is the panel's shell (title, the no-meeting start form, the meeting's actions,
 * settings, the link): all it loads before its first render. The live meeting is live-meeting.tsx,
 * a chunk imported as the page starts (README, *Bundles*).
 */
import { render } from 'preact';
import { useState } from 'preact/hooks';
import '../../../shared/ui/styles.css';
import './pages.css';
import './leadership/leadership.css'; // the lazily loaded leadership panel's: a chunk's own CSS would never load
import { I18nProvider } from '../../../shared/ui/i18n';
import type { ShortcutHints } from '../../../shared/ui/types';
import { markPageLanguage, pageCatalogue, msg, uiTranslate } from '../i18n/i18n';
import { browser } from '../platform/browser';
import { sendCommand } from './connection';
import { Disclosure, DisclosureMemoryProvider } from '../../../shared/ui/disclosure';
import { useFocusRescue } from '../../../shared/ui/focus-rescue';
import { useSettings } from './use-settings';
import { storedDisclosures } from './disclosure-memory';
import { useMeeting } from './use-meeting';
import { openShortcutSettings, useShortcuts } from './shortcuts';
import { TeamLinks } from './team/team-links';
import { lazy, preload } from './lazy';
import { LeadershipPanel, LinkCard, RecordProblemAlert, SettingsPanel } from './panel-parts';
import { memo } from '../../../shared/ui/memo';

// The live meeting (the fold, the event validator, the live view: live-meeting.tsx) starts loading
// now, beside the connection the first render opens; the shell renders meanwhile. Below the live
// block or behind a disclosure: the forms and cards of panel-parts.tsx, loaded after the first render.
const livePart = import('./live-meeting');
const LiveMeeting = lazy(() => livePart.then((m) => m.LiveMeeting));
const liveModel = () => livePart.then((m) => m.createModel());
// Takes no props and follows the worker on its own: not redrawn with each redraw of the meeting.
const LinkCardOnce = memo(LinkCard);

function StartManual() {
  const [names, setNames] = useState('');
  const [title, setTitle] = useState('');
  return (
    <form
      class="wx-form"
      onSubmit={(e) => {
        e.preventDefault();
        const list = names.split(',').map((n) => n.trim()).filter(Boolean);
        if (list.length) void sendCommand({ kind: 'start-manual', title: title.trim() || msg('panelManualDefaultTitle'), names: list });
      }}
    >
      <label>
        {msg('panelManualTitle')}
        <input value={title} onInput={(e) => setTitle(e.currentTarget.value)} />
      </label>
      <label>
        {msg('panelManualNames')}
        <input id="wx-manual-names" value={names} required onInput={(e) => setNames(e.currentTarget.value)} />
      </label>
      <button type="submit" class="wx-button wx-primary">{msg('panelStartManual')}</button>
    </form>
  );
}

/**
 * The meeting's actions and the settings, folded: given only what they show, so they render when
 * the meeting, its liveness or manual mode changes, not with each redraw of a busy call (issue 9).
 */
const MeetingActions = memo(function MeetingActions(props: { meetingId: string | null; liveId: string | null; manual: boolean }) {
  const { meetingId, liveId } = props;
  const openSummary = () => void browser.tabs.create({ url: browser.runtime.getURL(`summary.html${meetingId !== null ? `?id=${encodeURIComponent(meetingId)}` : ''}`) });
  return (
    <Disclosure id="panel.meeting" summary={msg('panelMeetingMore')}>
      <p class="wx-row wx-actions">
        <button type="button" class="wx-button" onClick={openSummary}>
          {msg('panelOpenSummary')}
        </button>
        {props.manual && liveId !== null && (
          <button type="button" onClick={() => void sendCommand({ kind: 'manual-mode', on: false }, liveId)}>
            {msg('panelManualOff')}
          </button>
        )}
        {liveId !== null && (
          <button type="button" class="wx-button wx-danger" onClick={() => void sendCommand({ kind: 'end-meeting' }, liveId)}>
            {msg('panelEndMeeting')}
          </button>
        )}
      </p>
      <TeamLinks />
      <SettingsPanel />
    </Disclosure>
  );
});

/** Where focus goes when the focused control unmounts, best first (useFocusRescue). */
const FOCUS_TARGETS = ['.rt-controls [data-action="next"]:not([aria-disabled])', '.rt-controls [data-action="end"]', '.wx-round-form button[type="submit"]', '#wx-manual-names', '.wx-title'];

function Panel() {
  const view = useMeeting(undefined, liveModel);
  const shortcuts = useShortcuts();
  const hints: ShortcutHints = shortcuts.hints;
  const { status, model } = view;
  const meeting = status.meeting;
  const live = meeting && meeting.endedAt === undefined ? meeting : null;
  const settings = useSettings();
  useFocusRescue(FOCUS_TARGETS);
  const manual = !!(live && status.manual);
  return (
    <main class="rt-root wx-panel" data-meeting={meeting?.id ?? ''} data-live={live ? 'yes' : 'no'} data-events={model?.seq ?? 0}>
      <h1 class="wx-title" tabIndex={-1}>
        <bdi>{meeting ? meeting.title : msg('panelTitle')}</bdi>
        {meeting && !live && <span class="wx-hint"> ({msg('panelEnded')})</span>}
      </h1>
      {model?.problem && <RecordProblemAlert problem={model.problem} />}
      {!live && (
        <>
          {!meeting && <p>{msg('panelNoMeeting')}</p>}
          <p>
            <a href="demo.html" target="_blank">
              {msg('popupOpenDemo')}
            </a>
          </p>
          <StartManual />
        </>
      )}
      {/* Live: health, the round's start and the live view; ended: the balance. A LoadFailed alert if its code did not load. */}
      {meeting && <LiveMeeting model={model} status={status} now={view.now} settings={settings} hints={hints} />}
      {meeting && model && <LeadershipPanel meeting={meeting} model={model} now={view.now} />}
      <MeetingActions meetingId={meeting?.id ?? null} liveId={live?.id ?? null} manual={manual} />
      {/* Outside the folded meeting actions: the link's state must stay in plain sight (issue 14). */}
      <LinkCardOnce />
      {shortcuts.unbound.length > 0 && (
        <p class="wx-hint wx-unbound" data-unbound={shortcuts.unbound.length}>
          {msg('shortcutsUnbound', shortcuts.unbound.join(', '))}{' '}
          <button type="button" onClick={openShortcutSettings}>
            {msg('shortcutsOpen')}
          </button>
        </p>
      )}
    </main>
  );
}

await pageCatalogue();
markPageLanguage();
render(
  <I18nProvider t={uiTranslate}>
    <DisclosureMemoryProvider memory={storedDisclosures()}>
      <Panel />
    </DisclosureMemoryProvider>
  </I18nProvider>,
  document.getElementById('app')!,
);
// The forms and cards once the live part is there (or failed): not competing with it for the main thread.
void livePart.then(preload, preload);
