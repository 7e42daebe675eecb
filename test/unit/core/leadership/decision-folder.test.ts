import { strict as assert } from 'node:assert';
import { planDecisionFolder, type FolderFile } from '../../../../shared/core/decisions/decision-folder';
import { readDecisionHeader } from '../../../../shared/core/decisions/decision-index-markdown';
import { liveMeeting } from './helpers';

const meetingInfo = { id: 'm1', title: 'Weekly', startedAt: null };
const OLD: FolderFile = { fileName: '0001-older-choice.md', text: '# 1. Older choice\n\n- Status: decided\n- Date: 2025-12-01 10:00 UTC\n- Reference: m0 d1\n' };

/** Applies a plan to an in-memory folder, as a shell writes files. */
function apply(folder: FolderFile[], plan: ReturnType<typeof planDecisionFolder>): FolderFile[] {
  const byName = new Map(folder.map((f) => [f.fileName, f]));
  for (const w of plan.writes) byName.set(w.fileName, w);
  byName.set('README.md', { fileName: 'README.md', text: plan.index });
  return [...byName.values()];
}

describe('core/leadership/decision-folder', () => {
  it('numbers new items after the folder, then updates them in place as they change', async () => {
    const m = await liveMeeting();
    await m.speak('dee', 1000); // talk is tracked in this meeting
    await m.must({ type: 'propose', did: 'd1', title: 'Adopt a rota', rights: { initiator: 'ana', deciders: ['ben'], contributors: [], informed: [] } });
    await m.must({ type: 'respond', did: 'd1', pid: 'ben', response: 'objection', reason: 'Not yet' });
    let folder: FolderFile[] = [OLD, { fileName: 'notes.txt', text: 'hello' }];

    const first = planDecisionFolder(folder, meetingInfo, m.items());
    assert.deepEqual(first.writes.map((w) => w.fileName), ['0002-adopt-a-rota.md']);
    assert.ok(first.writes[0]!.text.includes('- Status: blocked\n'));
    assert.ok(first.writes[0]!.text.endsWith('\nNot heard in this item: Ana, Ben.\n'), 'nobody spoke while the item was open');
    folder = apply(folder, first);

    await m.must({ type: 'withdraw', did: 'd1', pid: 'ben' });
    await m.must({ type: 'record', did: 'd1', outcome: 'Rota from Monday' });
    await m.must({ type: 'propose', did: 'd2', title: 'Second item', rights: { initiator: 'ben', deciders: ['ana'], contributors: [], informed: [] } });
    const second = planDecisionFolder(folder, meetingInfo, m.items());
    assert.deepEqual(second.writes.map((w) => w.fileName), ['0002-adopt-a-rota.md', '0003-second-item.md'], 'd1 keeps its file; d2 takes the next number');
    folder = apply(folder, second);
    assert.deepEqual(
      folder.filter((f) => f.fileName.endsWith('.md') && f.fileName !== 'README.md').map((f) => { const h = readDecisionHeader(f.fileName, f.text)!; return [h.number, h.status, h.reference]; }),
      [[1, 'decided', 'm0 d1'], [2, 'decided', 'm1 d1'], [3, 'open', 'm1 d2']],
    );
    assert.equal(
      second.index.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| #')).join('\n'),
      [
        '| 1 | [Older choice](0001-older-choice.md) | 2025-12-01 10:00 UTC | decided |',
        `| 2 | [Adopt a rota](0002-adopt-a-rota.md) | ${readDecisionHeader('x', folder.find((f) => f.fileName === '0002-adopt-a-rota.md')!.text)!.date} | decided |`,
        `| 3 | [Second item](0003-second-item.md) | ${readDecisionHeader('x', folder.find((f) => f.fileName === '0003-second-item.md')!.text)!.date} | open |`,
      ].join('\n'),
    );
    assert.deepEqual(planDecisionFolder(folder, meetingInfo, m.items()).writes.map((w) => w.fileName), ['0002-adopt-a-rota.md', '0003-second-item.md'], 'planning again adds nothing');
  });
});
