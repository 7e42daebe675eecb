/**
 * Issue 6's part of the summary page: the meeting's decision trail (read-only: rights,
 * consent, objections and their fate, outcome), who facilitated, the debrief answers, and the
 * decisions CSV export. Markdown and JSON exports carry the same through summaryWithLeadership.
 */
import { DEBRIEF_PROMPTS, type Pid } from '../../../../shared/core/events';
import { answersByPrompt } from '../../../../shared/core/leadership/debrief';
import { renderDecisionsCsv } from '../../../../shared/core/leadership/decisions-csv';
import type { LeadershipSummary } from '../../../../shared/core/leadership/leadership-state';
import { formatTimestamp } from '../../../../shared/core/format';
import { Name } from '../../../../shared/ui/name';
import { msg } from '../../i18n';
import { downloadText } from '../download';
import { DecisionItem } from './decision-item';
import { promptKey } from './debrief-form';
import { TeamLinks } from './team-links';
import './leadership.css';

export function RecordLeadership(props: { leadership: LeadershipSummary; names: ReadonlyMap<Pid, string>; fileBase: string }) {
  const l = props.leadership;
  const groups = answersByPrompt(l.debrief);
  return (
    <div class="wx-ls wx-ls-record-view">
      <section aria-labelledby="wx-ls-trail-h">
        <h2 id="wx-ls-trail-h" class="rt-heading">
          {msg('lsTrailHeading')}
        </h2>
        {l.decisions.length === 0 && <p class="wx-hint">{msg('lsDecisionsNone')}</p>}
        {l.decisions.map((d) => (
          <DecisionItem key={d.did} item={d} names={props.names} live={false} activeRound={null} />
        ))}
        <p class="wx-row">
          <button type="button" data-export="decisions-csv" onClick={() => downloadText(`${props.fileBase}-decisions.csv`, renderDecisionsCsv(l.decisions), 'text/csv')}>
            {msg('lsExportDecisions')}
          </button>
        </p>
      </section>
      {l.facilitators.length > 0 && (
        <section aria-labelledby="wx-ls-facs-h">
          <h2 id="wx-ls-facs-h" class="rt-heading">
            {msg('lsFacilitatorsHeading')}
          </h2>
          <ul>
            {l.facilitators.map((f) => (
              <li key={`${f.pid}-${f.from}`}>
                <Name name={f.name} /> {msg('lsFacilitatorFrom', formatTimestamp(f.from))}
              </li>
            ))}
          </ul>
        </section>
      )}
      {l.debrief.length > 0 && (
        <section aria-labelledby="wx-ls-deb-h">
          <h2 id="wx-ls-deb-h" class="rt-heading">
            {msg('lsDebriefHeading')}
          </h2>
          {DEBRIEF_PROMPTS.filter((p) => groups[p].length > 0).map((p) => (
            <div key={p} data-prompt={p}>
              <h3 class="rt-heading">{msg(promptKey(p))}</h3>
              <ul>
                {groups[p].map((a, i) => (
                  <li key={i}>
                    {a.text}
                    {a.pid !== null && (
                      <>
                        {' '}
                        (<Name name={props.names.get(a.pid) ?? a.pid} />)
                      </>
                    )}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      )}
      <TeamLinks />
    </div>
  );
}
