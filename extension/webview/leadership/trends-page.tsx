/**
 * The trends panel (Roundtable: Show Trends): balance over time (shared/ui's BalanceTrend), each
 * person's share of speaking, who facilitated, how many different people initiated and decided,
 * what is still undecided or objected to, and how often time boxes overran. The host computes
 * the trends from the records (computeTrends) and sends them whole after `ready`, like every
 * Roundtable webview. Names, titles and reasons are untrusted: text children only.
 */
import { AgendaTrend } from '../../../shared/ui/agenda-trend';
import { useMemo, useState } from 'preact/hooks';
import type { Pid } from '../../../shared/core/record/events';
import { formatTimestamp } from '../../../shared/core/text/format';
import type { Trends } from '../../../shared/core/trends/trends';
import { BalanceTrend, CATALOG_LANGUAGE, I18nProvider, Name, durationText, percentText, translator, type MessageKey } from '../../../shared/ui/index';
import { DataTable } from '../../../shared/ui/data-table';
import type { HostToWebview } from '../../src/protocol';
import { connect } from '../host';
import { LEADERSHIP_VIEW_STRINGS } from './decision-strings';

type Received = Extract<HostToWebview, { type: 'trends' }>;
type Key = keyof typeof LEADERSHIP_VIEW_STRINGS;

export function TrendsPage() {
  const [data, setData] = useState<Received | null>(null);
  const [error, setError] = useState<string | null>(null);
  useMemo(() => connect((msg) => msg.type === 'trends' && setData(msg), (why) => setError(why)), []);
  const vt = (key: Key, ...args: (string | number)[]) => (data?.strings[key] ?? LEADERSHIP_VIEW_STRINGS[key]).replace(/\{(\d+)\}/g, (w, i: string) => String(args[Number(i)] ?? w));
  const t = translator((k: MessageKey) => data?.strings[k], data?.strings[CATALOG_LANGUAGE]);
  return (
    <I18nProvider t={t}>
      <main class="rt-trends">
        <h1 class="rt-heading">{vt('trends.title')}</h1>
        {error && (
          <p class="rt-host-error" role="alert">
            {error}
          </p>
        )}
        {data && <TrendsBody trends={data.trends} vt={vt} t={t} />}
      </main>
    </I18nProvider>
  );
}

function TrendsBody(props: { trends: Trends; vt: (key: Key, ...args: (string | number)[]) => string; t: ReturnType<typeof translator> }) {
  const { trends: tr, vt, t } = props;
  const names = new Map<Pid, string>();
  for (const f of tr.facilitation) names.set(f.pid, f.name);
  for (const p of tr.people) names.set(p.pid, p.name);
  const who = (pid: Pid) => <Name name={names.get(pid) ?? pid} />;
  const list = (pids: Pid[]) => pids.map((pid, i) => <span key={pid}>{i > 0 && ', '}{who(pid)}</span>);
  const when = (at: number | null) => (at === null ? '–' : formatTimestamp(at));
  return (
    <>
      <p class="rt-empty">{vt('trends.across', tr.meetings.length)}</p>
      <BalanceTrend points={tr.meetings.map((m) => ({ id: m.id, label: m.startedAt === null ? m.title : `${formatTimestamp(m.startedAt).slice(0, 10)} ${m.title}`, balance: m.balance }))} />

      <h2 class="rt-heading">{vt('trends.shares')}</h2>
      <DataTable
        label={vt('trends.shares')}
        columns={[{ label: vt('trends.person') }, { label: vt('trends.meetings'), numeric: true }, { label: vt('trends.talk'), numeric: true }, { label: vt('trends.share'), numeric: true }, { label: vt('trends.quiet'), numeric: true }, { label: vt('trends.notHeard'), numeric: true }]}
        rows={tr.people.map((p) => ({ key: p.pid, head: <Name name={p.name} />, cells: [p.meetings, durationText(t, p.talkMs), percentText(t, p.share), p.quiet, p.notHeard] }))}
      />

      <h2 class="rt-heading">{vt('trends.facilitation')}</h2>
      {tr.facilitation.length === 0 ? (
        <p class="rt-empty">{vt('trends.nobodyFacilitated')}</p>
      ) : (
        <DataTable
          label={vt('trends.facilitation')}
          columns={[{ label: vt('trends.person') }, { label: vt('trends.times'), numeric: true }, { label: vt('trends.last') }]}
          rows={tr.facilitation.map((f) => ({ key: f.pid, head: <Name name={f.name} />, cells: [f.count, when(f.lastAt)] }))}
        />
      )}

      <h2 class="rt-heading">{vt('trends.decisions')}</h2>
      <p class="rt-trend-decisions">{vt('trends.decisionCounts', tr.decisions.items, tr.decisions.decided)}</p>
      <p class="rt-trend-initiators">
        {vt('trends.initiators', tr.decisions.initiators.length)} {tr.decisions.initiators.length > 0 && <>({list(tr.decisions.initiators)})</>}
      </p>
      <p class="rt-trend-deciders">
        {vt('trends.deciders', tr.decisions.deciders.length)} {tr.decisions.deciders.length > 0 && <>({list(tr.decisions.deciders)})</>}
      </p>
      {tr.openItems.length > 0 && (
        <>
          <h3 class="rt-subheading">{vt('trends.openItems')}</h3>
          <ul class="rt-trend-open-items">
            {tr.openItems.map((i) => (
              <li key={`${i.meetingId}/${i.did}`}>
                <bdi>{i.title}</bdi> (<bdi>{i.meetingTitle}</bdi>): {vt(i.status === 'blocked' ? 'lead.blocked' : 'lead.open')}
              </li>
            ))}
          </ul>
        </>
      )}
      {tr.openObjections.length > 0 && (
        <>
          <h3 class="rt-subheading">{vt('trends.openObjections')}</h3>
          <ul class="rt-trend-objections">
            {tr.openObjections.map((o, k) => (
              <li key={`${o.meetingId}/${o.did}/${o.pid}/${k}`}>
                <Name name={o.name} />, <bdi>{o.title}</bdi>: {o.reason}
              </li>
            ))}
          </ul>
        </>
      )}

      <h2 class="rt-heading">{vt('trends.boxes')}</h2>
      <p class="rt-trend-boxes">{tr.overruns.boxes ? vt('trends.overran', tr.overruns.overran, tr.overruns.boxes, percentText(t, tr.overruns.rate)) : vt('trends.noBoxes')}</p>
      <AgendaTrend rows={tr.agenda ?? []} />
    </>
  );
}
