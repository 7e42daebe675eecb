import { strict as assert } from 'node:assert';
import type { MeetingEvent } from '../../../../shared/core/record/events';
import { createMeetingState } from '../../../../shared/core/meeting/meeting-state';
import { foldEvents } from '../../../../shared/core/meeting/meeting-parts';
import { renderDecisionsCsv } from '../../../../shared/core/decisions/decisions-csv';
import { renderJson } from '../../../../shared/core/summary/render-json';
import { renderMarkdown } from '../../../../shared/core/summary/render-markdown';
import { summarize } from '../../../../shared/core/summary/summary';
import { at, decisionTrail, meeting, T0 } from '../../../fakes/events';

const rights = { initiator: 'ana', deciders: ['ben', 'cy'], contributors: [], informed: [] };
const events: MeetingEvent[] = meeting(['ana', 'ben', 'cy'], [
  ...decisionTrail(),
  at(19_000, { type: 'meeting.ended' }),
]);

describe('core/leadership in summaries and exports', () => {
  it('summarize carries the leadership part only when it was folded', () => {
    const state = foldEvents(events, createMeetingState());
    assert.equal('leadership' in summarize(state, T0), false, 'existing callers see the same summary');
    const s = summarize(state, T0, { leadership: true });
    assert.deepEqual(s.leadership!.facilitators.map((f) => [f.pid, f.from - T0]), [['ana', 0], ['ben', 17_000]]);
    assert.equal(s.meeting.facilitator?.pid, 'ben', 'the meeting fold follows facilitator.changed');
    assert.deepEqual(JSON.parse(renderJson(s)).leadership, JSON.parse(JSON.stringify(s.leadership)), 'JSON export carries it as plain data');
  });

  it('the Markdown summary shows the trail, facilitation and debrief', () => {
    const state = foldEvents(events, createMeetingState());
    const md = renderMarkdown(summarize(state, T0, { leadership: true }));
    const tail = md.slice(md.indexOf('## Decisions'));
    assert.equal(
      tail,
      [
        '## Decisions',
        '',
        '### Adopt \\<rota\\> (decided)',
        '',
        '- Outcome: Fortnightly rota',
        '- Initiator: ANA',
        '- Deciders: BEN, CY',
        '- Contributors: none',
        '- Informed: none',
        '- Consent: BEN consent; CY objection',
        '- Objection by CY (resolved: fortnightly): Too \\*often\\*',
        '- Heard in this item (15 s): BEN 10 s; not heard: ANA, CY',
        '',
        '## Facilitation',
        '',
        '- ANA from 2026-01-05 09:00 UTC',
        '- BEN from 2026-01-05 09:00 UTC',
        '',
        '## Debrief',
        '',
        '### What worked?',
        '',
        '- Consent round (CY)',
        '',
      ].join('\n'),
    );
  });

  it('the decisions CSV has one row per item, formulas defused', () => {
    const state = foldEvents([...events, at(20_000, { type: 'decision.proposed', did: 'd2', title: '=HYPERLINK("x")', area: 'ops, infra', rights })], createMeetingState());
    const csv = renderDecisionsCsv(summarize(state, T0, { leadership: true }).leadership!.decisions);
    assert.equal(
      csv,
      [
        'did,title,status,area,proposedAt,decidedAt,initiator,deciders,contributors,informed,consents,concerns,objections,openObjections,outcome,rationale',
        `d1,Adopt <rota>,decided,,${T0 + 1000},${T0 + 16_000},ana,ben cy,,,1,0,1,0,Fortnightly rota,`,
        `d2,"'=HYPERLINK(""x"")",open,"ops, infra",${T0 + 20_000},,ana,ben cy,,,0,0,0,0,,`,
        '',
      ].join('\r\n'),
    );
  });
});
