// The trends panel's message, as the webview checks it before rendering.
import assert from 'node:assert/strict';
import { computeTrends } from '../../../../shared/core/trends/trends.ts';
import { parseHostMessage } from '../../../../extension/src/protocol.ts';
import { parseTrendsArgs } from '../../../../extension/src/leadership/leadership-args.ts';

describe('extension/leadership: trends message and arguments', () => {
  const trends = computeTrends([]);
  it('accepts the trends the host computes', () => {
    assert.ok(parseHostMessage({ type: 'trends', trends, strings: { 'trends.title': 'Tendances' } }));
  });
  const bad: unknown[] = [
    { type: 'trends', trends: null, strings: {} },
    { type: 'trends', trends: { ...trends, people: 'Ana' }, strings: {} },
    { type: 'trends', trends: { ...trends, decisions: [] }, strings: {} },
    { type: 'trends', trends, strings: { x: 1 } },
  ];
  for (const m of bad) it(`drops ${JSON.stringify(m).slice(0, 80)}`, () => assert.equal(parseHostMessage(m), undefined));
  it('Show Trends takes {as: panel | markdown}', () => {
    assert.deepEqual(parseTrendsArgs({ as: 'markdown' }), { ok: true, value: { as: 'markdown' } });
    assert.equal(parseTrendsArgs({ as: 'pdf' }).ok, false);
  });
});
