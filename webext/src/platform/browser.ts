/**
 * The one module that imports webextension-polyfill. Everything in webext/ reaches the
 * browser through this export, so the polyfill can be dropped in one place once every
 * supported browser ships the promise-based `browser` namespace (Chrome already does).
 */
import browser from 'webextension-polyfill';

export type { Runtime, Tabs } from 'webextension-polyfill';
export { browser };


/** Wall-clock time in ms since the epoch, from the monotonic clock so a system clock jump mid-call cannot reorder events. */
export function nowMs(): number {
  return Math.round(performance.timeOrigin + performance.now());
}
