/**
 * One interface for every call platform (../shared/platforms.md, "The adapter design we want").
 * An adapter is a table of candidate selectors (data, kept in its own file) plus a reader
 * that tries them in order and says which matched, so markup drift shows up as a health
 * problem instead of silent zeros.
 */
import type { PlatformId, SeenParticipant } from '../../messages';

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

/** Strips the "(You)"/"(me)" style suffixes platforms add to the local name; caps the length. */
export function cleanName(name: string): string {
  const clean = name.replace(/\s*\((you|me|vous|du|tú|ich)\)\s*$/i, '').trim();
  const chars = Array.from(clean);
  return chars.length > MAX_NAME ? chars.slice(0, MAX_NAME).join('') : clean;
}

/** For platforms without a stable participant id (Zoom, Teams): the name is the key, so equal names merge. */
export function namePid(name: string): string {
  return `name:${name.toLowerCase()}`;
}
