/**
 * Shared leadership through code-server's real UI, from the palette alone: Start Meeting suggests
 * whoever facilitated least recently (roster.json); a decision in an area of the decision matrix;
 * a consent round answered decider by decider meets an objection, shown in the sidebar; after a
 * window reload the objection is still there and is resolved from the sidebar, the outcome recorded, a debrief noted; then the files on disk (decision
 * record, README index, roster.json, playbook.md) are checked against the meeting's record.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { meetingFiles } from './harness.ts';
import type { Frame } from 'playwright-core';
import { withWorkbench } from './workbench.ts';
import { readRecord } from '../../shared/core/record/record.ts';
import { summarizeLeadership } from '../../shared/core/summary/leadership-summary.ts';
import { createMeetingState } from '../../shared/core/meeting/meeting-state.ts';
import { foldEvents } from '../../shared/core/meeting/meeting-parts.ts';
import { planDecisionFolder } from '../../shared/core/decisions/decision-folder.ts';
import { renderPlaybook } from '../../shared/core/debrief/playbook-markdown.ts';
import { parseRoster } from '../../shared/core/team/roster.ts';
import { renderSummary } from '../../shared/core/summary/report.ts';
import { playbookMeetingOf, summarizeMeeting } from '../../extension/src/leadership/meeting-history.ts';

const ROSTER = {
  version: 1,
  people: [
    { id: 'ana', name: 'Ana' },
    { id: 'ben', name: 'Ben' },
    { id: 'cy', name: 'Cy' },
  ],
  // Ana and Cy facilitated; Ben never did: the rota suggests Ben.
  facilitations: [
    { pid: 'ana', at: Date.UTC(2026, 0, 5, 9), meetingId: 'w1' },
    { pid: 'cy', at: Date.UTC(2026, 0, 12, 9), meetingId: 'w2' },
  ],
  matrix: { areas: [{ id: 'releases', name: 'Releases', cells: { ben: 'decides', cy: 'decides', ana: 'contributes' } }] },
};
const REASON = 'Friday <b>deploys</b> | nobody on call';

describe('shared leadership from the palette, with the sidebar (code-server UI)', function () {
  this.timeout(240000);
  const workbench = withWorkbench();

  it('runs a consent round that meets an objection, resolves it, and writes the team files', async () => {
    const { folder, wb } = await workbench.open('e2e-leadership', {
      prepare: (folder) => {
        mkdirSync(path.join(folder, '.roundtable'), { recursive: true });
        writeFileSync(path.join(folder, '.roundtable', 'roster.json'), JSON.stringify(ROSTER, null, 2));
      },
    });
    const page = wb.page;
    const input = page.locator('.quick-input-widget input.input');
    const placeholder = (text: string) => page.locator(`.quick-input-widget input.input[placeholder="${text}"]`).waitFor({ state: 'visible', timeout: 20000 });

    // Start Meeting: the roster's names, and the rota's suggestion first in the facilitator pick.
    await wb.palette('Roundtable: Start Meeting');
    await wb.waitForPrompt('Title of the meeting');
    await wb.answer('Release sync');
    await wb.waitForPrompt('Roundtable: participants');
    await wb.answer('Workspace roster', { pick: 'Workspace roster' });
    await wb.waitForPrompt('who facilitates?');
    const first = page.locator('.quick-input-list .monaco-list-row').first();
    await first.filter({ hasText: 'facilitated least recently' }).waitFor({ timeout: 20000 });
    assert.match(await first.innerText(), /^Ben/);
    await input.press('Enter');

    await page.locator('.part.activitybar [aria-label^="Roundtable"]').first().click();
    const view = wb.sidebar();
    await view.locator('.rt-facilitator', { hasText: 'Ben' }).waitFor({ timeout: 30000 });

    // Record Decision in the "Releases" area: the matrix proposes Ben and Cy as deciders.
    await wb.palette('Roundtable: Record Decision');
    await wb.waitForPrompt('What is to be decided?');
    await wb.answer('Ship 2.0 on Friday');
    await wb.waitForPrompt('The proposal (optional)');
    await wb.answer('Cut the release on Friday at noon.');
    await wb.waitForPrompt('area of the decision');
    await wb.answer('Releases', { pick: 'Releases' });
    await wb.waitForPrompt('who brought this decision?');
    await wb.answer('Ana', { pick: 'Ana' });
    await wb.waitForPrompt('who decides?');
    await input.press('Enter');
    await view.locator('.rt-decision .rt-heading', { hasText: 'Ship 2.0 on Friday' }).waitFor({ timeout: 20000 });

    // Start Consent Round: each decider in turn, Ben consents, Cy objects with a reason.
    await wb.palette('Roundtable: Start Consent Round');
    await wb.waitForPrompt('Time box per decider');
    await wb.answer('60');
    await placeholder('Answer for Ben');
    await wb.answer('Consent', { pick: 'Consent' });
    await wb.waitForPrompt('Reason (optional)');
    await wb.answer('');
    await placeholder('Answer for Cy');
    await wb.answer('Objection', { pick: 'Objection' });
    await wb.waitForPrompt('Reason of the objection by Cy');
    await wb.answer(REASON);

    // The sidebar shows the answers, the reason as text, and the item blocked.
    await view.locator('.rt-decision-status[data-status="blocked"]').waitFor({ timeout: 20000 });
    await view.locator('.rt-consent-item[data-response="consent"]', { hasText: 'Ben' }).waitFor();
    await view.locator('.rt-consent-item[data-response="objection"]', { hasText: 'Cy' }).filter({ hasText: REASON }).waitFor();
    assert.equal(await view.locator('.rt-decision b').count(), 0, 'the reason is text, not markup');

    // Reload the window: the trail comes back from the live record (the core refolds it).
    const view2 = await wb.reloadWindow();
    await view2.locator('.rt-decision-status[data-status="blocked"]').waitFor({ timeout: 30000 });
    await view2.locator('.rt-consent-item[data-response="objection"]', { hasText: 'Cy' }).filter({ hasText: REASON }).waitFor();

    // Resolve the objection by the sidebar's button (it runs the command, which asks), then record the outcome.
    assert.equal(await view2.locator('button[data-action="recordOutcome"]').count(), 0, 'no outcome while blocked');
    await view2.locator('button[data-action="resolveObjection"]').click();
    await wb.waitForPrompt('How was it resolved?');
    await wb.answer('Ship on Thursday, with Cy on call');
    await view2.locator('.rt-objection-item[data-state="resolved"]', { hasText: 'Cy' }).waitFor({ timeout: 20000 });
    await wb.palette('Roundtable: Record Decision Outcome');
    await wb.waitForPrompt('What was decided?');
    await wb.answer('Ship 2.0 on Thursday');
    await wb.waitForPrompt('the rationale');
    await wb.answer('A day to watch it before the weekend.');

    // Debrief: Cy's answers to the three prompts (an empty one is skipped).
    await wb.palette('Roundtable: Debrief');
    await wb.answer('Note answers', { pick: 'Note answers' });
    await placeholder('Whose answers are these?');
    await wb.answer('Cy', { pick: 'Cy' });
    await wb.waitForPrompt('What worked?');
    await wb.answer('Hearing Cy before deciding');
    await wb.waitForPrompt('What did not work?');
    await wb.answer('');
    await wb.waitForPrompt('What do we change next time?');
    await wb.answer('Ask the on-call person first');
    await wb.palette('Roundtable: End Meeting');

    // The files on disk, against the record.
    const meetings = path.join(folder, '.roundtable', 'meetings');
    const jsonl = (await meetingFiles(folder)).find((f) => f.endsWith('.jsonl'));
    assert.ok(jsonl, 'the meeting record is written');
    const record = readRecord(readFileSync(path.join(meetings, jsonl), 'utf8'));
    assert.ok(record.ok);
    const state = foldEvents(record.events, createMeetingState());
    const items = summarizeLeadership(state, state.lastT).decisions;
    assert.deepEqual(items.map((i) => [i.title, i.status, i.outcome, i.objections.map((o) => [o.name, o.reason, o.state])]), [
      ['Ship 2.0 on Friday', 'decided', 'Ship 2.0 on Thursday', [['Cy', REASON, 'resolved']]],
    ]);
    assert.deepEqual(items[0]!.responses.map((r) => [r.name, r.response]), [['Ben', 'consent'], ['Cy', 'objection']]);
    // The meeting's Markdown summary carries the trail and the debrief.
    const summaryMd = readFileSync(path.join(meetings, jsonl.replace(/\.jsonl$/, '.md')), 'utf8');
    assert.equal(summaryMd, renderSummary(summarizeMeeting(record.events), 'md'));
    assert.match(summaryMd, /### Ship 2\.0 on Friday \(decided\)/);
    assert.match(summaryMd, /- Objection by Cy \(resolved: Ship on Thursday, with Cy on call\): /);
    assert.match(summaryMd, /## Debrief/);

    // The summary panel End Meeting opened shows the whole trail (the webview folds the leadership).
    let panel: Frame | undefined;
    for (let i = 0; i < 100 && !panel; i++, await page.waitForTimeout(200))
      for (const f of page.frames()) if (await f.locator('.rt-summary .rt-trail').count().catch(() => 0)) panel = f;
    assert.ok(panel, 'the summary panel shows the decision trail');
    const item = panel.locator('.rt-trail li[data-did]');
    assert.equal(await item.count(), 1);
    assert.equal(await item.getAttribute('data-status'), 'decided');
    assert.equal(await item.locator('.rt-trail-title').innerText(), 'Ship 2.0 on Friday Decided');
    assert.deepEqual(await item.getByRole('list', { name: 'Consent' }).locator('li').allInnerTexts(), ['Ben: consents', `Cy: objects (${REASON})`]);
    assert.deepEqual(await item.getByRole('list', { name: 'Objections' }).locator('li').allInnerTexts(), [`Cy objected: ${REASON}. Resolved. How: Ship on Thursday, with Cy on call`]);
    assert.equal(await item.getByRole('list', { name: 'Heard in this item' }).locator('li').count(), 3, 'Ana (initiator), Ben and Cy (deciders)');
    assert.equal(await panel.locator('.rt-summary b').count(), 0, 'the reason is text, not markup');
    assert.deepEqual(await panel.locator('.rt-facilitators li').allInnerTexts(), ['Ben opened the meeting']);
    assert.deepEqual(await panel.locator('.rt-debrief [data-prompt="worked"] li').allInnerTexts(), ['Cy: Hearing Cy before deciding']);
    assert.deepEqual(await panel.locator('.rt-debrief [data-prompt="change"] li').allInnerTexts(), ['Cy: Ask the on-call person first']);

    // End Meeting writes the folder once more (each file whole, through a temporary file): read the
    // .md files, as the extension does, until that last write is done, then compare.
    const decisions = path.join(folder, '.roundtable', 'decisions');
    const names = new Map([...state.participants.values()].map((p) => [p.pid, p.name] as [string, string]));
    const snapshot = () => {
      const all = readdirSync(decisions);
      const existing = all.filter((f) => f.endsWith('.md')).map((fileName) => ({ fileName, text: readFileSync(path.join(decisions, fileName), 'utf8') }));
      return { all, existing, plan: planDecisionFolder(existing, { id: state.id, title: state.title, startedAt: state.windowStart }, items, names) };
    };
    const settled = (x: ReturnType<typeof snapshot>) =>
      !x.all.some((f) => f.endsWith('.tmp')) && x.existing.find((f) => f.fileName === 'README.md')?.text === x.plan.index && x.plan.writes.every((w) => x.existing.find((f) => f.fileName === w.fileName)?.text === w.text);
    let disk = snapshot();
    for (let i = 0; i < 50 && !settled(disk); i++, await page.waitForTimeout(200)) disk = snapshot();
    const { existing, plan } = disk;
    assert.deepEqual(plan.writes.map((w) => w.fileName), ['0001-ship-2-0-on-friday.md']);
    assert.deepEqual(existing.map((f) => f.fileName).sort(), ['0001-ship-2-0-on-friday.md', 'README.md']);
    assert.equal(existing.find((f) => f.fileName === '0001-ship-2-0-on-friday.md')?.text, plan.writes[0]!.text);
    assert.equal(existing.find((f) => f.fileName === 'README.md')?.text, plan.index);

    const roster = parseRoster(readFileSync(path.join(folder, '.roundtable', 'roster.json'), 'utf8'));
    assert.ok(roster.ok);
    assert.deepEqual(roster.roster.facilitations.at(-1), { pid: 'ben', at: state.windowStart, meetingId: state.id });
    assert.equal(roster.roster.facilitations.length, 3);

    const playbook = renderPlaybook([playbookMeetingOf(summarizeMeeting(record.events))]);
    let onDisk = '';
    for (let i = 0; i < 50 && onDisk !== playbook; i++, await page.waitForTimeout(200)) onDisk = readFileSync(path.join(folder, '.roundtable', 'playbook.md'), 'utf8');
    assert.equal(onDisk, playbook);
    assert.match(playbook, /- Hearing Cy before deciding \(Cy\)/);

    // Show Trends: the trends panel (shared/ui's balance chart and tables) across the meetings.
    await wb.palette('Roundtable: Show Trends');
    let trends: Frame | undefined;
    for (let i = 0; i < 100 && !trends; i++, await page.waitForTimeout(200))
      for (const f of page.frames()) if (await f.locator('main.rt-trends').count().catch(() => 0)) trends = f;
    assert.ok(trends, 'the trends panel opened');
    await trends.locator('.rt-trend-deciders').waitFor({ timeout: 20000 });
    assert.equal(await trends.locator('.rt-trend-deciders').innerText(), 'Different people who decided: 2 (Ben, Cy)');
    assert.equal(await trends.locator('.rt-trend-initiators').innerText(), 'Different people who initiated: 1 (Ana)');
    assert.equal(await trends.locator('.rt-trend svg').count(), 1, 'the balance chart');
    await trends.locator('tr', { hasText: 'Ben' }).filter({ hasText: '1' }).first().waitFor();
  });
});
