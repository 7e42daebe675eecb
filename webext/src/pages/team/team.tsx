/**
 * Issue 6's team pages in one bundle: roster.html (rotation, matrix, import/export),
 * playbook.html (debriefs across meetings) and trends.html. The page is chosen by its file
 * name, so each is an ordinary extension page with its own title and address.
 */
import { render } from 'preact';
import { useState } from 'preact/hooks';
import '../../../../shared/ui/styles.css';
import '../pages.css';
import '../leadership/leadership.css';
import { I18nProvider } from '../../../../shared/ui/i18n';
import { markPageLanguage, pageCatalogue, msg, uiTranslate } from '../../i18n/i18n';
import { PlaybookView } from './playbook-view';
import { RosterView } from './roster-view';
import { useStoredMeetings, type StoredMeeting } from './stored-meetings';
import { TeamLinks } from './team-links';
import { TrendsView } from '../../../../shared/ui/trends-view';
import { renderTrendsMarkdown } from '../../../../shared/core/trends/trends-markdown';
import { teamTrends } from '../../team/team-trends';
import { summaryWithLeadership } from '../record';
import { downloadText } from '../download';
import { currentRecordsText } from '../../i18n/core-text';

type View = 'roster' | 'playbook' | 'trends';
const view: View = location.pathname.endsWith('/playbook.html') ? 'playbook' : location.pathname.endsWith('/trends.html') ? 'trends' : 'roster';

function FromMeetings(props: { view: 'playbook' | 'trends' }) {
  const stored = useStoredMeetings();
  const [now] = useState(Date.now());
  if (!stored) return null;
  return props.view === 'playbook' ? <PlaybookView stored={stored} /> : <Trends stored={stored} now={now} />;
}

/** Trends across every meeting stored in this browser, people matched by display name. */
function Trends(props: { stored: StoredMeeting[]; now: number }) {
  const trends = teamTrends(props.stored.map(({ info, events }) => summaryWithLeadership(events, info.endedAt ?? props.now)));
  return (
    <TrendsView trends={trends} note={msg('lsTrendsIntro')}>
      <p class="wx-row">
        <button type="button" data-export="trends" onClick={() => void currentRecordsText().then((text) => downloadText('trends.md', renderTrendsMarkdown(trends, text), 'text/markdown'))}>
          {msg('lsTrendsDownload')}
        </button>
      </p>
    </TrendsView>
  );
}

function TeamPage() {
  return (
    <main class="rt-root wx-team" data-view={view}>
      <TeamLinks />
      {view === 'roster' ? <RosterView /> : <FromMeetings view={view} />}
    </main>
  );
}

document.title = `Roundtable: ${msg(view === 'roster' ? 'lsRosterPage' : view === 'playbook' ? 'lsPlaybookPage' : 'lsTrendsPage')}`;
await pageCatalogue();
markPageLanguage();
render(
  <I18nProvider t={uiTranslate}>
    <TeamPage />
  </I18nProvider>,
  document.getElementById('app')!,
);
