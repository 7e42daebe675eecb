/**
 * Shared leadership (issue 6) inside the real extension host, driven by the commands with
 * arguments: a meeting whose consent round meets an objection, which is then resolved; then the
 * files on disk (decision record, index, roster.json, playbook.md) checked against the meeting's
 * record, rendered afresh by the core.
 */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { Commands, EXTENSION_ID, Paths, Settings } from '../../src/ids';
import type { RoundtableApi } from '../../src/roundtable';
import { readRecord } from '../../../shared/core/record/record';
import { summarizeLeadership } from '../../../shared/core/summary/leadership-summary';
import { createMeetingState } from '../../../shared/core/meeting/meeting-state';
import { foldEvents } from '../../../shared/core/meeting/meeting-parts';
import { planDecisionFolder } from '../../../shared/core/decisions/decision-folder';
import { renderPlaybook } from '../../../shared/core/debrief/playbook-markdown';
import { parseRoster } from '../../../shared/core/team/roster';
import { playbookMeetingOf, summarizeMeeting } from '../../src/leadership/meeting-history';
import { TRENDS_SCHEME } from '../../src/leadership/trends-view';
import { suggestAmong } from '../../src/leadership/team-roster';

const api = () => vscode.extensions.getExtension<RoundtableApi>(EXTENSION_ID)!.activate();
const run = (id: string, arg?: unknown) => vscode.commands.executeCommand<unknown>(id, arg);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const folder = () => vscode.workspace.workspaceFolders![0]!.uri;
const at = (p: string) => vscode.Uri.joinPath(folder(), p);
const read = async (uri: vscode.Uri) => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
const write = (uri: vscode.Uri, text: string) => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
const list = async (p: string) => (await vscode.workspace.fs.readDirectory(at(p))).map(([n]) => n).sort();

/** Polls until `check` returns a value (files written after a command returned, e.g. at End Meeting). */
async function until<T>(what: string, check: () => Promise<T | undefined>, ms = 10000): Promise<T> {
  for (const end = Date.now() + ms; ; await sleep(100)) {
    const v = await check().catch(() => undefined);
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
  }
}

/** The live record's meeting.started line of the meeting titled `title`, once it is on disk. */
function startedLine(rt: RoundtableApi, title: string): Promise<{ type: string; title: string; facilitator?: string }> {
  return until(`meeting.started of ${title}`, async () => {
    const first = JSON.parse((await read(vscode.Uri.parse(rt.snapshot().liveRecord))).split('\n')[0]!);
    return first.type === 'meeting.started' && first.title === title ? first : undefined;
  });
}

const ROSTER = {
  version: 1,
  people: [
    { id: 'ana', name: 'Ana' },
    { id: 'ben', name: 'Ben' },
    { id: 'cy', name: 'Cy' },
    { id: 'dee', name: 'Dee' },
  ],
  facilitations: [{ pid: 'ana', at: Date.UTC(2026, 0, 5, 9), meetingId: 'earlier' }],
  matrix: { areas: [{ id: 'releases', name: 'Releases', cells: { ben: 'decides', cy: 'decides', ana: 'contributes', dee: 'informed' } }] },
};

describe('shared leadership: a consent round meets an objection, which is resolved', function () {
  this.timeout(60000);

  it('leaves a corrupt roster.json untouched when a meeting records its facilitator', async () => {
    const rt = await api();
    const bad = '{"version": 1, "people": "Ana, Ben"}\n';
    await vscode.workspace.fs.createDirectory(at(Paths.dir));
    await write(at(Paths.roster), bad);
    await run(Commands.startMeeting, { title: 'Corrupt roster', participants: ['Ana', 'Ben'], facilitator: 'Ana' });
    assert.equal(rt.snapshot().live, true);
    await sleep(1500);
    assert.equal(await read(at(Paths.roster)), bad);
    await run(Commands.endMeeting);
  });

  it('runs the meeting by commands with arguments', async () => {
    const rt = await api();
    await write(at(Paths.roster), JSON.stringify(ROSTER, null, 2));
    await run(Commands.startMeeting, { title: 'Release sync', participants: ['Ana', 'Ben', 'Cy', 'Dee'], facilitator: 'Dee' });
    await until('the facilitation in roster.json', async () => ((await read(at(Paths.roster))).includes('"pid": "dee"') ? true : undefined));
    await run(Commands.handOverFacilitation, { participant: 'Ben' });

    const did = await run(Commands.recordDecision, { title: 'Ship 2.0 on Friday', proposal: 'Cut the release on Friday at noon.', area: 'releases', initiator: 'Ana' });
    assert.equal(did, 'd1');
    assert.deepEqual(await list(Paths.decisions), ['0001-ship-2-0-on-friday.md', 'README.md']);
    assert.match(await read(at(`${Paths.decisions}/0001-ship-2-0-on-friday.md`)), /- Status: open/);

    await run(Commands.startConsentRound, { slotMs: 60000 });
    assert.equal(rt.snapshot().round?.kind, 'consent');
    assert.equal(rt.snapshot().round?.current, 'Ben', 'the matrix made Ben and Cy the deciders');
    await run(Commands.answerConsent, { response: 'consent' });
    assert.equal(rt.snapshot().round?.current, 'Cy');
    // Out of turn and without a reason: refused, nothing recorded.
    const n = rt.snapshot().events;
    await run(Commands.answerConsent, { participant: 'Ben', response: 'concern' });
    await run(Commands.answerConsent, { response: 'objection' });
    assert.equal(rt.snapshot().events, n);
    await run(Commands.answerConsent, { response: 'objection', reason: 'Friday <b>deploys</b> | nobody on call' });
    assert.ok(rt.snapshot().round === null || rt.snapshot().round?.status === 'ended', 'the last answer ends the round');
    assert.match(await read(at(`${Paths.decisions}/0001-ship-2-0-on-friday.md`)), /- Status: blocked/);

    // The objection blocks the outcome until it is resolved.
    const m = rt.snapshot().events;
    await run(Commands.recordOutcome, { outcome: 'Ship on Friday' });
    assert.equal(rt.snapshot().events, m, 'blocked: no decision recorded');
    await run(Commands.resolveObjection, { how: 'Ship on Thursday, with Cy on call' });
    await run(Commands.recordOutcome, { outcome: 'Ship 2.0 on Thursday', rationale: 'A day to watch it before the weekend.' });
    assert.match(await read(at(`${Paths.decisions}/0001-ship-2-0-on-friday.md`)), /- Status: decided/);

    await run(Commands.debrief, { answers: [{ prompt: 'worked', text: 'Hearing Cy before deciding', participant: 'Cy' }, { prompt: 'change', text: 'Ask the on-call person first' }] });
    assert.match(await read(at(Paths.playbook)), /Hearing Cy before deciding \(Cy\)/);
    await run(Commands.endMeeting);
    assert.equal(rt.snapshot().live, false);
  });

  it('wrote the decision record, the index, the rota and the playbook as the record gives them', async () => {
    const dir = vscode.Uri.parse((await api()).recordsDir());
    const name = await until('the meeting record', async () => (await vscode.workspace.fs.readDirectory(dir)).map(([n]) => n).find((n) => n.endsWith('-release-sync.jsonl')));
    const record = readRecord(await read(vscode.Uri.joinPath(dir, name)));
    assert.ok(record.ok);
    const types = record.events.map((e) => e.type);
    for (const t of ['facilitator.changed', 'decision.proposed', 'consent.response', 'objection.resolved', 'decision.recorded', 'debrief.answered'] as const) assert.ok(types.includes(t), t);

    const state = foldEvents(record.events, createMeetingState());
    const items = summarizeLeadership(state, state.lastT).decisions;
    assert.deepEqual(items.map((i) => [i.status, i.objections.map((o) => o.state)]), [['decided', ['resolved']]]);
    // As the extension names people: roster entries named like a participant are that participant.
    const present = new Set([...state.participants.values()].map((p) => p.name));
    const names = new Map([...ROSTER.people.filter((p) => !present.has(p.name)).map((p) => [p.id, p.name] as [string, string]), ...[...state.participants.values()].map((p) => [p.pid, p.name] as [string, string])]);
    // End Meeting writes the folder once more after the command returned (each file whole, through a
    // temporary file): read the .md files, as the extension does, until that last write is done.
    const settled = await until('the decision folder after End Meeting', async () => {
      const files = await list(Paths.decisions);
      const existing = await Promise.all(files.filter((f) => f.endsWith('.md')).map(async (fileName) => ({ fileName, text: await read(at(`${Paths.decisions}/${fileName}`)) })));
      const plan = planDecisionFolder(existing, { id: state.id, title: state.title, startedAt: state.windowStart }, items, names);
      const same = plan.writes.every((w) => existing.find((f) => f.fileName === w.fileName)?.text === w.text) && existing.find((f) => f.fileName === 'README.md')?.text === plan.index;
      return same && !files.some((f) => f.endsWith('.tmp')) ? { existing, plan } : undefined;
    });
    const { existing, plan } = settled;
    assert.deepEqual(plan.writes.map((w) => w.fileName), ['0001-ship-2-0-on-friday.md']);
    const onDisk = existing.find((f) => f.fileName === '0001-ship-2-0-on-friday.md')!.text;
    assert.match(onDisk, /\| Cy \| objection \| Friday \\<b\\>deploys\\<\/b\\> \\\| nobody on call \|/);
    assert.match(onDisk, /Now resolved at .*: Ship on Thursday, with Cy on call\./);
    assert.match(onDisk, /- Deciders: Ben, Cy\n- Contributors: Ana\n- Informed: Dee/);
    assert.equal(existing.find((f) => f.fileName === 'README.md')!.text, plan.index);

    // roster.json: the handover replaced this meeting's entry; the earlier rota and matrix are kept.
    const roster = parseRoster(await read(at(Paths.roster)));
    assert.ok(roster.ok);
    assert.deepEqual(roster.roster.facilitations, [ROSTER.facilitations[0], { pid: 'ben', at: state.windowStart, meetingId: state.id }]);
    assert.deepEqual(roster.roster.matrix, ROSTER.matrix);

    // playbook.md: every meeting's debrief, as the records in the folder give it.
    const summaries = [];
    for (const [n] of (await vscode.workspace.fs.readDirectory(dir)).sort(([a], [b]) => (a < b ? -1 : 1)))
      if (n.endsWith('.jsonl')) {
        const r = readRecord(await read(vscode.Uri.joinPath(dir, n)));
        if (r.ok) summaries.push(summarizeMeeting(r.events));
      }
    const playbook = renderPlaybook(summaries.map(playbookMeetingOf));
    await until('the final playbook', async () => ((await read(at(Paths.playbook))) === playbook ? true : undefined));
    assert.match(playbook, /### What do we change next time\?\n\n- Ask the on-call person first\n/);
  });

  it('shows trends across the meetings', async () => {
    const md = await run(Commands.showTrends, { as: 'markdown' });
    assert.equal(typeof md, 'string');
    assert.match(md as string, /\| Release sync \|/);
    assert.match(md as string, /## Facilitation\n\n(- .*\n)*- Ben: 1 time/);
    assert.match(md as string, /1 item, 1 decided\. Initiators: 1 \(Ana\)\. Deciders: 2 \(Ben, Cy\)/);
    // The preview shows a read-only virtual document; it holds the same Markdown.
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.from({ scheme: TRENDS_SCHEME, path: '/Roundtable trends.md' }));
    assert.equal(doc.getText(), md);
  });

  it('Start Meeting with arguments but no facilitator takes the rota\'s suggestion; null means nobody', async () => {
    const rt = await api();
    const names = ['Ana', 'Ben', 'Cy', 'Dee'];
    const rosterNow = parseRoster(await read(at(Paths.roster)));
    assert.ok(rosterNow.ok);
    // The palette's first choice for these names (Cy has never facilitated: never is least recent).
    const expected = suggestAmong(rosterNow.roster, names);
    assert.equal(expected, 'Cy');
    await run(Commands.startMeeting, { title: 'Rota sync', participants: names });
    assert.equal(rt.snapshot().live, true);
    const started = await startedLine(rt, 'Rota sync');
    assert.equal(started.facilitator, 'p3', 'Cy (the third participant) facilitates');
    await until('the facilitation in roster.json', async () => {
      const r = parseRoster(await read(at(Paths.roster)));
      return r.ok && r.roster.facilitations.some((f) => f.pid === 'cy') ? true : undefined;
    });
    await run(Commands.endMeeting);

    await run(Commands.startMeeting, { title: 'Nobody leads', participants: names, facilitator: null });
    assert.equal((await startedLine(rt, 'Nobody leads')).facilitator, undefined);
    await run(Commands.endMeeting);
  });

  it('records a withdrawn objection and numbers the next decision after the folder\'s last', async () => {
    const rt = await api();
    await run(Commands.startMeeting, { title: 'Second sync', participants: 'Ana, Ben' });
    const did = await run(Commands.recordDecision, { title: 'Move the stand-up', deciders: ['Ana'], informed: 'Ben' });
    // Outside a consent round an automated answer must say whose it is; nothing is asked or recorded.
    const n = rt.snapshot().events;
    await run(Commands.answerConsent, { response: 'consent' });
    assert.equal(rt.snapshot().events, n);
    await run(Commands.answerConsent, { decision: did as string, participant: 'Ana', response: 'objection', reason: 'Clashes with school run' });
    await run(Commands.withdrawObjection, { how: 'Found a carpool' });
    await run(Commands.recordOutcome, { outcome: 'Stand-up at 9:30' });
    await run(Commands.endMeeting);
    assert.equal(rt.snapshot().live, false);
    // End Meeting rewrites the records once more after the command returned: wait for the final text.
    const record = await until('the final decision record', async () => {
      const text = await read(at(`${Paths.decisions}/0002-move-the-stand-up.md`));
      return /- Status: decided/.test(text) ? text : undefined;
    });
    assert.match(record, /Ana objected at .*: Clashes with school run\. Now withdrawn at .*: Found a carpool\./);
    await until('the index', async () => ((await read(at(`${Paths.decisions}/README.md`))).includes('(0002-move-the-stand-up.md)') ? true : undefined));
    assert.match(await read(at(`${Paths.decisions}/README.md`)), /\| 1 \|[^\n]*\n\| 2 \| \[Move the stand-up\]/);
  });
  it('closes an objection, records the outcome and notes the debrief just after End Meeting, into the finished record', async () => {
    const rt = await api();
    await run(Commands.startMeeting, { title: 'After the end', participants: ['Ana', 'Ben'], facilitator: 'Ana' });
    const did = (await run(Commands.recordDecision, { title: 'Try async stand-ups', deciders: ['Ana', 'Ben'] })) as string;
    await run(Commands.answerConsent, { decision: did, participant: 'Ben', response: 'objection', reason: 'Misses the chat' });
    await run(Commands.endMeeting);
    assert.equal(rt.snapshot().live, false);
    const dir = vscode.Uri.parse(rt.recordsDir());
    const name = await until('the meeting record', async () => (await vscode.workspace.fs.readDirectory(dir)).map(([n]) => n).find((n) => n.endsWith('-after-the-end.jsonl')));
    const recordFile = vscode.Uri.joinPath(dir, name);
    const atEnd = readRecord(await read(recordFile));
    assert.ok(atEnd.ok);

    await run(Commands.resolveObjection, { decision: did, how: 'A weekly call stays' });
    await run(Commands.recordOutcome, { decision: did, outcome: 'Async stand-ups, weekly call', rationale: 'Time zones' });
    await run(Commands.debrief, { answers: [{ prompt: 'change', text: 'Decide before the end' }] });
    // The closing round needs the meeting running: refused, nothing recorded.
    await run(Commands.debrief, { round: true, answers: [{ prompt: 'worked', text: 'never recorded' }] });

    const after = readRecord(await read(recordFile));
    assert.ok(after.ok);
    assert.deepEqual(after.events.slice(0, atEnd.events.length), atEnd.events, 'the record at End Meeting, then the later events');
    assert.deepEqual(after.events.slice(atEnd.events.length).map((e) => e.type), ['objection.resolved', 'decision.recorded', 'debrief.answered']);
    const state = foldEvents(after.events, createMeetingState());
    const item = summarizeLeadership(state, state.lastT).decisions[0]!;
    assert.deepEqual([item.status, item.outcome, item.objections.map((o) => o.state)], ['decided', 'Async stand-ups, weekly call', ['resolved']]);
    assert.match(await read(vscode.Uri.joinPath(dir, name.replace(/\.jsonl$/, '.md'))), /Try async stand-ups \(decided\)/);
    await until('the decision record, decided', async () => {
      const files = await list(Paths.decisions);
      const f = files.find((n) => n.endsWith('-try-async-stand-ups.md'));
      return f && /- Status: decided/.test(await read(at(`${Paths.decisions}/${f}`))) ? true : undefined;
    });
    assert.match(await read(at(Paths.playbook)), /Decide before the end/);
    // Nothing went into the cleared live record, so the next meeting starts clean.
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(vscode.Uri.parse(rt.snapshot().liveRecord))));
    await run(Commands.startMeeting, { title: 'Next one', participants: ['Ana'], facilitator: null });
    const nextTypes = await until('the next meeting in the live record', async () => {
      const r = readRecord(await read(vscode.Uri.parse(rt.snapshot().liveRecord)));
      return r.ok && r.events.some((e) => e.type === 'participant.joined') ? r.events.map((e) => e.type) : undefined;
    });
    assert.deepEqual(nextTypes, ['meeting.started', 'participant.joined']);
    // The next meeting has its own trail: the ended meeting's decision is not found in it.
    const n = rt.snapshot().events;
    await run(Commands.recordOutcome, { decision: did, outcome: 'x' });
    assert.equal(rt.snapshot().events, n);
    await run(Commands.endMeeting);
  });

  it('writes decision records and their index in the workspace\'s records language (roundtable.recordsLanguage: de)', async () => {
    const rt = await api();
    const config = vscode.workspace.getConfiguration(Settings.section);
    await config.update(Settings.recordsLanguage, 'de', vscode.ConfigurationTarget.Workspace);
    try {
      await run(Commands.startMeeting, { title: 'Sprachtest', participants: ['Ana', 'Ben'], facilitator: 'Ana' });
      const did = (await run(Commands.recordDecision, { title: 'Release am Freitag', deciders: ['Ana', 'Ben'], initiator: 'Ana' })) as string;
      await run(Commands.answerConsent, { decision: did, participant: 'Ben', response: 'objection', reason: 'Zu knapp' });
      const file = await until('the German decision record', async () => (await list(Paths.decisions)).find((n) => n.endsWith('-release-am-freitag.md')));
      const text = await until('the record blocked, in German', async () => {
        const t = await read(at(`${Paths.decisions}/${file}`));
        return t.includes('- Status: blockiert') ? t : undefined;
      });
      for (const line of ['## Entscheidungsrechte', '- Eingebracht von: Ana', '- Entscheidende Personen: Ana, Ben', '| Ben | Einwand | Zu knapp |', 'Nicht entschieden: blockiert durch 1 offenen Einwand.'])
        assert.ok(text.includes(line), `${line} in\n${text}`);
      assert.doesNotMatch(text, /Deciders|Objections|Status: blocked/);
      // The index is written just after the records: wait for it to list the new one.
      const index = await until('the index in German', async () => {
        const t = await read(at(`${Paths.decisions}/README.md`));
        return t.includes(`(${file})`) && t.includes('blockiert') ? t : undefined;
      });
      assert.match(index, /^# Entscheidungsprotokolle\n/);
      assert.match(index, new RegExp(`\\[Release am Freitag\\]\\(${file}\\) \\| [^|]+ \\| blockiert \\|`));
      // Records written before in English are listed as they are, under their own numbers.
      assert.match(index, /\| 1 \| \[Ship 2\.0 on Friday\][^\n]*\| decided \|/);
      // The meeting's summary, written beside its record at End Meeting, is in the records language too.
      const before = new Set(await list(Paths.meetings).catch(() => []));
      await run(Commands.endMeeting);
      const name = await until('the German meeting summary', async () => (await list(Paths.meetings)).find((n) => !before.has(n) && /-sprachtest(-\d+)?\.md$/.test(n)));
      const summary = await read(at(`${Paths.meetings}/${name}`));
      for (const line of ['# Sprachtest\n', '- Moderation: Ana\n', '## Teilnehmende\n', '## Gesprächsdynamik\n', '## Entscheidungen\n', '### Release am Freitag (blockiert)\n', '- Entscheidende Personen: Ana, Ben\n', 'Ben: Einwand'])
        assert.ok(summary.includes(line), `${line} in\n${summary}`);
      assert.doesNotMatch(summary, /^## (Participants|Floor|Decisions)$|Deciders:|Duration:/m);
    } finally {
      await config.update(Settings.recordsLanguage, undefined, vscode.ConfigurationTarget.Workspace);
    }
    assert.equal(rt.snapshot().live, false);
  });
});
