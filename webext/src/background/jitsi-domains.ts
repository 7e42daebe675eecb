/**
 * Self-hosted Jitsi Meet: the user names a domain, the page asks for that one origin (an
 * optional host permission, granted at that moment), and the worker registers the content
 * script for the granted origins only. Nothing is ever fetched from the domain.
 */
import { browser } from '../platform/browser';
import { JITSI_SCRIPT_ID } from '../storage/keys';

export { jitsiOriginPattern } from './jitsi-origin';


/** Registers content.js for exactly the granted patterns (or unregisters when there are none). */
export async function syncJitsiScripts(patterns: readonly string[]): Promise<void> {
  // getAll() lists explicit grants and the manifest's content-script hosts; contains() only the former.
  const have = new Set((await browser.permissions.getAll()).origins ?? []);
  const granted: string[] = [];
  for (const p of patterns) if (have.has(p) || (await browser.permissions.contains({ origins: [p] }))) granted.push(p);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [JITSI_SCRIPT_ID] });
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [JITSI_SCRIPT_ID] });
  if (granted.length) await browser.scripting.registerContentScripts([{ id: JITSI_SCRIPT_ID, matches: granted, js: ['content.js'], runAt: 'document_idle' }]);
}
