/** The paired VS Code (port, link id, long-lived secret) in storage.local: it survives browser restarts, never leaves the machine. */
import { browser } from '../platform/browser';
import { LINK_KEY } from '../storage/keys';
import type { LinkConfig, LinkConfigStore } from './link-client';

function isConfig(x: unknown): x is LinkConfig {
  const c = x as Partial<LinkConfig> | null;
  return !!c && Number.isInteger(c.port) && typeof c.linkId === 'string' && typeof c.secret === 'string' && typeof c.peer === 'string' && typeof c.pairedAt === 'number';
}

export const extensionLinkStore: LinkConfigStore = {
  async load() {
    const raw = (await browser.storage.local.get(LINK_KEY))[LINK_KEY];
    return isConfig(raw) ? raw : null;
  },
  async save(config) {
    if (config) await browser.storage.local.set({ [LINK_KEY]: config });
    else await browser.storage.local.remove(LINK_KEY);
  },
};
