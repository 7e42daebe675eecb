/**
 * The sidebar's view of the decision trail: the facilitator, and the decision item in play (the
 * one whose consent round runs, else the latest undecided one) with each decider's answer and
 * the objections. Read from the view's one MeetingModel (the same fold the rest of the view shows),
 * so it survives a hidden view and a reload like everything else. Names, reasons and titles are
 * untrusted: they are text children only (<Name>, plain strings), never markup.
 */
import { currentFacilitator } from '../../../shared/core/meeting/meeting-state';
import type { MeetingModel } from '../../../shared/ui/meeting-model';
import { decisionAt } from '../../../shared/ui/model-views';
import { itemInPlay } from './item-in-play';
import { Name } from '../../../shared/ui/name';
import type { LEADERSHIP_VIEW_STRINGS } from './decision-strings';
import './decision-card.css';

type Key = keyof typeof LEADERSHIP_VIEW_STRINGS;
type Vt = (key: Key, ...args: (string | number)[]) => string;
/** The card's buttons; each runs its command without arguments, which asks what it needs. */
export type DecisionAction = 'recordDecision' | 'answerConsent' | 'resolveObjection' | 'recordOutcome';


export function DecisionCard(props: { model: MeetingModel; vt: Vt; act: (a: DecisionAction) => void }) {
  const { vt, model } = props;
  const state = model.state;
  const active = state.activeRound && state.activeRound.status !== 'ended' ? state.activeRound.rid : null;
  const inPlay = itemInPlay(state.trail.items, active);
  const item = inPlay && decisionAt(model, inPlay.did, state.lastT);
  const inRound = !!item && active !== null && item.rounds.includes(active);
  const fac = currentFacilitator(state);
  const facilitator = fac === null ? null : (state.participants.get(fac)?.name ?? fac);
  const button = (action: DecisionAction, label: Key) => (
    <button type="button" class="rt-button" data-action={action} onClick={() => props.act(action)}>
      {vt(label)}
    </button>
  );
  return (
    <section class="rt-decision" aria-label={vt('lead.decision')}>
      {facilitator !== null && (
        <p class="rt-facilitator">
          {vt('lead.facilitator')}: <Name name={facilitator} />
        </p>
      )}
      {item && (
        <>
          <h2 class="rt-heading">
            {vt('lead.decision')}: <bdi>{item.title}</bdi>
          </h2>
          <p class="rt-decision-status" data-status={item.status}>
            {vt(`lead.${item.status}`)}
          </p>
          <h3 class="rt-subheading">{vt('lead.responses')}</h3>
          <ul class="rt-consent-list">
            {item.responses.map((r) => (
              <li key={r.pid} class="rt-consent-item" data-response={r.response ?? 'waiting'}>
                <Name name={r.name} />
                <span class="rt-consent-answer">{r.response === null ? vt('lead.waiting') : vt(`lead.${r.response}`)}</span>
                {r.reason && <span class="rt-consent-reason">{r.reason}</span>}
              </li>
            ))}
          </ul>
          {item.objections.length > 0 && (
            <>
              <h3 class="rt-subheading">{vt('lead.objections')}</h3>
              <ul class="rt-objection-list">
                {item.objections.map((o, i) => (
                  <li key={`${o.pid}-${i}`} class="rt-objection-item" data-state={o.state}>
                    <Name name={o.name} />
                    <span class="rt-consent-answer">
                      {vt(o.state === 'open' ? 'lead.objectionOpen' : o.state === 'resolved' ? 'lead.objectionResolved' : 'lead.objectionWithdrawn')}
                    </span>
                    <span class="rt-consent-reason">{o.reason}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      <div class="rt-start" role="group" aria-label={vt('lead.decision')}>
        {item && inRound && button('answerConsent', 'lead.answer')}
        {item?.status === 'blocked' && button('resolveObjection', 'lead.resolve')}
        {item?.status === 'open' && !inRound && button('recordOutcome', 'lead.outcome')}
        {button('recordDecision', 'lead.record')}
      </div>
    </section>
  );
}
