import assert from 'node:assert/strict';
import { itemInPlay } from '../../../../extension/webview/leadership/item-in-play.ts';

const item = (did: string, decided: boolean, rounds: string[] = []) => ({ did, decided, rounds });

describe('extension/leadership: the decision the sidebar shows', () => {
  const items = [item('d1', false, ['r1']), item('d2', false), item('d3', true, ['r2'])];
  it('is the one whose consent round runs, even when decided items follow', () => {
    assert.equal(itemInPlay(items, 'r1')?.did, 'd1');
  });
  it('is the decided one while its consent round still runs', () => {
    assert.equal(itemInPlay(items, 'r2')?.did, 'd3');
  });
  it('else the latest undecided one', () => {
    assert.equal(itemInPlay(items, null)?.did, 'd2');
    assert.equal(itemInPlay(items, 'r9')?.did, 'd2');
  });
  it('and none when everything is decided', () => {
    assert.equal(itemInPlay([item('d1', true)], null), undefined);
    assert.equal(itemInPlay([], null), undefined);
  });
});
