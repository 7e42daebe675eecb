/**
 * Issue 6's part of the summary page beside shared/ui's SummaryView, which shows the decision
 * trail, hand-overs and debrief itself once it is given a summary folded with the leadership
 * (summary.tsx does: summaryWithLeadership). What is left to the browser: the decisions CSV
 * export (one row per item) and the way to the team pages. Markdown and JSON carry the trail.
 */
import { renderDecisionsCsv } from '../../../../shared/core/decisions/decisions-csv';
import { LeadershipSummary } from '../../../../shared/core/summary/leadership-summary';
import type { Pid } from '../../../../shared/core/record/events';
import { msg } from '../../i18n/i18n';
import { downloadText } from '../download';
import { TeamLinks } from '../team/team-links';
import './leadership.css';

export function RecordLeadership(props: { leadership: LeadershipSummary; names: ReadonlyMap<Pid, string>; fileBase: string }) {
  return (
    <div class="wx-ls wx-ls-record-view">
      <p class="wx-row">
        <button type="button" data-export="decisions-csv" onClick={() => downloadText(`${props.fileBase}-decisions.csv`, renderDecisionsCsv(props.leadership.decisions), 'text/csv')}>
          {msg('lsExportDecisions')}
        </button>
      </p>
      <TeamLinks />
    </div>
  );
}
