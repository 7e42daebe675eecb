/**
 * Google Meet. Obfuscated, often-rolled-out markup: every class below is an observation from
 * a 2026 capture (../shared/platforms.md), kept as candidates. A tile whose audio indicator
 * carries none of the known idle or speaking classes means the markup changed: reported as an
 * unknown layout, never guessed (a bot that auto-learned "the new speaking class" got it wrong).
 */
import type { SeenParticipant } from '../../messages';
import { capId, cleanName, firstMatch, markedLocal, matchIn, textOf, type Adapter, type Candidate, type Reading } from './adapter';

export const MEET_SIGNALS = {
  tile: [{ name: 'data-participant-id tile', selector: '[data-participant-id]:not([role="listitem"])' }],
  name: [
    { name: 'span.notranslate', selector: 'span.notranslate' },
    { name: 'data-self-name', selector: '[data-self-name]' },
  ],
  speaking: [
    { name: 'class Oaajhc', selector: '.Oaajhc' },
    { name: 'class HX2H7', selector: '.HX2H7' },
    { name: 'class wEsLMd', selector: '.wEsLMd' },
    { name: 'class OgVli', selector: '.OgVli' },
  ],
  idle: [{ name: 'class gjg47c', selector: '.gjg47c' }],
  self: [{ name: 'class KUNJSe', selector: '.KUNJSe' }],
  muted: [{ name: 'mute button muted', selector: 'button[data-mute-button][data-is-muted="true"]' }],
  inCall: [
    { name: 'mute button', selector: 'button[data-mute-button]' },
    { name: 'avatar count', selector: 'span[data-avatar-count]' },
  ],
  /** Material icons whose ligature text is an identifier, the same in every UI language (like the leave button's `call_end`). */
  icon: [{ name: 'material icon', selector: 'i, .google-material-icons, .material-icons-extended' }],
} satisfies Record<string, Candidate[]>;

/** A tile showing this icon is a screen share (a pseudo-participant), not a person. */
export const MEET_PRESENTATION_ICON = 'present_to_all';

/**
 * When a share tile carries no icon, its name says "Presentation (Ana)" in the page's language:
 * the word in each language Roundtable reads, matched at the start of the name.
 */
export const MEET_PRESENTATION_WORDS: readonly string[] = ['Presentation', 'Präsentation', 'Présentation', 'Presentación', 'Apresentação', 'Presentazione', 'Presentatie', 'Prezentacja'];

const presentationName = new RegExp(`^(?:${MEET_PRESENTATION_WORDS.join('|')})(?![\\p{L}\\p{N}])`, 'iu');

/** Whether a tile is a screen share, from the texts of its icons (language-free) and, when it shows none, its name's first word. */
export function meetPresentation(iconTexts: readonly string[], name: string): boolean {
  return iconTexts.includes(MEET_PRESENTATION_ICON) || presentationName.test(name.normalize('NFC'));
}

export function readMeet(doc: Document): Reading {
  const matched = new Set<string>();
  const participants = new Map<string, SeenParticipant>();
  const lit = new Set<string>();
  const tiles = firstMatch(doc, MEET_SIGNALS.tile);
  if (tiles) matched.add(`tile: ${tiles.candidate.name}`);
  const call = firstMatch(doc, MEET_SIGNALS.inCall);
  if (call) matched.add(`in call: ${call.candidate.name}`);
  let indicators = 0;
  for (const tile of tiles?.elements ?? []) {
    const pid = capId(tile.getAttribute('data-participant-id') ?? '');
    const nameHit = matchIn(tile, MEET_SIGNALS.name);
    const raw = nameHit?.candidate.name === 'data-self-name' ? nameHit.element.getAttribute('data-self-name') ?? '' : textOf(nameHit?.element);
    // Screen shares are pseudo-participants, not people.
    if (!pid || meetPresentation([...tile.querySelectorAll(MEET_SIGNALS.icon[0]!.selector)].map(textOf), raw)) continue;
    if (nameHit) matched.add(`name: ${nameHit.candidate.name}`);
    const speakingHit = matchIn(tile, MEET_SIGNALS.speaking);
    const idleHit = matchIn(tile, MEET_SIGNALS.idle);
    if (speakingHit) matched.add(`speaking: ${speakingHit.candidate.name}`);
    if (idleHit) matched.add(`idle: ${idleHit.candidate.name}`);
    if (speakingHit || idleHit) indicators++;
    if (speakingHit) lit.add(pid);
    const self = !!matchIn(tile, MEET_SIGNALS.self) || markedLocal(raw);
    if (!participants.has(pid)) participants.set(pid, { pid, name: cleanName(raw) || pid, self });
  }
  // A muted local microphone cannot be speaking, whatever the tile's indicator still shows.
  const muted = doc.querySelector(MEET_SIGNALS.muted[0]!.selector) !== null;
  if (muted) for (const p of participants.values()) if (p.self) lit.delete(p.pid);
  const n = participants.size;
  return {
    inCall: !!call || !!tiles,
    participants: [...participants.values()],
    lit,
    matched: [...matched],
    layout: n > 0 && indicators === 0 ? null : 'tiles',
    noTiles: !tiles,
  };
}

export const meetAdapter: Adapter = {
  platform: 'meet',
  meetingKey: (url) => {
    const code = /^\/([a-z]{3}-[a-z]{4}-[a-z]{3})/.exec(url.pathname)?.[1];
    return code ? `meet/${code}` : null;
  },
  title: (url) => url.pathname.slice(1),
  read: readMeet,
  attributes: ['class', 'data-participant-id', 'data-self-name', 'data-is-muted'],
};
