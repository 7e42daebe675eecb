/**
 * Microsoft Teams on the web (new Teams). Stream wrappers carry `data-tid="<name>"` and
 * `data-stream-type`; the speaking stream shows `[data-tid="voice-level-stream-outline"]`.
 * One of the served UI variants lacks that outline: then no speaking signal ever matches and
 * the page's audio-without-speakers check in health.ts is what notices it.
 */
import type { SeenParticipant } from '../../messages';
import { cleanName, firstMatch, matchIn, namePid, safeDecode, textOf, type Adapter, type Candidate, type Reading } from './adapter';
import { teamsSelfVideoName } from './local-user-labels';

export const TEAMS_SIGNALS = {
  tile: [{ name: 'stream wrapper', selector: '[data-stream-type][data-tid]' }],
  speaking: [{ name: 'voice-level outline', selector: '[data-tid="voice-level-stream-outline"]' }],
  self: [{ name: 'me-control display name', selector: '[data-tid="me-control-displayname"]' }],
  inCall: [{ name: 'hang-up button', selector: '#hangup-button' }],
} satisfies Record<string, Candidate[]>;

export function readTeams(doc: Document): Reading {
  const matched = new Set<string>();
  const participants = new Map<string, SeenParticipant>();
  const lit = new Set<string>();
  const call = firstMatch(doc, TEAMS_SIGNALS.inCall);
  if (call) matched.add(`in call: ${call.candidate.name}`);
  // Outside a call (chat, calendar, lobby) the rest of the page is not read at all: this runs on every mutation of a large app.
  if (!call) return { inCall: false, participants: [], lit, matched: [...matched], layout: null, noTiles: true };
  const tiles = firstMatch(doc, TEAMS_SIGNALS.tile);
  if (tiles) matched.add(`tile: ${tiles.candidate.name}`);
  const selfName = cleanName(textOf(firstMatch(doc, TEAMS_SIGNALS.self)?.elements[0])) || selfFromLabels(tiles?.elements ?? []);
  for (const tile of tiles?.elements ?? []) {
    if (tile.getAttribute('data-stream-type') === 'ScreenSharing') continue;
    const name = cleanName(tile.getAttribute('data-tid') ?? '');
    if (!name) continue;
    const pid = namePid(name);
    if (!participants.has(pid)) participants.set(pid, { pid, name, self: !!selfName && name === selfName });
    const speaking = matchIn(tile, TEAMS_SIGNALS.speaking);
    if (speaking) {
      matched.add(`speaking: ${speaking.candidate.name}`);
      lit.add(pid);
    }
  }
  return { inCall: !!call, participants: [...participants.values()], lit, matched: [...matched], layout: tiles ? 'streams' : null, noTiles: !tiles };
}

/**
 * The UI variant without `me-control-displayname` says who is local only in the local video's
 * label ("Myself video, Ana, …", translated): local-user-labels.ts knows it per language.
 */
function selfFromLabels(tiles: Element[]): string {
  for (const tile of tiles) {
    const name = teamsSelfVideoName(tile.getAttribute('aria-label') ?? '');
    if (name !== null) return cleanName(name);
  }
  return '';
}

export const teamsAdapter: Adapter = {
  platform: 'teams',
  meetingKey: (url) => {
    const thread = /meetup-join\/([^/?#]+)/.exec(safeDecode(url.href))?.[1];
    return thread ? `teams/${thread}` : `teams/${url.host}${url.pathname}`;
  },
  title: (_url, doc) => doc.title || 'Teams',
  read: readTeams,
  attributes: ['class', 'data-tid', 'data-stream-type'],
};
