/**
 * Trends across meetings, the one view both shells' trends pages render: balance over time,
 * each person's share of speaking, who facilitated, how many different people initiated and
 * decided, what is still undecided or objected to, and how often time boxes overran. It takes the
 * core's `Trends` as computed by the shell (VS Code matches people by roster pid, the browser by
 * display name). Names, titles and reasons are untrusted: text children only.
 */
import type { ComponentChildren } from 'preact';
import type { Pid } from '../core/record/events';
import type { PersonTrend, Trends } from '../core/trends/trends';
import { formatTimestamp } from '../core/text/format';
import { AgendaTrend } from './agenda-trend';
import { BalanceTrend } from './balance-trend';
import { DataTable } from './data-table';
import { durationText, percentText } from './duration';
import { richText, useT, type MessageKey } from './i18n';
import { Name, NameList } from './name';

/** How many different people, then who: the catalogue's sentence places the list (and any brackets around it). */
function CountedNames(props: { class: string; count: MessageKey; named: MessageKey; names: readonly string[] }) {
  const t = useT();
  const n = t.number(props.names.length);
  return <p class={props.class}>{props.names.length === 0 ? t(props.count, n) : richText(t, props.named, n, <NameList names={props.names} />)}</p>;
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'en');

/** Only talk measured in some meeting is a share; a person nobody's talk was marked for shows '–', not 0 %. */
const measured = (p: PersonTrend) => p.shares.some((x) => x !== null);

/** `note`: a line under the count (the browser says how it matches people); `children`: the page's actions (an export). */
export function TrendsView(props: { trends: Trends; note?: string; children?: ComponentChildren }) {
  const t = useT();
  const tr = props.trends;
  const names = new Map<Pid, string>();
  for (const f of tr.facilitation) names.set(f.pid, f.name);
  for (const p of tr.people) names.set(p.pid, p.name);
  const named = (pids: readonly Pid[]) => pids.map((pid) => names.get(pid) ?? pid).sort((a, b) => a.localeCompare(b, 'en'));
  const when = (at: number | null) => (at === null ? '–' : formatTimestamp(at));
  const initiators = named(tr.decisions.initiators);
  const deciders = named(tr.decisions.deciders);
  return (
    <section class="rt-trends-view" aria-labelledby="rt-trends-h">
      <h1 id="rt-trends-h" class="rt-heading">
        {t('trends.title')}
      </h1>
      <p class="rt-empty">{tr.meetings.length === 0 ? t('trends.empty') : t.plural('trends.across', tr.meetings.length)}</p>
      {props.note && <p class="rt-empty">{props.note}</p>}
      <BalanceTrend points={tr.meetings.map((m) => ({ id: m.id, label: m.startedAt === null ? m.title : `${formatTimestamp(m.startedAt).slice(0, 10)} ${m.title}`, balance: m.balance }))} />

      <h2 class="rt-heading">{t('trends.shares')}</h2>
      <DataTable
        class="rt-trend-shares"
        label={t('trends.shares')}
        columns={[
          { label: t('trends.person') },
          { label: t('trends.meetings'), numeric: true },
          { label: t('trends.talk'), numeric: true },
          { label: t('trends.share'), numeric: true },
          { label: t('trends.quiet'), numeric: true },
          { label: t('trends.notHeard'), numeric: true },
          { label: t('floor.made'), numeric: true },
          { label: t('floor.received'), numeric: true },
        ]}
        rows={[...tr.people].sort(byName).map((p) => ({
          key: p.pid,
          head: <Name name={p.name} />,
          cells: measured(p) ? [p.meetings, durationText(t, p.talkMs), percentText(t, p.share), p.quiet, p.notHeard, p.interruptionsMade, p.interruptionsReceived] : [p.meetings, '–', '–', p.quiet, p.notHeard, '–', '–'],
        }))}
      />

      <h2 class="rt-heading">{t('trends.facilitation')}</h2>
      {tr.facilitation.length === 0 ? (
        <p class="rt-empty">{t('trends.nobodyFacilitated')}</p>
      ) : (
        <DataTable
          class="rt-trend-facilitation"
          label={t('trends.facilitation')}
          columns={[{ label: t('trends.person') }, { label: t('trends.times'), numeric: true }, { label: t('trends.last') }]}
          rows={[...tr.facilitation].sort((a, b) => b.count - a.count || byName(a, b)).map((f) => ({ key: f.pid, head: <Name name={f.name} />, cells: [f.count, when(f.lastAt)] }))}
        />
      )}

      <h2 class="rt-heading">{t('trends.decisions')}</h2>
      <p class="rt-trend-decisions">{t('trends.decisionCounts', tr.decisions.items, tr.decisions.decided)}</p>
      <CountedNames class="rt-trend-initiators" count={'trends.initiators'} named={'trends.initiatorsNamed'} names={initiators} />
      <CountedNames class="rt-trend-deciders" count={'trends.deciders'} named={'trends.decidersNamed'} names={deciders} />
      {tr.openItems.length > 0 && (
        <>
          <h3 class="rt-subheading">{t('trends.openItems')}</h3>
          <ul class="rt-trend-open-items">
            {tr.openItems.map((i) => (
              <li key={`${i.meetingId}/${i.did}`}>{richText(t, 'trends.openItem', <bdi>{i.title}</bdi>, <bdi>{i.meetingTitle}</bdi>, t(i.status === 'blocked' ? 'trends.blocked' : 'trends.open'))}</li>
            ))}
          </ul>
        </>
      )}
      <h3 class="rt-subheading">{t('trends.openObjections')}</h3>
      {tr.openObjections.length === 0 ? (
        <p class="rt-empty rt-trend-objections">{t('trends.noOpenObjections')}</p>
      ) : (
        <ul class="rt-trend-objections">
          {tr.openObjections.map((o, k) => (
            <li key={`${o.meetingId}/${o.did}/${o.pid}/${k}`}>{richText(t, 'trends.openObjection', <Name name={o.name} />, <bdi>{o.title}</bdi>, <bdi>{o.meetingTitle}</bdi>, <bdi>{o.reason}</bdi>)}</li>
          ))}
        </ul>
      )}

      <h2 class="rt-heading">{t('trends.boxes')}</h2>
      <p class="rt-trend-boxes">{tr.overruns.boxes ? t('trends.overran', tr.overruns.overran, tr.overruns.boxes, percentText(t, tr.overruns.rate)) : t('trends.noBoxes')}</p>
      <AgendaTrend rows={tr.agenda ?? []} />
      {props.children}
    </section>
  );
}
