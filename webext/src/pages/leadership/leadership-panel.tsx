/**
 * Issue 6 in the side panel, below the live talk time: who facilitates (rotation), the
 * decision trail with consent rounds, and the debrief. It reads the panel's one model of the
 * meeting (no fold or state of its own beyond form fields); every change is a command to the
 * worker, which appends events to the meeting's log and pushes them to every open page.
 */
import type { FoldedModel } from '../../../../shared/ui/folded-model';
import { leadershipAt } from '../../../../shared/ui/model-views';
import type { MeetingInfo } from '../../messages';
import { currentFacilitator } from '../../../../shared/core/meeting/meeting-state';
import { msg } from '../../i18n/i18n';
import type { Participant } from '../../team/people';
import { Disclosure } from '../../../../shared/ui/disclosure';
import { DebriefSection } from './debrief-form';
import { DecisionForm } from './decision-form';
import { DecisionItem } from './decision-item';
import { FacilitatorCard } from './facilitator-card';
import { useLeadershipCommand } from './use-command';
import { useRoster } from '../team/use-roster';
import { memo } from '../../../../shared/ui/memo';
import { useRef } from 'preact/hooks';
import { shownBy, type ShownScan } from './shown';

/** The key of what the panel shows (shownBy), and the time its view is taken at: the render's when the key last changed. */
function useShown(model: FoldedModel, now: number): { shown: string; at: number } {
  const last = useRef<{ scan: ShownScan | null; shown: string; at: number }>({ scan: null, shown: '', at: now });
  const { key, scan } = shownBy(model, last.current.scan);
  const l = last.current;
  l.scan = scan;
  if (key !== l.shown) {
    l.shown = key;
    l.at = now;
  }
  return { shown: l.shown, at: l.at };
}

export function LeadershipPanel(props: { meeting: MeetingInfo; model: FoldedModel; now: number }) {
  const { shown, at } = useShown(props.model, props.now);
  return <LeadershipShown meeting={props.meeting} model={props.model} at={at} shown={shown} />;
}

/** `at`: the time its view is computed at; `shown`: what it shows (useShown): rendered when either changes. */
const LeadershipShown = memo(function LeadershipShown(props: { meeting: MeetingInfo; model: FoldedModel; at: number; shown: string }) {
  const { meeting, model } = props;
  const roster = useRoster();
  const { error, send } = useLeadershipCommand(meeting.id);
  const state = model.state;
  const live = meeting.endedAt === undefined;
  const view = leadershipAt(model, meeting.endedAt ?? props.at);
  const names = new Map([...state.participants].map(([pid, p]) => [pid, p.name]));
  const everyone: Participant[] = [...state.participants.values()].map((p) => ({ pid: p.pid, name: p.name }));
  const present = [...state.participants.values()].filter((p) => p.present).map((p) => ({ pid: p.pid, name: p.name }));
  // Form fields are keyed by meeting: a choice typed for one meeting never carries into the next.
  return (
    <div class="wx-ls" data-meeting={meeting.id}>
      {error && (
        <p role="alert" class="wx-ls-error">
          {msg('lsRefused', error)}
        </p>
      )}
      {live && present.length > 0 && (
        <Disclosure id="panel.facilitator" summary={msg('lsFacilitatorHeading')}>
          <FacilitatorCard key={meeting.id} people={present} facilitator={currentFacilitator(state)} roster={roster} send={send} />
        </Disclosure>
      )}
      <Disclosure id={live ? 'panel.decisions' : 'panel.decisionsEnded'} defaultOpen={!live} summary={`${msg('lsDecisionsHeading')} (${view.decisions.length})`}>
      <section class="wx-ls-decisions" aria-labelledby="wx-ls-dec-h">
        <h2 id="wx-ls-dec-h" class="rt-heading">
          {msg('lsDecisionsHeading')}
        </h2>
        {view.decisions.length === 0 && <p class="wx-hint">{msg('lsDecisionsNone')}</p>}
        {view.decisions.map((d) => (
          <DecisionItem key={d.did} item={d} names={names} live={live} activeRound={state.activeRound} send={send} />
        ))}
        {live && <DecisionForm key={meeting.id} people={present} roster={roster?.ok ? roster.roster : null} send={send} />}
      </section>
      </Disclosure>
      <DebriefSection key={meeting.id} meetingId={meeting.id} people={everyone} answers={view.debrief} names={names} canStartRound={live && !state.activeRound} open={!live || view.debrief.length > 0} send={send} />
    </div>
  );
});
