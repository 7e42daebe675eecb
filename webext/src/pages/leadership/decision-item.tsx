/**
 * One decision item: its rights, the consent round (each decider in turn answers consent,
 * concern or objection with its reason), open objections to resolve or withdraw, and the
 * outcome. With `send` absent it is read-only (the summary page). Every rule is the core's
 * (decideConsent in the worker): a refused command comes back with its message.
 */
import { useState } from 'preact/hooks';
import { CONSENT_ANSWERS, type ConsentAnswer, type Pid } from '../../../../shared/core/record/events';
import type { DecisionItemView } from '../../../../shared/core/decisions/decision-view';
import type { RoundState } from '../../../../shared/core/rounds/round-state';
import { Name } from '../../../../shared/ui/name';
import { msg } from '../../i18n/i18n';
import type { LeadershipCommand } from '../../messages';
import type { StringKey } from '../../i18n/strings';
import { fillName } from './facilitator-card';
import { Names } from './names';

type Send = (c: LeadershipCommand) => Promise<boolean>;

export function DecisionItem(props: { item: DecisionItemView; names: ReadonlyMap<Pid, string>; live: boolean; activeRound: RoundState | null; send?: Send }) {
  const d = props.item;
  const h = `wx-ls-${d.did}`;
  const running = props.activeRound && d.rounds.includes(props.activeRound.rid) ? props.activeRound : null;
  const turn = running?.current?.pid ?? null;
  const send = props.send;
  return (
    <article class="wx-ls-item" aria-labelledby={h} data-did={d.did} data-status={d.status}>
      <h3 id={h} class="rt-heading">
        <bdi>{d.title}</bdi> <span class="wx-ls-status">({msg(`lsStatus_${d.status}` as StringKey)})</span>
      </h3>
      {d.proposal && <p class="wx-ls-proposal">{d.proposal}</p>}
      <dl class="wx-ls-rights">
        {d.area && (
          <>
            <dt>{msg('lsArea')}</dt>
            <dd>{d.area}</dd>
          </>
        )}
        <dt>{msg('lsInitiator')}</dt>
        <dd>
          <Names pids={d.rights.initiator === null ? [] : [d.rights.initiator]} names={props.names} />
        </dd>
        <dt>{msg('lsDeciders')}</dt>
        <dd>
          <Names pids={d.rights.deciders} names={props.names} />
        </dd>
        <dt>{msg('lsContributors')}</dt>
        <dd>
          <Names pids={d.rights.contributors} names={props.names} />
        </dd>
        <dt>{msg('lsInformed')}</dt>
        <dd>
          <Names pids={d.rights.informed} names={props.names} />
        </dd>
      </dl>
      <ul class="wx-ls-responses">
        {d.responses.map((r) => (
          <li key={r.pid} data-pid={r.pid} data-response={r.response ?? ''}>
            <Name name={r.name} />: {r.response ? msg(`lsAnswer_${r.response}` as StringKey) : msg('lsNoAnswer')}
            {r.reason && <> ({r.reason})</>}
          </li>
        ))}
      </ul>
      {d.objections.length > 0 && (
        <ul class="wx-ls-objections">
          {d.objections.map((o) => (
            <li key={`${o.pid}-${o.raisedAt}`} data-state={o.state}>
              {fillName(msg('lsObjectionBy', '\u0000', o.reason), o.name)} ({msg(`lsObjection_${o.state}` as StringKey)}
              {o.how && <>: {o.how}</>})
              {send && o.state === 'open' && <ObjectionActions did={d.did} pid={o.pid} name={o.name} send={send} />}
            </li>
          ))}
        </ul>
      )}
      {d.status === 'decided' && (
        <>
          <p class="wx-ls-outcome">{msg('lsOutcomeText', d.outcome)}</p>
          {d.rationale && <p class="wx-ls-rationale">{msg('lsRationaleText', d.rationale)}</p>}
        </>
      )}
      {send && d.status !== 'decided' && (
        <>
          {props.live && !props.activeRound && <StartConsent did={d.did} send={send} />}
          {props.live && turn && <ConsentAnswerForm key={`${running!.rid}-${turn}`} did={d.did} pid={turn} name={props.names.get(turn) ?? turn} send={send} />}
          {d.status === 'open' && <RecordOutcome did={d.did} send={send} />}
        </>
      )}
    </article>
  );
}

function StartConsent(props: { did: string; send: Send }) {
  const [seconds, setSeconds] = useState(60);
  return (
    <form
      class="wx-form wx-inline"
      onSubmit={(e) => {
        e.preventDefault();
        void props.send({ kind: 'consent', command: { type: 'start-round', did: props.did, slotMs: Math.max(0, seconds) * 1000 } });
      }}
    >
      <label>
        {msg('lsSlotSeconds')}
        <input type="number" min={0} step={5} value={seconds} onInput={(e) => setSeconds(Number(e.currentTarget.value) || 0)} />
      </label>
      <button type="submit">{msg('lsStartConsent')}</button>
    </form>
  );
}

function ConsentAnswerForm(props: { did: string; pid: Pid; name: string; send: Send }) {
  const [answer, setAnswer] = useState<ConsentAnswer>('consent');
  const [reason, setReason] = useState('');
  return (
    <form
      class="wx-form wx-ls-answer"
      onSubmit={(e) => {
        e.preventDefault();
        void props.send({ kind: 'consent', command: { type: 'respond', did: props.did, pid: props.pid, response: answer, ...(reason.trim() ? { reason: reason.trim() } : {}) } });
      }}
    >
      <fieldset>
        <legend>{fillName(msg('lsTurnOf', '\u0000'), props.name)}</legend>
        {CONSENT_ANSWERS.map((a) => (
          <label key={a} class="wx-check">
            <input type="radio" name={`answer-${props.did}`} value={a} checked={answer === a} onChange={() => setAnswer(a)} />
            {msg(`lsAnswer_${a}` as StringKey)}
          </label>
        ))}
      </fieldset>
      <label>
        {msg('lsReason')}
        <input name="reason" value={reason} required={answer === 'objection'} onInput={(e) => setReason(e.currentTarget.value)} />
      </label>
      <button type="submit">{msg('lsAnswer')}</button>
    </form>
  );
}

function ObjectionActions(props: { did: string; pid: Pid; name: string; send: Send }) {
  const [how, setHow] = useState('');
  const act = (type: 'resolve' | 'withdraw') => void props.send({ kind: 'consent', command: { type, did: props.did, pid: props.pid, ...(how.trim() ? { how: how.trim() } : {}) } });
  return (
    <div class="wx-form wx-ls-objection-actions" role="group" aria-label={props.name}>
      <label>
        {msg('lsHow')}
        <input name="how" value={how} onInput={(e) => setHow(e.currentTarget.value)} />
      </label>
      <span class="wx-row">
        <button type="button" data-act="resolve" onClick={() => act('resolve')}>
          {msg('lsResolve')}
        </button>{' '}
        <button type="button" data-act="withdraw" onClick={() => act('withdraw')}>
          {msg('lsWithdraw')}
        </button>
      </span>
    </div>
  );
}

function RecordOutcome(props: { did: string; send: Send }) {
  const [outcome, setOutcome] = useState('');
  const [rationale, setRationale] = useState('');
  return (
    <form
      class="wx-form wx-ls-record"
      onSubmit={(e) => {
        e.preventDefault();
        void props.send({ kind: 'consent', command: { type: 'record', did: props.did, outcome: outcome.trim(), ...(rationale.trim() ? { rationale: rationale.trim() } : {}) } });
      }}
    >
      <label>
        {msg('lsOutcome')}
        <input name="outcome" value={outcome} required onInput={(e) => setOutcome(e.currentTarget.value)} />
      </label>
      <label>
        {msg('lsRationale')}
        <input name="rationale" value={rationale} onInput={(e) => setRationale(e.currentTarget.value)} />
      </label>
      <button type="submit">{msg('lsRecord')}</button>
    </form>
  );
}
