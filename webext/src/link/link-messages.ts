/**
 * The side panel's messages about the VS Code link (ui->background) and the worker's notice
 * that its state changed (background->ui). Kept beside the link, dispatched by one line in the
 * worker's main.ts.
 */
import type { BrowserLinkState, PairResult } from './link-client';

export const LINK_MSG = {
  status: 'ui->background:link-status',
  pair: 'ui->background:link-pair',
  unlink: 'ui->background:link-unlink',
  changed: 'background->ui:link-changed',
} as const;

export type LinkRequest = { type: typeof LINK_MSG.status } | { type: typeof LINK_MSG.pair; code: string } | { type: typeof LINK_MSG.unlink };
export type LinkReply = { state: BrowserLinkState; port: number | null; pair?: PairResult };

export function isLinkRequest(x: unknown): x is LinkRequest {
  const m = x as { type?: unknown; code?: unknown } | null;
  if (m?.type === LINK_MSG.pair) return typeof m.code === 'string' && m.code.length <= 64;
  return m?.type === LINK_MSG.status || m?.type === LINK_MSG.unlink;
}
