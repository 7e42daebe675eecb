/**
 * The trends page across every stored meeting (team-trends.ts: people matched by display
 * name): balance over time (shared/ui BalanceTrend), each person's share of speaking, who
 * facilitated, how many different people initiated or decided, open objections, and how often
 * time boxes overran.
 */
import { formatPercent, formatTimestamp } from '../../../../shared/core/text/format';
import { BalanceTrend } from '../../../../shared/ui/balance-trend';
import { AgendaTrend } from '../../../../shared/ui/agenda-trend';
import { Name } from '../../../../shared/ui/name';
import { msg } from '../../i18n/i18n';
import { summaryWithLeadership } from '../record';
import { byNameTrends, teamTrends } from '../../team/team-trends';
import { renderTrendsMarkdown } from '../../../../shared/core/trends/trends-markdown';
import { downloadText } from '../download';
import { fillName } from '../leadership/facilitator-card';
import type { StoredMeeting } from './stored-meetings';

export function TrendsView(props: { stored: StoredMeeting[]; now: number }) {
  const trends = teamTrends(props.stored.map(({ info, events }) => summaryWithLeadership(events, info.endedAt ?? props.now)));
  const core = trends.core;
  return (
    <section aria-labelledby="wx-trends-h">
      <h1 id="wx-trends-h">{msg('lsTrendsPage')}</h1>
      <p>{msg('lsTrendsIntro')}</p>
      {trends.meetings.length === 0 && <p class="wx-hint">{msg('lsTrendsEmpty')}</p>}
      <BalanceTrend points={trends.meetings.map((m) => ({ id: m.id, label: m.startedAt === null ? m.title : formatTimestamp(m.startedAt), balance: m.balance }))} />
      <h2 class="rt-heading">{msg('lsTrendsShares')}</h2>
      <table class="wx-trend-shares">
        <caption>{msg('lsTrendsShares')}</caption>
        <thead>
          <tr>
            <th scope="col">{msg('lsRosterPerson')}</th>
            <th scope="col">{msg('lsTrendsMeetings')}</th>
            <th scope="col">{msg('lsTrendsShare')}</th>
            <th scope="col">{msg('lsTrendsInterruptionsMade')}</th>
            <th scope="col">{msg('lsTrendsInterruptionsReceived')}</th>
          </tr>
        </thead>
        <tbody>
          {trends.people.map((p) => (
            <tr key={p.name}>
              <th scope="row">
                <Name name={p.name} />
              </th>
              <td>{p.meetings}</td>
              {/* Only talk measured somewhere is a share; a meeting marked by nobody is not a 0 %. */}
              <td>{p.shares.some((x) => x !== null) ? formatPercent(p.share) : '–'}</td>
              <td>{p.shares.some((x) => x !== null) ? p.interruptionsMade : '–'}</td>
              <td>{p.shares.some((x) => x !== null) ? p.interruptionsReceived : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 class="rt-heading">{msg('lsTrendsFacilitation')}</h2>
      {trends.facilitation.length === 0 ? (
        <p class="wx-hint">{msg('lsTrendsFacilitationNone')}</p>
      ) : (
        <table class="wx-trend-facilitation">
          <caption>{msg('lsTrendsFacilitation')}</caption>
          <thead>
            <tr>
              <th scope="col">{msg('lsRosterPerson')}</th>
              <th scope="col">{msg('lsRosterCount')}</th>
              <th scope="col">{msg('lsRosterLast')}</th>
            </tr>
          </thead>
          <tbody>
            {trends.facilitation.map((f) => (
              <tr key={f.name}>
                <th scope="row">
                  <Name name={f.name} />
                </th>
                <td>{f.count}</td>
                <td>{f.lastAt === null ? '–' : formatTimestamp(f.lastAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2 class="rt-heading">{msg('lsTrendsDecisions')}</h2>
      <p class="wx-trend-decisions">{msg('lsTrendsDecisionsText', core.decisions.items, core.decisions.decided, trends.initiators.length, trends.deciders.length)}</p>
      <h2 class="rt-heading">{msg('lsTrendsOpenObjections')}</h2>
      {core.openObjections.length === 0 ? (
        <p class="wx-hint wx-trend-objections">{msg('lsTrendsOpenNone')}</p>
      ) : (
        <ul class="wx-trend-objections">
          {core.openObjections.map((o) => (
            <li key={`${o.meetingId}-${o.did}-${o.pid}`}>{fillName(msg('lsTrendsOpenItem', '\u0000', o.title, o.meetingTitle, o.reason), o.name)}</li>
          ))}
        </ul>
      )}
      <h2 class="rt-heading">{msg('lsTrendsOverruns')}</h2>
      <p class="wx-trend-overruns">{core.overruns.boxes ? msg('lsTrendsOverrunText', core.overruns.overran, core.overruns.boxes, formatPercent(core.overruns.rate)) : msg('lsTrendsNoBoxes')}</p>
      <AgendaTrend rows={core.agenda} />
      <p class="wx-row">
        <button type="button" data-export="trends" onClick={() => downloadText('trends.md', renderTrendsMarkdown(byNameTrends(trends)), 'text/markdown')}>
          {msg('lsTrendsDownload')}
        </button>
      </p>
    </section>
  );
}
