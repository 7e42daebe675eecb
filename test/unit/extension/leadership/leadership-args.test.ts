import assert from 'node:assert/strict';
import { parseAnswerConsentArgs, parseDebriefArgs, parseObjectionArgs, parseOutcomeArgs, parseRecordDecisionArgs, parseStartConsentArgs } from '../../../../extension/src/leadership/leadership-args.ts';

describe('extension/leadership: command arguments', () => {
  it('accepts full argument objects', () => {
    assert.deepEqual(parseRecordDecisionArgs({ title: 'T', proposal: 'P', area: 'releases', initiator: 'Ana', deciders: ['Ben', 'Cy'], informed: 'Dee' }), {
      ok: true,
      value: { title: 'T', proposal: 'P', area: 'releases', initiator: 'Ana', deciders: ['Ben', 'Cy'], informed: 'Dee' },
    });
    assert.ok(parseStartConsentArgs({ decision: 'd1', slotMs: 30000 }).ok);
    assert.ok(parseAnswerConsentArgs({ participant: 'Cy', response: 'objection', reason: 'Too often' }).ok);
    assert.ok(parseObjectionArgs({ decision: 'Rotate', participant: 'Cy', how: 'Fortnightly' }).ok);
    assert.ok(parseOutcomeArgs({ outcome: 'Yes', rationale: 'Because' }).ok);
    assert.ok(parseDebriefArgs({ round: true, slotMs: 20000, answers: [{ prompt: 'worked', text: 'Turns', participant: 'Cy' }, { prompt: 'change', text: 'Shorter' }] }).ok);
  });

  const bad: [string, () => { ok: boolean }, RegExp][] = [
    ['an unknown answer', () => parseAnswerConsentArgs({ response: 'veto' }), /"response" must be one of consent, concern, objection/],
    ['a typo in a key', () => parseRecordDecisionArgs({ titel: 'x' }), /unknown argument "titel"/],
    ['deciders as a number', () => parseRecordDecisionArgs({ deciders: 3 }), /"deciders"/],
    ['a slot of zero', () => parseStartConsentArgs({ slotMs: 0 }), /"slotMs"/],
    ['an unknown debrief prompt', () => parseDebriefArgs({ answers: [{ prompt: 'liked', text: 'x' }] }), /"answers"/],
    ['an extra field in an answer', () => parseDebriefArgs({ answers: [{ prompt: 'worked', text: 'x', mood: 'good' }] }), /"answers"/],
    ['round as a string', () => parseDebriefArgs({ round: 'yes' }), /"round" must be true or false/],
  ];
  for (const [what, parse, error] of bad)
    it(`refuses ${what}`, () => {
      const r = parse();
      assert.equal(r.ok, false);
      assert.match((r as unknown as { error: string }).error, error);
    });

  it('treats no argument as "ask me"', () => {
    assert.deepEqual(parseOutcomeArgs(undefined), { ok: true, value: {} });
  });
});
