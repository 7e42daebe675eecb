/**
 * The VS Code pipeline, in the core: a recorded meeting (.roundtable/meetings/*.jsonl) becomes
 * decision records, their index and the playbook. The record is the consent meeting of
 * consent-scenario.test.ts, persisted; shells' end-to-end tests can replay the same file.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { planDecisionFolder } from '../../../../shared/core/decisions/decision-folder';
import { summarizeLeadership } from '../../../../shared/core/summary/leadership-summary';
import { createMeetingState } from '../../../../shared/core/meeting/meeting-state';
import { foldEvents } from '../../../../shared/core/meeting/meeting-parts';
import { renderPlaybook } from '../../../../shared/core/debrief/playbook-markdown';
import { readRecord } from '../../../../shared/core/record/record';
import { report } from '../../../../shared/core/summary/report';

const fixture = (name: string) => readFileSync(new URL(`../../../fixtures/leadership/${name}`, import.meta.url), 'utf8');

describe('core/leadership: from a meeting record to the files on disk', () => {
  const text = fixture('consent-meeting.jsonl');
  const read = readRecord(text);
  assert.ok(read.ok);
  const state = foldEvents(read.events, createMeetingState());
  const summary = summarizeLeadership(state, state.lastT);
  const meeting = { id: state.id, title: state.title, startedAt: state.windowStart };

  it('writes the decision record as number 3 in a folder holding two, and the index', () => {
    const existing = [
      { fileName: '0001-a.md', text: '# 1. A\n\n- Status: decided\n' },
      { fileName: '0002-b.md', text: '# 2. B\n\n- Status: decided\n' },
      { fileName: 'README.md', text: 'old index' },
    ];
    const plan = planDecisionFolder(existing, meeting, summary.decisions, new Map([['eve', 'Eve']]));
    assert.deepEqual(plan.writes.map((w) => w.fileName), ['0003-rotate-facilitation-every-week.md']);
    assert.equal(plan.writes[0]!.text, fixture('0003-rotate-facilitation-every-week.md'));
    assert.ok(plan.index.includes('| 3 | [Rotate facilitation every week](0003-rotate-facilitation-every-week.md) | 2026-01-05 09:02 UTC | decided |'));
  });

  it('gathers the debrief into the playbook', () => {
    const names = new Map([...state.participants.values()].map((p) => [p.pid, p.name]));
    assert.ok(renderPlaybook([{ ...meeting, answers: summary.debrief, names }]).endsWith('## 2026-01-05 09:00 UTC: Weekly\n\n### What worked?\n\n- Being asked in turn (Cy)\n'));
  });

  it('the existing report reads the record with nothing ignored', () => {
    const r = report(text, { format: 'json' });
    assert.ok(r.ok);
    const json = JSON.parse(r.output);
    assert.equal(json.ignoredEvents, 0);
    assert.deepEqual(json.decisions.map((d: { did: string; objections: unknown[] }) => [d.did, d.objections]), [['d1', [{ pid: 'cy', reason: 'Weekly is too often for <b>us</b> | two teams', resolved: true }]]]);
  });
});
