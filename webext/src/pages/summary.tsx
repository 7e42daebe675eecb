/**
 * The summary page: one meeting's summary (shared/ui SummaryView over the core's Summary),
 * its exports, and the history of past meetings with trends; delete one or all.
 */
import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import '../../../shared/ui/styles.css';
import './pages.css';
import { I18nProvider } from '../../../shared/ui/i18n';
import type { MeetingInfo } from '../messages';
import { markPageLanguage, pageCatalogue, msg, uiTranslate } from '../i18n/i18n';
import { loadSettings } from '../storage/settings-store';
import { deleteMeeting, listMeetings, onChanged } from './connection';
import { DeleteData } from './delete-data';
import { useRoster } from './team/use-roster';
import { useMeeting } from './use-meeting';
import { exportFileBase } from './download';
import { LoadFailed } from './lazy';
import type { ExportKind } from './summary-export';
import { History } from './history';
import { SummaryView } from '../../../shared/ui/summary-view';
import { FoldedModel } from '../../../shared/ui/folded-model';
import { MEETING_PARTS } from '../../../shared/core/meeting/meeting-parts';
import { checkedByWorker } from '../views';
import { summaryAt } from '../../../shared/ui/model-views';
import { toSummaryData } from '../../../shared/ui/summary-data';
import { namesOf } from './record';
import { RecordLeadership } from './leadership/record-view';

/**
 * The exports' code (every file format and the core's words for them) is a chunk of its own, loaded
 * right after the first render, so it is there when a button is pressed; if it cannot load, the
 * page says so (LoadFailed) instead of a button that does nothing.
 */
const exporter = () => import('./summary-export');

function SummaryPage() {
  const [id, setId] = useState<string | undefined>(new URLSearchParams(location.search).get('id') ?? undefined);
  const [meetings, setMeetings] = useState<MeetingInfo[]>([]);
  const [version, setVersion] = useState(0);
  // The meeting is pushed (record once, then new events); a live one is redrawn once a second.
  const view = useMeeting(id, () => new FoldedModel({ parts: MEETING_PARTS }, checkedByWorker), { redrawOnEvents: false });
  const info = view.status.meeting;
  const events = view.model.events;
  const [retention, setRetention] = useState<number | undefined>(undefined);
  useEffect(() => void loadSettings().then((st) => setRetention(st.retentionDays)), []);

  useEffect(() => onChanged(() => setVersion((v) => v + 1)), []);
  useEffect(() => void listMeetings().then(setMeetings), [version]);

  // With its decision trail, debrief and facilitators (issue 6): every export below carries them.
  const summary = info ? summaryAt(view.model, info.endedAt ?? view.now) : null;
  const data = useMemo(() => (summary ? toSummaryData(summary, events) : null), [summary, events]);

  const roster = useRoster();
  const [exportFailed, setExportFailed] = useState(false);
  const exportAs = (kind: ExportKind) =>
    summary &&
    void exporter().then(
      (m) => m.exportMeeting(kind, summary, events),
      (e: unknown) => {
        console.error('Roundtable: the exports failed to load', e);
        setExportFailed(true);
      },
    );
  const remove = async (which: string | null, clearRoster: boolean) => {
    await deleteMeeting(which, clearRoster);
    setId(undefined);
    history.replaceState(null, '', 'summary.html');
    setVersion((v) => v + 1);
  };

  return (
    <main class="rt-root wx-summary" data-meeting={info?.id ?? ''}>
      {!summary && <p>{msg('summaryNone')}</p>}
      {summary && info && (
        <>
          {info.endedAt === undefined && <p class="wx-hint">{msg('summaryLiveNote')}</p>}
          {/* SummaryView shows the decision trail, hand-overs and debrief (shared/ui DecisionTrail); RecordLeadership adds only the decisions CSV and team links. */}
          <SummaryView summary={data!} actions={{ exportAs }} {...(retention === undefined ? {} : { retentionDays: retention })} />
          <section class="wx-card wx-exports" aria-labelledby="wx-exports-h">
            <h2 id="wx-exports-h" class="rt-heading">
              {msg('summaryExportsHeading')}
            </h2>
            {exportFailed && <LoadFailed />}
            <p class="wx-row">
              <button type="button" class="wx-button" data-export="jsonl" aria-describedby="wx-jsonl-hint" onClick={() => exportAs('jsonl')}>
                {msg('summaryExportJsonl')}
              </button>
            </p>
            <p id="wx-jsonl-hint" class="wx-hint">
              {msg('summaryExportJsonlHint')}
            </p>
            <RecordLeadership leadership={summary.leadership!} names={namesOf(summary)} fileBase={exportFileBase(summary.meeting)} />
          </section>
        </>
      )}
      <History
        meetings={meetings}
        current={info?.id}
        onOpen={(m) => {
          setId(m);
          history.replaceState(null, '', `summary.html?id=${encodeURIComponent(m)}`);
        }}
      />
      {meetings.length > 0 && (
        <section class="wx-card wx-data" aria-labelledby="wx-data-h">
          <h2 id="wx-data-h" class="rt-heading">
            {msg('summaryDataHeading')}
          </h2>
          <p class="wx-hint">{msg('summaryDataHint')}</p>
          <DeleteData meetingId={summary && info ? info.id : null} rosterPeople={roster?.ok ? roster.roster.people.length : 0} onDelete={remove} />
        </section>
      )}
    </main>
  );
}

await pageCatalogue();
markPageLanguage();
render(
  <I18nProvider t={uiTranslate}>
    <SummaryPage />
  </I18nProvider>,
  document.getElementById('app')!,
);
void exporter().catch(() => undefined); // loaded now, so a click finds it; a failure shows at the click
