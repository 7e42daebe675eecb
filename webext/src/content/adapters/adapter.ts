/**
 * One interface for every call platform (../shared/platforms.md, "The adapter design we want").
 * An adapter is a table of candidate selectors (data, kept in its own file) plus a reader
 * that tries them in order and says which matched, so markup drift shows up as a health
 * problem instead of silent zeros.
 */
import type { PlatformId, SeenParticipant } from '../../messages';
import { splitLocalSuffix } from './local-user-labels';

/** One named candidate: which selector or attribute reads a signal. */
export interface Candidate {
  name: string;
  selector: string;
}

export interface Reading {
  /** The page is in a call (not a lobby, not ended). */
  inCall: boolean;
  participants: SeenParticipant[];
  /** Pids whose speaking indicator is lit right now (raw, before onset/hang-over). */
  lit: Set<string>;
  /** Candidates that matched, "signal: candidate name". */
  matched: string[];
  /** A known layout's name, or null when the page shows none the adapter knows. */
  layout: string | null;
  /** True when the adapter's tile signal matched nothing at all. */
  noTiles: boolean;
}

export interface Adapter {
  platform: PlatformId;
  /** Stable key of the meeting from the page's address, or null when this page is not a call. */
  meetingKey(url: URL): string | null;
  title(url: URL, doc: Document): string;
  read(doc: Document): Reading;
  /** Attributes whose changes can mean a speaking or roster change (MutationObserver filter). */
  attributes: string[];
}

/** First candidate whose selector matches under `root`, with every element it matches. */
export function firstMatch(root: ParentNode, candidates: readonly Candidate[]): { candidate: Candidate; elements: Element[] } | null {
  for (const candidate of candidates) {
    const elements = [...root.querySelectorAll(candidate.selector)];
    if (elements.length > 0) return { candidate, elements };
  }
  return null;
}

/** First candidate that matches `el` itself or something inside it. */
export function matchIn(el: Element, candidates: readonly Candidate[]): { candidate: Candidate; element: Element } | null {
  for (const candidate of candidates) {
    const element = el.matches(candidate.selector) ? el : el.querySelector(candidate.selector);
    if (element) return { candidate, element };
  }
  return null;
}

/** Display text of an element, whitespace collapsed; empty when absent. Always text, never markup. */
export function textOf(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Longest display name kept (code points): a page can put anything in a name. */
export const MAX_NAME = 256;

/** Strips the "(You)", "(Du)", "(moi)" … suffix platforms add to the local name (local-user-labels.ts); caps the length. */
export function cleanName(name: string): string {
  return capText(splitLocalSuffix(name).name);
}

/** Whether a displayed name carries a local-user suffix in any language Roundtable reads. */
export function markedLocal(name: string): boolean {
  return splitLocalSuffix(name).local;
}

/** Cuts page text (a name, a meeting title) at MAX_NAME code points. */
export function capText(text: string): string {
  const chars = Array.from(text);
  return chars.length > MAX_NAME ? chars.slice(0, MAX_NAME).join('') : text;
}

/**
 * decodeURIComponent that never throws: an address is page input, and a malformed `%` sequence
 * (a room called `/50%off`) must not stop the call being recorded. Falls back to the raw text.
 */
export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Longest participant id kept (code points). Every event that names a person repeats the id. */
export const MAX_ID = 128;
/** How much of an over-long id is kept readable in front of its hash. */
const ID_PREFIX = 48;

/**
 * Caps an id from the page like a name, but keeps it stable and distinct: past MAX_ID, the id
 * becomes its first ID_PREFIX code points, `~`, and a 53-bit hash of the whole (cyrb53), so the
 * same long id always maps to the same short one and two long ids that share a prefix stay apart.
 * (A page that crafts a collision only merges two of its own tiles.)
 */
export function capId(id: string): string {
  const chars = Array.from(id);
  if (chars.length <= MAX_ID) return id;
  return `${chars.slice(0, ID_PREFIX).join('')}~${cyrb53(id).toString(36)}`;
}

/** cyrb53 (bryc, public domain): a fast, well-mixed 53-bit string hash; not cryptographic. */
function cyrb53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** For platforms without a stable participant id (Zoom, Teams): the name is the key, so equal names merge. */
export function namePid(name: string): string {
  return capId(`name:${name.toLowerCase()}`);
}
