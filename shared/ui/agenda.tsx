/**
 * The agenda in both shells (issue 11 item 5). Live: the item in play with its clock (time left,
 * or how far over, in words and with a symbol, never by colour alone), the next item, the list
 * with each item's status word and symbol, and the facilitator's buttons. Summary: planned
 * against actual per item and what carried over, as a table. Titles and owners are untrusted
 * text: rendered through <Name>, never as markup.
 */
import type { FunctionComponent } from 'preact';
import { useId, useState } from 'preact/hooks';
import { richText, useT, type Translate } from './i18n';
import { durationText } from './duration';
import { Name } from './name';
import { DataTable } from './data-table';
import type { AgendaItemView, AgendaView } from '../core/agenda/agenda-view';
import type { RoundActions } from './types';

const SYMBOLS: Record<AgendaItemView['status'], string> = { pending: '·', active: '▶', done: '✓', carried: '↪', skipped: '–' };

/** "3 min left of 10 min" or "over by 2 min (10 min planned)". */
function clockText(t: Translate, item: AgendaItemView & { remainingMs: number }): string {
  return item.remainingMs >= 0 ? t('agenda.left', durationText(t, item.remainingMs), durationText(t, item.boxMs)) : t('agenda.over', durationText(t, -item.remainingMs), durationText(t, item.boxMs));
}

/** The one line every live view shows: the item in play and its clock, or the next item. */
export function AgendaClock(props: { agenda: AgendaView }) {
  const t = useT();
  const cur = props.agenda.current;
  const next = props.agenda.next;
  if (!cur) return next ? <p class="rt-agenda-clock rt-strip">{richText(t, 'agenda.upNext', <Name name={next.title} />, durationText(t, next.boxMs))}</p> : null;
  const over = cur.remainingMs < 0;
  return (
    <p class="rt-agenda-clock rt-strip" data-over={over ? 'yes' : 'no'}>
      <span aria-hidden="true">{over ? '⚠ ' : '◷ '}</span>
      {richText(t, 'agenda.inPlay', <Name name={cur.title} />, clockText(t, cur))}
      {next && <> · {richText(t, 'agenda.next', <Name name={next.title} />)}</>}
    </p>
  );
}

/**
 * Names the decision item that settles an agenda item (agenda.linked): an item (the one in play
 * first) and a decision (the newest first), then Link decision. Plain labelled selects and a
 * submit button, so the keyboard and screen readers need nothing special; the live region says
 * when the link is made.
 */
function AgendaLinkForm(props: { agenda: AgendaView; decisions: readonly { did: string; title: string }[]; link: (aid: string, did: string) => void }) {
  const t = useT();
  const id = useId();
  const items = props.agenda.items;
  const decisions = [...props.decisions].reverse();
  const [aid, setAid] = useState<string | null>(null);
  const [did, setDid] = useState<string | null>(null);
  // A choice that has gone (a new plan) falls back to the default.
  const item = items.find((i) => i.aid === aid) ?? props.agenda.current ?? items[0]!;
  const decision = decisions.find((d) => d.did === did) ?? decisions[0]!;
  return (
    <form
      class="rt-agenda-link"
      aria-labelledby={`${id}-h`}
      onSubmit={(e) => {
        e.preventDefault();
        props.link(item.aid, decision.did);
      }}
    >
      <p id={`${id}-h`} class="rt-agenda-link-heading">
        {t('agenda.link')}
      </p>
      <label for={`${id}-item`}>{t('agenda.linkItem')}</label>
      <select id={`${id}-item`} value={item.aid} onChange={(e) => setAid((e.currentTarget as HTMLSelectElement).value)}>
        {items.map((i) => (
          <option key={i.aid} value={i.aid}>
            {i.title || t('agenda.col.item')}
          </option>
        ))}
      </select>
      <label for={`${id}-decision`}>{t('agenda.linkDecision')}</label>
      <select id={`${id}-decision`} value={decision.did} onChange={(e) => setDid((e.currentTarget as HTMLSelectElement).value)}>
        {decisions.map((d) => (
          <option key={d.did} value={d.did}>
            {d.title || d.did}
          </option>
        ))}
      </select>
      <button type="submit" class="rt-button" data-action="agendaLink">
        {t('agenda.linkButton')}
      </button>
    </form>
  );
}

/** The agenda's list and buttons (live). `decisions`: the meeting's decision items, to link one to an item. */
export function AgendaCard(props: { agenda: AgendaView; actions: RoundActions; decisions?: readonly { did: string; title: string }[] }) {
  const t = useT();
  const id = useId();
  const a = props.agenda;
  const { agendaNext, agendaEnd, agendaSkip, agendaLink } = props.actions;
  return (
    <section class="rt-agenda" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} class="rt-heading">
        {t('agenda.heading')}
      </h2>
      <ol class="rt-agenda-list">
        {a.items.map((item) => (
          <li key={item.aid} class="rt-agenda-item" data-status={item.status} aria-current={item.status === 'active' ? 'step' : undefined}>
            <span class="rt-queue-symbol" aria-hidden="true">
              {SYMBOLS[item.status]}
            </span>
            <Name name={item.title} />
            <span class="rt-agenda-meta">
              {' '}
              {t('agenda.itemMeta', t(`agenda.kind.${item.kind}`), t(`agenda.status.${item.status}`), t('agenda.used', durationText(t, item.usedMs), durationText(t, item.boxMs)))}
              {item.overrunMs > 0 && <> {t('agenda.overBy', durationText(t, item.overrunMs))}</>}
              {item.owner && <> · {richText(t, 'agenda.owner', <Name name={item.owner.name} />)}</>}
              {item.did !== null && <> · {richText(t, 'agenda.settledBy', <Name name={item.decisions.find((d) => d.did === item.did)?.title ?? item.did} />)}</>}
            </span>
          </li>
        ))}
      </ol>
      {(agendaNext || agendaEnd || agendaSkip) && !a.ended && (
        <div class="rt-agenda-actions" role="group" aria-label={t('agenda.actions')}>
          {agendaNext && (a.next || a.current) && (
            <button type="button" class="rt-button" data-action="agendaNext" onClick={() => agendaNext()}>
              {a.current ? (a.next ? t('agenda.nextItem') : t('agenda.endItem')) : t('agenda.startItem')}
            </button>
          )}
          {agendaEnd && a.current && (
            <button type="button" class="rt-button" data-action="agendaCarry" onClick={() => agendaEnd(true)}>
              {t('agenda.carry')}
            </button>
          )}
          {agendaSkip && a.next && (
            <button type="button" class="rt-button" data-action="agendaSkip" onClick={() => agendaSkip()}>
              {richText(t, 'agenda.skip', <Name name={a.next.title} />)}
            </button>
          )}
        </div>
      )}
      {agendaLink && !a.ended && props.decisions && props.decisions.length > 0 && <AgendaLinkForm agenda={a} decisions={props.decisions} link={agendaLink} />}
    </section>
  );
}

/** Planned against actual per item, and what carried over (summary). */
export function AgendaSection(props: { agenda: AgendaView }) {
  const t = useT();
  const id = useId();
  const a = props.agenda;
  return (
    <section class="rt-agenda-summary" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} class="rt-heading">
        {t('agenda.heading')}
      </h2>
      <p>{t('agenda.totals', durationText(t, a.plannedMs), durationText(t, a.usedMs))}</p>
      <DataTable
        label={t('agenda.tableLabel')}
        columns={[{ label: t('agenda.col.item') }, { label: t('agenda.col.kind') }, { label: t('agenda.col.planned'), numeric: true }, { label: t('agenda.col.used'), numeric: true }, { label: t('agenda.col.over'), numeric: true }, { label: t('agenda.col.outcome') }]}
        rows={a.items.map((item) => ({
          key: item.aid,
          head: <Name name={item.title} />,
          mark: item.overrunMs > 0 ? 'overran' : undefined,
          cells: [
            t(`agenda.kind.${item.kind}`),
            durationText(t, item.boxMs),
            durationText(t, item.usedMs),
            item.overrunMs > 0 ? `+${durationText(t, item.overrunMs)}` : '–',
            <>
              {a.ended && item.status === 'pending' ? t('agenda.status.notReached') : t(`agenda.status.${item.status}`)}
              {item.rounds > 0 && <> · {t.plural('agenda.rounds', item.rounds)}</>}
              {item.decisions.map((d) => (
                <span key={d.did}>
                  {' · '}
                  {richText(t, d.outcome === null ? 'agenda.decisionOpen' : 'agenda.decision', <Name name={d.title} />, d.outcome ?? '')}
                </span>
              ))}
            </>,
          ],
        }))}
      />
      <p class="rt-agenda-carried">
        {a.carriedOver.length === 0 ? t('agenda.carriedNone') : richText(t, 'agenda.carried', <>{a.carriedOver.map((i, k) => <>{k > 0 && ', '}<Name name={i.title} /></>)}</>)}
      </p>
    </section>
  );
}

/** The live panel's agenda parts (LivePanel's `agenda`): the clock line and the card. */
export interface AgendaParts {
  AgendaClock: FunctionComponent<Parameters<typeof AgendaClock>[0]>;
  AgendaCard: FunctionComponent<Parameters<typeof AgendaCard>[0]>;
}
export const agendaParts: AgendaParts = { AgendaClock, AgendaCard };
