import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { decideDebrief, debriefRound, type DebriefAnswer, type DebriefCommand } from '../../../../shared/core/debrief/debrief';
import { ENGLISH_TEXT } from '../../../../shared/core/l10n/core-text';
import { createMeetingState } from '../../../../shared/core/meeting/meeting-state';
import { foldEvents } from '../../../../shared/core/meeting/meeting-parts';
import { renderPlaybook, type PlaybookMeeting } from '../../../../shared/core/debrief/playbook-markdown';
import { decideRound } from '../../../../shared/core/rounds/round-commands';
import { at, meeting, T0 } from '../../../fakes/events';

const FIXTURE = new URL('../../../fixtures/leadership/playbook.md', import.meta.url);

describe('core/leadership/debrief', () => {
  const state = foldEvents(meeting(['ana', 'ben']), createMeetingState());
  const cases: [string, DebriefCommand, string | null][] = [
    ['a participant’s answer', { type: 'answer', prompt: 'worked', pid: 'ana', text: ' The go-around ' }, null],
    ['the group’s answer (no pid)', { type: 'answer', prompt: 'change', text: 'Shorter check-in' }, null],
    ['an unknown prompt', { type: 'answer', prompt: 'loved' as never, text: 'x' }, 'invalid-command'],
    ['an empty answer', { type: 'answer', prompt: 'did-not', text: '   ' }, 'empty-answer'],
    ['a stranger', { type: 'answer', prompt: 'worked', pid: 'zed', text: 'x' }, 'unknown-participant'],
  ];
  for (const [what, cmd, code] of cases)
    it(`${code ? 'refuses' : 'accepts'} ${what}`, () => {
      const r = decideDebrief(state, cmd);
      assert.equal(r.ok ? null : r.error.code, code);
      if (r.ok) assert.deepEqual(r.events, [{ type: 'debrief.answered', prompt: cmd.prompt, text: cmd.text.trim(), ...(cmd.pid ? { pid: cmd.pid } : {}) }]);
    });

  it('the debrief round is a command the round machine accepts', () => {
    const r = decideRound(state, debriefRound(60_000, ENGLISH_TEXT), T0);
    assert.ok(r.ok);
    assert.equal(r.events[0]!.type === 'round.started' && r.events[0]!.topic, 'Debrief: what worked, what did not, what we change next time');
  });

  it('answers fold from the record, in order, with the meeting fold ignoring none', () => {
    const s = foldEvents(
      meeting(['ana'], [at(5000, { type: 'debrief.answered', prompt: 'worked', pid: 'ana', text: 'a' }), at(6000, { type: 'meeting.ended' }), at(9000, { type: 'debrief.answered', prompt: 'change', text: 'b' })]),
      createMeetingState(),
    );
    assert.deepEqual(s.debrief, [
      { prompt: 'worked', pid: 'ana', text: 'a', t: T0 + 5000 },
      { prompt: 'change', pid: null, text: 'b', t: T0 + 9000 },
    ]);
    assert.equal(s.ignored, 0);
  });

  it('the playbook gathers answers newest meeting first, escaped', () => {
    const a = (prompt: DebriefAnswer['prompt'], text: string, pid: string | null = null): DebriefAnswer => ({ prompt, pid, text, t: 0 });
    const meetings: PlaybookMeeting[] = [
      { id: 'm1', title: 'Weekly', startedAt: T0, answers: [a('worked', 'Quietest-first order', 'ben'), a('change', '- start on time\n1. really')], names: new Map([['ben', 'Ben <b>']]) },
      { id: 'm0', title: 'No debrief', startedAt: T0 + 1, answers: [] },
      { id: 'm2', title: 'Retro | Q1', startedAt: T0 + 7 * 86_400_000, answers: [a('did-not', 'Ran *over*', 'zed')] },
    ];
    assert.equal(renderPlaybook(meetings), readFileSync(FIXTURE, 'utf8'));
    assert.equal(renderPlaybook([...meetings].reverse()), renderPlaybook(meetings), 'input order does not matter');
    assert.equal(renderPlaybook([]), '# Team playbook\n\nWhat our meetings taught us: each debrief, newest first.\n\nNo debriefs yet.\n');
  });
});
