import assert from 'node:assert/strict';
import { parseHostMessage, parseWebviewMessage } from '../../../extension/src/protocol.ts';

describe('webview protocol validation', () => {
  it('accepts the messages a webview may send', () => {
    assert.deepEqual(parseWebviewMessage({ type: 'ready' }), { type: 'ready' });
    assert.deepEqual(parseWebviewMessage({ type: 'action', id: 3, action: 'extend', ms: 30000 }), { type: 'action', id: 3, action: 'extend', ms: 30000 });
    assert.deepEqual(parseWebviewMessage({ type: 'export', id: 4, format: 'csv' }), { type: 'export', id: 4, format: 'csv' });
  });

  const hostile: unknown[] = [
    null,
    'ready',
    { type: 'eval', code: 'x' },
    { type: 'action', id: 1, action: 'deleteEverything' },
    { type: 'action', id: -1, action: 'next' },
    { type: 'action', id: 1.5, action: 'next' },
    { type: 'action', id: 1, action: 'extend', ms: Infinity },
    { type: 'action', id: 1, action: 'extend', ms: 0 },
    { type: 'action', id: 1, action: 'raiseHand', pid: '' },
    { type: 'export', id: 1, format: 'html' },
  ];
  for (const m of hostile) it(`drops ${JSON.stringify(m)}`, () => assert.equal(parseWebviewMessage(m), undefined));

  it('checks the host envelope on the webview side', () => {
    const settings = { warnMs: 15000, extendMs: 30000, extendMoreMs: [60000], tone: 'off', minGapMs: 1500, retentionDays: 0 };
    assert.ok(parseHostMessage({ type: 'record', events: [], settings, strings: {}, hints: {}, link: null }));
    assert.ok(parseHostMessage({ type: 'record', events: [], settings, strings: {}, hints: {}, link: { kind: 'linked', text: 'Browser link: linked' } }));
    assert.equal(parseHostMessage({ type: 'record', events: [], settings, strings: {}, hints: {} }), undefined, 'the link state is part of the record');
    assert.deepEqual(parseHostMessage({ type: 'link', link: { kind: 'reconnecting', text: 'r' } }), { type: 'link', link: { kind: 'reconnecting', text: 'r' } });
    assert.equal(parseHostMessage({ type: 'link', link: { kind: 'broken', text: 'r' } }), undefined);
    assert.equal(parseHostMessage({ type: 'link', link: { kind: 'linked', text: 3 } }), undefined);
    assert.equal(parseHostMessage({ type: 'record', events: 'x', settings, strings: {}, hints: {}, link: null }), undefined);
    assert.equal(parseHostMessage({ type: 'record', events: [], settings: { ...settings, tone: 'loud' }, strings: {}, hints: {}, link: null }), undefined);
    assert.equal(parseHostMessage({ type: 'reply', id: 1, ok: 'true' }), undefined);
    assert.deepEqual(parseHostMessage({ type: 'timeUp' }), { type: 'timeUp' });
  });
});
