/**
 * A FoldedModel's views other than the live panel's, derived once per change and `now`
 * (FoldedModel.derive). Functions in a module of their own, not methods: esbuild splits a page
 * by file, so what meeting-model.ts imports comes with the model wherever the model is. The side
 * panel's live part holds the model but shows none of these (its leadership panel, loaded later,
 * does): with them in meeting-model.ts its live part carried the decision views (1.9 KiB).
 */
import { summarizeLeadership, type LeadershipSummary } from '../core/summary/leadership-summary';
import { viewItem, type DecisionItemView } from '../core/decisions/decision-view';
import { summarize, type Summary } from '../core/summary/summary';
import type { FoldedModel } from './folded-model';

/** Decision trail, debrief and facilitators at `now` (every decision: for summaries). */
export function leadershipAt(model: FoldedModel, now: number): LeadershipSummary {
  return model.derive('leadership', now, () => summarizeLeadership(model.state, now));
}

/** The summary with its leadership part, at `now` (T1 once ended). */
export function summaryAt(model: FoldedModel, now: number): Summary {
  return model.derive('summary', now, () => summarize(model.state, now, { leadership: true }));
}

/**
 * One decision item's view at `now` (undefined: no such item). What a live card shows: it costs
 * one item whatever the trail's length, where `leadershipAt` views every decision.
 */
export function decisionAt(model: FoldedModel, did: string, now: number): DecisionItemView | undefined {
  return model.derive(`decision ${did}`, now, () => {
    const item = model.state.trail.byId.get(did);
    return item && viewItem(model.state, item, now);
  });
}
