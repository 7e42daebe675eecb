import assert from 'node:assert/strict';
import type { DecisionItemView } from '../../../../shared/core/decisions/decision-view.ts';
import { itemInPlay } from '../../../../extension/webview/leadership/item-in-play.ts';

const item = (did: string, status: DecisionItemView['status'], rounds: string[] = []) => ({ did, status, rounds }) as unknown as DecisionItemView;

describe('extension/leadership: the decision the sidebar shows', () => {
  const items = [item('d1', 'open', ['r1']), item('d2', 'blocked'), item('d3', 'decided', ['r2'])];
  it('is the one whose consent round runs, even when decided items follow', () => {
    assert.equal(itemInPlay(items, 'r1')?.did, 'd1');
  });
  it('else the latest undecided one', () => {
    assert.equal(itemInPlay(items, null)?.did, 'd2');
    assert.equal(itemInPlay(items, 'r9')?.did, 'd2');
  });
  it('and none when everything is decided', () => {
    assert.equal(itemInPlay([item('d1', 'decided')], null), undefined);
  });
});
