/**
 * Opens Roundtable's panel in the current window: Chrome's side panel, Firefox's sidebar. Both
 * need a user gesture, so call it from a click handler (the popup's button, the welcome page's).
 */
import { browser } from '../platform/browser';

export async function openPanel(): Promise<void> {
  // __BROWSER__ is a build-time constant: the Firefox bundle has no sidePanel call at all.
  if (__BROWSER__ === 'chrome') {
    const win = await chrome.windows.getCurrent();
    if (win.id !== undefined) await chrome.sidePanel.open({ windowId: win.id });
  } else {
    await (browser as unknown as { sidebarAction: { open(): Promise<void> } }).sidebarAction.open();
  }
}
