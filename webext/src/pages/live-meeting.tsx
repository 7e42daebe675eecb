/**
 * The side panel's live part: the meeting's model (the core's time-ordered fold of the events the
 * worker pushes, which it checked), the live view (shared/ui LivePanel: timer, round controls, talk rows,
 * the announcer) with detection health above it, and an ended meeting's balance. A chunk of its
 * own (README, *Bundles*): the panel imports it as the page starts, beside its connection to the
 * worker, and renders its shell meanwhile; nothing here can show before the worker's record has
 * arrived anyway. The follower holds the pushes until `createModel` has made the model, so the
 * meeting appears once, with its figures (and the announcer's region empty, as before).
 */
import { useEffect, useState } from 'preact/hooks';
import { BalanceBars } from '../../../shared/ui/balance-bars';
import type { Announce } from '../../../shared/ui/announcement';
import { LivePanel } from '../../../shared/ui/live-panel';
import { FoldedModel } from '../../../shared/ui/folded-model';
import type { ShortcutHints } from '../../../shared/ui/types';
import { Disclosure } from '../../../shared/ui/disclosure';
import { computeMetrics } from '../../../shared/core/talk/metrics';
import { msg } from '../i18n/i18n';
import type { Settings } from '../storage/settings';
import { checkedByWorker, type MeetingStatus } from '../views';
import { sendCommand } from './connection';
import { HealthBanner } from './health-banner';
import { roundActions } from './round-panel';
import { useTimeBoxAlerts } from './time-box-alerts';
import { AgendaForm, agendaParts, RaiseHandForm, RosterEdit, StartRoundForm } from './panel-parts';
import { LoadFailed, partFailed } from './lazy';

/**
 * What the live region says (shared/ui/announcement.ts, 2.2 KiB): loaded as this part starts, not
 * with it, since the live view's first render only takes its baseline (LiveAnnouncer). Until it is
 * there LivePanel gets null and the region keeps that baseline; each LiveMeeting renders again when
 * it arrives, so a change made meanwhile is said then. If it fails to load, the live view says so.
 */
let announce: Announce | null | 'failed' = null;
const announceLoad = import('../../../shared/ui/announcement').then(
  (m) => void (announce = m.announcement),
  (e: unknown) => {
    announce = 'failed';
    partFailed(e);
  },
);

function useAnnounce(): Announce | null | 'failed' {
  const [, loaded] = useState(false);
  useEffect(() => {
    if (announce === null) void announceLoad.then(() => loaded(true));
  }, []);
  return announce;
}

/**
 * The fold's parts (the agenda, decisions and debrief: core meeting-parts.ts, about 6 KiB): loaded
 * as this part starts, not with it, since most meetings' records have no event of theirs; the
 * model holds a push that has one until they are there (MeetingFollower, FoldedModel.waitFor).
 */
const partsLoad = import('../../../shared/core/meeting/meeting-parts').then((m) => m.MEETING_PARTS);
partsLoad.catch(partFailed);

/** The meeting's model, of the events the worker pushes (checked there: views.ts, checkedByWorker). */
export function createModel(): FoldedModel {
  const model = new FoldedModel({ parts: null }, checkedByWorker);
  model.loadParts(partsLoad);
  return model;
}

export function LiveMeeting(props: { model: FoldedModel | null; status: MeetingStatus; now: number; settings: Settings; hints: ShortcutHints }) {
  const { model, status, now, settings } = props;
  const meeting = model && status.meeting;
  const live = meeting && meeting.endedAt === undefined ? meeting : null;
  // Every figure is derived from timestamps at render time (now moves once a second), by the
  // model that folded the pushed events once.
  const liveState = meeting ? model.live(now, { hints: props.hints, warnMs: settings.warnSeconds * 1000, extendMs: settings.extendSeconds[0]! * 1000, extendMoreMs: settings.extendSeconds.slice(1).map((s) => s * 1000) }) : null;
  useTimeBoxAlerts(live ? liveState : null, settings);
  const announcer = useAnnounce();
  if (!meeting || !liveState) return null;
  // The fold's parts did not load and the meeting needs them: what it shows would be stale.
  if (model.partsMissing) return <LoadFailed />;
  if (!live) return <BalanceBars people={liveState.people} measured={liveState.measured} ended />;
  const state = model.state;
  const manual = status.manual;
  // Manual mode lists everyone by roster position, not only those counted yet.
  const manualPeople = manual ? computeMetrics(state, now).participants : null;
  return (
    <>
      {!manual && <HealthBanner health={status.health} manual={false} onManual={(on) => void sendCommand({ kind: 'manual-mode', on }, live.id)} />}
      {manual && <p class="wx-hint wx-manual-hint">{msg('panelManualHint')}</p>}
      {/* Idle: the start-round button is the next action and takes the countdown's place (pages.css hides the idle dial). */}
      {!state.activeRound && <StartRoundForm meetingId={live.id} />}
      {announcer === 'failed' && <LoadFailed />}
      <div class={state.activeRound ? 'wx-live wx-live-round' : 'wx-live wx-live-idle'}>
        <LivePanel state={liveState} actions={roundActions(live.id)} agenda={agendaParts} announce={announcer === 'failed' ? null : announcer} onMark={manual ? (pid) => void sendCommand({ kind: 'manual-speaking', pid }, live.id) : undefined}>
          <Disclosure id="panel.agenda" summary={msg('agendaPanel')}>
            <AgendaForm meetingId={live.id} state={state} />
          </Disclosure>
          <Disclosure id="panel.people" summary={msg('panelPeople')}>
            <RaiseHandForm meetingId={live.id} people={liveState.people} />
            {manualPeople && <RosterEdit meetingId={live.id} people={manualPeople} />}
          </Disclosure>
        </LivePanel>
      </div>
    </>
  );
}
