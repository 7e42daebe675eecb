/**
 * Issue 6's part of the summary: each decision with its status, rights, consent answers,
 * objections and what became of them, who was heard while it was open; then who facilitated
 * when, and the debrief answers under the three prompts. Read-only: changing the trail is the
 * shells' (commands in VS Code, forms in the browser). Names and free text stay text children.
 */
import type { ComponentChildren } from 'preact';
import { DEBRIEF_PROMPTS } from '../core/record/events';
import { richPlural, richText, useT, type Translate } from './i18n';
import { durationText } from './duration';
import { Name } from './name';
import type { LeadershipData, TrailItem } from './types';

/** "Ana, Bo": names as <Name> elements with the catalog's separator between them. */
function names(t: Translate, list: readonly string[]): ComponentChildren {
  return list.map((name, i) => (
    <>
      {i > 0 && t('list.separator')}
      <Name name={name} />
    </>
  ));
}

function Rights(props: { item: TrailItem }) {
  const t = useT();
  const d = props.item;
  const rows: [ 'trail.initiator' | 'trail.deciders' | 'trail.contributors' | 'trail.informed', string[]][] = [
    ['trail.initiator', d.initiator === null ? [] : [d.initiator]],
    ['trail.deciders', d.deciders],
    ['trail.contributors', d.contributors],
    ['trail.informed', d.informed],
  ];
  return (
    <>
      {rows
        .filter(([, list]) => list.length > 0)
        .map(([key, list]) => (
          <p key={key}>{richText(t, key, names(t, list))}</p>
        ))}
    </>
  );
}

function Responses(props: { item: TrailItem; headingId: string }) {
  const t = useT();
  if (props.item.responses.length === 0) return null;
  return (
    <>
      <h4 id={props.headingId} class="rt-subheading">
        {t('trail.consentHeading')}
      </h4>
      <ul aria-labelledby={props.headingId}>
        {props.item.responses.map((r) => {
          const said = richText(t, r.response === null ? 'trail.response.none' : `trail.response.${r.response}`, <Name name={r.name} />);
          return (
            <li key={r.pid} data-response={r.response ?? 'none'}>
              {r.reason ? richText(t, 'trail.reason', said, r.reason) : said}
            </li>
          );
        })}
      </ul>
    </>
  );
}

function Objections(props: { item: TrailItem; headingId: string }) {
  const t = useT();
  if (props.item.objections.length === 0) return null;
  return (
    <>
      <h4 id={props.headingId} class="rt-subheading">
        {t('trail.objectionsHeading')}
      </h4>
      <ul aria-labelledby={props.headingId}>
        {props.item.objections.map((o, i) => (
          <li key={`${o.pid}-${i}`} data-objection={o.state}>
            {richText(t, `trail.objection.${o.state}`, <Name name={o.name} />, o.reason)}
            {o.state !== 'open' && o.how && <> {t('trail.objection.how', o.how)}</>}
          </li>
        ))}
      </ul>
    </>
  );
}

function Heard(props: { item: TrailItem; headingId: string }) {
  const t = useT();
  const h = props.item.heard;
  if (h.people.length === 0) return null;
  return (
    <>
      <h4 id={props.headingId} class="rt-subheading">
        {t('trail.heardHeading')}
      </h4>
      <ul aria-labelledby={props.headingId}>
        {h.people.map((p) => {
          const roles = p.roles.map((r) => t(`trail.role.${r}`)).join(t('list.separator'));
          const who = <Name name={p.name} />;
          // Unmeasured: zero talk means "not tracked", so it must not read as "did not speak".
          const line = !h.measured
            ? richText(t, 'trail.heard.unmeasured', who, roles)
            : p.talkMs === 0
              ? richText(t, 'trail.heard.silent', who, roles)
              : richPlural(t, 'trail.heard.spoke', p.turns, who, roles, durationText(t, p.talkMs));
          return (
            <li key={p.pid} data-spoke={h.measured ? String(p.talkMs > 0) : 'unmeasured'}>
              {line}
            </li>
          );
        })}
      </ul>
    </>
  );
}

function Item(props: { item: TrailItem; id: string }) {
  const t = useT();
  const d = props.item;
  return (
    <li data-did={d.did} data-status={d.status}>
      <h3 class="rt-trail-title">
        {d.title} <span class="rt-trail-status">{t(`trail.status.${d.status}`)}</span>
      </h3>
      {d.proposal && <p>{t('trail.proposal', d.proposal)}</p>}
      <Rights item={d} />
      <Responses item={d} headingId={`${props.id}-consent`} />
      <Objections item={d} headingId={`${props.id}-objections`} />
      {d.outcome ? <p>{t('summary.decisionOutcome', d.outcome)}</p> : <p class="rt-empty">{t('trail.outcomePending')}</p>}
      {d.rationale && <p>{t('summary.decisionRationale', d.rationale)}</p>}
      <Heard item={d} headingId={`${props.id}-heard`} />
    </li>
  );
}

/** The trail, hand-overs and debrief: three sections under the summary's <h1>. */
export function DecisionTrail(props: { leadership: LeadershipData; id: string }) {
  const t = useT();
  const l = props.leadership;
  const id = props.id;
  const answered = DEBRIEF_PROMPTS.some((p) => l.debrief[p].length > 0);
  return (
    <>
      <section aria-labelledby={`${id}-trail`} class="rt-trail">
        <h2 id={`${id}-trail`} class="rt-heading">
          {t('trail.heading')}
        </h2>
        {l.decisions.length === 0 ? (
          <p class="rt-empty">{t('summary.decisionsNone')}</p>
        ) : (
          <ol class="rt-decisions">
            {l.decisions.map((d, i) => (
              <Item key={d.did} item={d} id={`${id}-d${i}`} />
            ))}
          </ol>
        )}
      </section>

      {l.facilitators.length > 0 && (
        <section aria-labelledby={`${id}-facilitation`}>
          <h2 id={`${id}-facilitation`} class="rt-heading">
            {t('trail.facilitationHeading')}
          </h2>
          <ol class="rt-facilitators">
            {l.facilitators.map((f, i) => (
              <li key={`${f.pid}-${i}`}>
                {i === 0 ? richText(t, 'trail.facilitatorFirst', <Name name={f.name} />) : richText(t, 'trail.facilitatorFrom', <Name name={f.name} />, durationText(t, f.fromMs))}
              </li>
            ))}
          </ol>
        </section>
      )}

      <section aria-labelledby={`${id}-debrief`} class="rt-debrief">
        <h2 id={`${id}-debrief`} class="rt-heading">
          {t('trail.debriefHeading')}
        </h2>
        {!answered ? (
          <p class="rt-empty">{t('trail.debriefNone')}</p>
        ) : (
          DEBRIEF_PROMPTS.map((prompt) => (
            <div key={prompt} data-prompt={prompt}>
              <h3 id={`${id}-debrief-${prompt}`} class="rt-subheading">
                {t(`trail.debrief.${prompt}`)}
              </h3>
              {l.debrief[prompt].length === 0 ? (
                <p class="rt-empty">{t('trail.debriefNoAnswer')}</p>
              ) : (
                <ul aria-labelledby={`${id}-debrief-${prompt}`}>
                  {l.debrief[prompt].map((a, i) => (
                    <li key={i}>{a.name === null ? a.text : richText(t, 'trail.debriefAnswer', <Name name={a.name} />, a.text)}</li>
                  ))}
                </ul>
              )}
            </div>
          ))
        )}
      </section>
    </>
  );
}
