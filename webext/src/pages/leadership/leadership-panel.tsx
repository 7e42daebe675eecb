/**
 * Issue 6 in the side panel, below the live talk time: who facilitates (rotation), the
 * decision trail with consent rounds, and the debrief. It folds the meeting's record like the
 * rest of the panel (no state of its own beyond form fields); every change is a command to the
 * worker, which appends events to the meeting's log and announces the change.
 */
import { useMemo } from 'preact/hooks';
import { summarizeLeadership } from '../../../../shared/core/summary/leadership-summary';
import type { MeetingSnapshot } from '../../messages';
import { msg } from '../../i18n';
import type { Participant } from '../../leadership/people';
import { foldRecord } from '../../leadership/record';
import { currentFacilitator } from '../../../../shared/core/meeting/meeting-state';
import { Disclosure } from '../../../../shared/ui/disclosure';
import { DebriefSection } from './debrief-form';
import { DecisionForm } from './decision-form';
import { DecisionItem } from './decision-item';
import { FacilitatorCard } from './facilitator-card';
import { useLeadershipCommand } from './use-command';
import { useRoster } from './use-roster';
import './leadership.css';

export function LeadershipPanel(props: { snapshot: MeetingSnapshot | null; now: number }) {
  const meeting = props.snapshot?.meeting ?? null;
  const folded = useMemo(() => (props.snapshot?.meeting ? foldRecord(props.snapshot.events) : null), [props.snapshot]);
  const roster = useRoster();
  const { error, send } = useLeadershipCommand(meeting?.id ?? '');
  if (!meeting || !folded) return null;
  const state = folded;
  const live = meeting.endedAt === undefined;
  const view = summarizeLeadership(state, meeting.endedAt ?? props.now);
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
}
