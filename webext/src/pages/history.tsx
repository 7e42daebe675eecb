/**
 * Past meetings, newest first, with trends: each meeting's balance score and each person's
 * share across meetings (people matched by display name, the only thing stable across calls).
 */
import { useEffect, useState } from 'preact/hooks';
import { createMeetingState } from '../../../shared/core/meeting/meeting-state';
import { foldEvents } from '../../../shared/core/meeting/meeting-parts';
import { sortByTime } from '../../../shared/core/record/record';
import { summarize, type Summary } from '../../../shared/core/summary/summary';
import { formatTimestamp } from '../../../shared/core/text/format';
import { percentText } from '../../../shared/ui/duration';
import { useT } from '../../../shared/ui/i18n';
import { Name } from '../../../shared/ui/name';
import type { MeetingInfo } from '../messages';
import { msg } from '../i18n/i18n';
import { getMeeting } from './connection';

export function History(props: { meetings: MeetingInfo[]; current?: string; onOpen: (id: string) => void }) {
  const t = useT();
  const [summaries, setSummaries] = useState<Map<string, Summary>>(new Map());
  useEffect(() => {
    let alive = true;
    void Promise.all(
      props.meetings.map(async (m) => {
        const snap = await getMeeting(m.id);
        return [m.id, summarize(foldEvents(sortByTime(snap.events), createMeetingState()), m.endedAt ?? Date.now())] as const;
      }),
    ).then((all) => alive && setSummaries(new Map(all)));
    return () => {
      alive = false;
    };
  }, [props.meetings]);

  if (props.meetings.length === 0) return null;
  const ordered = [...props.meetings].reverse(); // oldest first for trends
  const names = [...new Set(ordered.flatMap((m) => summaries.get(m.id)?.participants.map((p) => p.name) ?? []))];
  return (
    <section class="wx-card wx-history-section" aria-labelledby="wx-history-h">
      <h2 id="wx-history-h" class="rt-heading">
        {msg('summaryHistory')}
      </h2>
      <ul class="wx-history">
        {props.meetings.map((m) => (
          <li key={m.id}>
            {/* Named after its meeting: a list of buttons all called "Open" tells a screen reader nothing. */}
            <button
              type="button"
              class="wx-button"
              aria-label={msg('summaryOpenMeeting', m.title, formatTimestamp(m.startedAt))}
              aria-current={m.id === props.current ? 'page' : undefined}
              onClick={() => props.onOpen(m.id)}
            >
              {msg('summaryOpen')}
            </button>{' '}
            <bdi>{m.title}</bdi> · {formatTimestamp(m.startedAt)}
            {m.endedAt === undefined && ` (${msg('summaryLive')})`}
          </li>
        ))}
      </ul>
      <div class="rt-table-wrap">
      <table class="rt-table">
        <caption>{msg('summaryTrendBalance')}</caption>
        <tbody>
          <tr>
            <th scope="row">{t('summary.balance')}</th>
            {ordered.map((m) => (
              <td key={m.id}>{summaries.get(m.id)?.balance ?? '–'}</td>
            ))}
          </tr>
        </tbody>
      </table>
      </div>
      <div class="rt-table-wrap">
      <table class="rt-table">
        <caption>{msg('summaryTrendShare')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('chart.person')}</th>
            {ordered.map((m) => (
              <th scope="col" key={m.id}>
                {formatTimestamp(m.startedAt)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {names.map((n) => (
            <tr key={n}>
              <th scope="row">
                <Name name={n} />
              </th>
              {ordered.map((m) => {
                const p = summaries.get(m.id)?.participants.find((x) => x.name === n);
                return <td key={m.id}>{p ? percentText(t, p.share) : '–'}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
      </div>
    </section>
  );
}
