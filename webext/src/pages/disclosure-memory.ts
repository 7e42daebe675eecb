/**
 * The side panel's disclosures remember their state in localStorage (the extension's origin:
 * private, synchronous, so the first render already has it). A storage that throws (disabled
 * or full) falls back to memory for the page's life: folding must never break the panel.
 */
import { memoryInMap, type DisclosureMemory } from '../../../shared/ui/disclosure';

const PREFIX = 'roundtable.disclosure.';

export function storedDisclosures(): DisclosureMemory {
  const fallback = memoryInMap();
  return {
    get(id) {
      try {
        const v = localStorage.getItem(PREFIX + id);
        return v === null ? fallback.get(id) : v === 'open';
      } catch {
        return fallback.get(id);
      }
    },
    set(id, open) {
      fallback.set(id, open);
      try {
        localStorage.setItem(PREFIX + id, open ? 'open' : 'closed');
      } catch {
        /* kept in memory */
      }
    },
  };
}
