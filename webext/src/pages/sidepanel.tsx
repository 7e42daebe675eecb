/**
 * The side panel (Chrome sidePanel / Firefox sidebar_action): the live meeting's talk time
 * (shared/ui), detection health with manual mode, and the meeting's controls.
 *
 * Layout (issue 12): at 400×700 the live block comes first and needs no scrolling; every form
 * and card (round options, people, facilitator, decisions, debrief, the meeting's end and
 * settings) folds behind a disclosure that remembers its state (localStorage of the
 * extension's origin). Focus is moved to the next sensible control when a form unmounts.
 */
import { render } from 'preact';
import { useState } from 'preact/hooks';
import '../../../shared/ui/styles.css';
import './pages.css';
import './leadership/leadership.css'; // the lazily loaded leadership panel's: a chunk's own CSS would never load
import { I18nProvider } from '../../../shared/ui/i18n';
import { BalanceBars } from '../../../shared/ui/balance-bars';
import { LivePanel } from '../../../shared/ui/live-panel';
import type { ShortcutHints } from '../../../shared/ui/types';
import { computeMetrics } from '../../../shared/core/talk/metrics';
import { markPageLanguage, pageCatalogue, msg, uiTranslate } from '../i18n/i18n';
import { browser } from '../platform/browser';
import { sendCommand } from './connection';
import { HealthBanner } from './health-banner';
import { Disclosure, DisclosureMemoryProvider } from '../../../shared/ui/disclosure';
import { useFocusRescue } from '../../../shared/ui/focus-rescue';
import { useSettings } from './use-settings';
import { useTimeBoxAlerts } from './time-box-alerts';
import { storedDisclosures } from './disclosure-memory';
import { useMeeting } from './use-meeting';
import { roundActions } from './round-panel';
import { openShortcutSettings, useShortcuts } from './shortcuts';
import { TeamLinks } from './team/team-links';
import { lazy, preload } from './lazy';

// Below the live block or behind a disclosure: loaded after the first render (lazy.tsx).
const RosterEdit = lazy(() => import('./roster-edit').then((m) => m.RosterEdit));
const SettingsPanel = lazy(() => import('./settings-panel').then((m) => m.SettingsPanel));
const LeadershipPanel = lazy(() => import('./leadership/leadership-panel').then((m) => m.LeadershipPanel));
const LinkCard = lazy(() => import('./link-card').then((m) => m.LinkCard));
const AgendaForm = lazy(() => import('./agenda-form').then((m) => m.AgendaForm));
// Most meetings have no agenda: its clock and card load after the first render like the forms.
const agendaParts = {
  AgendaClock: lazy(() => import('../../../shared/ui/agenda').then((m) => m.AgendaClock)),
  AgendaCard: lazy(() => import('../../../shared/ui/agenda').then((m) => m.AgendaCard)),
};
const RecordProblemAlert = lazy(() => import('./record-problem-alert').then((m) => m.RecordProblemAlert));
const StartRoundForm = lazy(() => import('./round-forms').then((m) => m.StartRoundForm));
const RaiseHandForm = lazy(() => import('./round-forms').then((m) => m.RaiseHandForm));

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

/** Where focus goes when the focused control unmounts, best first (useFocusRescue). */
const FOCUS_TARGETS = ['.rt-controls [data-action="next"]:not([aria-disabled])', '.rt-controls [data-action="end"]', '.wx-round-form button[type="submit"]', '#wx-manual-names', '.wx-title'];

function Panel() {
  const view = useMeeting();
  const shortcuts = useShortcuts();
  const hints: ShortcutHints = shortcuts.hints;
  const { status, model } = view;
  const meeting = status.meeting;
  const live = meeting && meeting.endedAt === undefined ? meeting : null;
  // Every figure is derived from timestamps at render time (view.now moves once a second), by the
  // model that folded the pushed events once.
  const state = meeting ? model.state : null;
  const settings = useSettings();
  const liveState = meeting ? model.live(view.now, { hints, warnMs: settings.warnSeconds * 1000, extendMs: settings.extendSeconds[0]! * 1000, extendMoreMs: settings.extendSeconds.slice(1).map((s) => s * 1000) }) : null;
  useTimeBoxAlerts(live ? liveState : null, settings);
  const openSummary = () => void browser.tabs.create({ url: browser.runtime.getURL(`summary.html${meeting ? `?id=${encodeURIComponent(meeting.id)}` : ''}`) });
  useFocusRescue(FOCUS_TARGETS);
  const manual = !!(live && status.manual);
  // Manual mode lists everyone by roster position, not only those counted yet.
  const manualPeople = manual ? computeMetrics(model.state, view.now).participants : null;
  return (
    <main class="rt-root wx-panel" data-meeting={meeting?.id ?? ''} data-live={live ? 'yes' : 'no'} data-events={model.seq}>
      <h1 class="wx-title" tabIndex={-1}>
        <bdi>{meeting ? meeting.title : msg('panelTitle')}</bdi>
        {meeting && !live && <span class="wx-hint"> ({msg('panelEnded')})</span>}
      </h1>
      {model.problem && <RecordProblemAlert problem={model.problem} />}
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
      {live && state && (
        <>
          {!manual && <HealthBanner health={status.health} manual={false} onManual={(on) => void sendCommand({ kind: 'manual-mode', on }, live.id)} />}
          {manual && <p class="wx-hint wx-manual-hint">{msg('panelManualHint')}</p>}
          {/* Idle: the start-round button is the next action and takes the countdown's place (pages.css hides the idle dial). */}
          {!state.activeRound && <StartRoundForm meetingId={live.id} />}
          <div class={state.activeRound ? 'wx-live wx-live-round' : 'wx-live wx-live-idle'}>
            <LivePanel state={liveState!} actions={roundActions(live.id)} agenda={agendaParts} onMark={manual ? (pid) => void sendCommand({ kind: 'manual-speaking', pid }, live.id) : undefined}>
              <Disclosure id="panel.agenda" summary={msg('agendaPanel')}>
                <AgendaForm meetingId={live.id} state={state} />
              </Disclosure>
              <Disclosure id="panel.people" summary={msg('panelPeople')}>
                <RaiseHandForm meetingId={live.id} people={liveState!.people} />
                {manualPeople && <RosterEdit meetingId={live.id} people={manualPeople} />}
              </Disclosure>
            </LivePanel>
          </div>
        </>
      )}
      {!live && liveState && <BalanceBars people={liveState.people} measured={liveState.measured} ended />}
      {meeting && <LeadershipPanel meeting={meeting} model={model} now={view.now} />}
      <Disclosure id="panel.meeting" summary={msg('panelMeetingMore')}>
        <p class="wx-row wx-actions">
          <button type="button" class="wx-button" onClick={openSummary}>
            {msg('panelOpenSummary')}
          </button>
          {manual && (
            <button type="button" onClick={() => void sendCommand({ kind: 'manual-mode', on: false }, live!.id)}>
              {msg('panelManualOff')}
            </button>
          )}
          {live && (
            <button type="button" class="wx-button wx-danger" onClick={() => void sendCommand({ kind: 'end-meeting' }, live.id)}>
              {msg('panelEndMeeting')}
            </button>
          )}
        </p>
        <TeamLinks />
        <SettingsPanel />
      </Disclosure>
      {/* Outside the folded meeting actions: the link's state must stay in plain sight (issue 14). */}
      <LinkCard />
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
preload();
