/**
 * Zoom's web client (app.zoom.us/wc/...). The client runs inside the `#webclient` iframe, so
 * this content script also runs in frames (all_frames) and reads the frame's own document.
 * Zoom mixes audio: only the on-screen "active" highlight attributes speech, one person at a
 * time. The big speaker-view frame is sticky (it keeps the last speaker), so only the gallery
 * and speaker-bar `--active` modifiers and the participants panel's speaking icon count.
 * Zoom shows no stable participant id: names are the key (duplicated names merge).
 */
import type { SeenParticipant } from '../../messages';
import { cleanName, firstMatch, markedLocal, matchIn, namePid, textOf, type Adapter, type Candidate, type Reading } from './adapter';

export const ZOOM_SIGNALS = {
  tile: [
    { name: 'gallery frame', selector: '.gallery-video-container__video-frame' },
    { name: 'speaker bar frame', selector: '.speaker-bar-container__video-frame' },
  ],
  active: [
    { name: 'gallery --active', selector: '.gallery-video-container__video-frame--active' },
    { name: 'speaker bar --active', selector: '.speaker-bar-container__video-frame--active' },
  ],
  name: [
    { name: 'avatar footer', selector: '.video-avatar__avatar-footer span' },
    { name: 'avatar name', selector: '.video-avatar__avatar-name' },
  ],
  panelItem: [{ name: 'participants list', selector: '#participants-ul li' }],
  panelName: [{ name: 'participant display name', selector: '.participants-item__display-name' }],
  panelSpeaking: [{ name: 'voip speaking icon', selector: '.participants-icon__voip-speaking-icon' }],
  inCall: [
    { name: 'audio menu', selector: '#audioOptionMenu' },
    { name: 'leave button', selector: '.footer__leave-btn-container' },
  ],
} satisfies Record<string, Candidate[]>;

export function readZoom(doc: Document): Reading {
  const matched = new Set<string>();
  const participants = new Map<string, SeenParticipant>();
  const lit = new Set<string>();
  const call = firstMatch(doc, ZOOM_SIGNALS.inCall);
  if (call) matched.add(`in call: ${call.candidate.name}`);
  // Outside a call (chat, calendar, lobby) the rest of the page is not read at all: this runs on every mutation of a large app.
  if (!call) return { inCall: false, participants: [], lit, matched: [...matched], layout: null, noTiles: true };
  const tiles = firstMatch(doc, ZOOM_SIGNALS.tile);
  if (tiles) matched.add(`tile: ${tiles.candidate.name}`);
  const add = (raw: string) => {
    const name = cleanName(raw);
    if (!name) return null;
    const pid = namePid(name);
    // Zoom marks the local name only in words ("(me)", "(Ich)", "(moi)" …): local-user-labels.ts has them per language.
    const self = markedLocal(raw);
    const known = participants.get(pid);
    if (!known) participants.set(pid, { pid, name, self });
    else if (self) known.self = true;
    return pid;
  };
  for (const tile of tiles?.elements ?? []) {
    const nameHit = matchIn(tile, ZOOM_SIGNALS.name);
    if (!nameHit) continue;
    matched.add(`name: ${nameHit.candidate.name}`);
    const pid = add(textOf(nameHit.element));
    const active = ZOOM_SIGNALS.active.find((c) => tile.matches(c.selector));
    if (pid && active) {
      matched.add(`speaking: ${active.name}`);
      lit.add(pid);
    }
  }
  for (const item of firstMatch(doc, ZOOM_SIGNALS.panelItem)?.elements ?? []) {
    const nameHit = matchIn(item, ZOOM_SIGNALS.panelName);
    if (!nameHit) continue;
    matched.add('panel: participants list');
    const pid = add(textOf(nameHit.element));
    if (pid && matchIn(item, ZOOM_SIGNALS.panelSpeaking)) {
      matched.add('speaking: voip speaking icon');
      lit.add(pid);
    }
  }
  const layout = doc.querySelector('.gallery-video-container__wrap, .gallery-video-container__video-frame') ? 'gallery' : doc.querySelector('.speaker-bar-container__video-frame, .speaker-active-container__video-frame') ? 'speaker' : null;
  return { inCall: !!call, participants: [...participants.values()], lit, matched: [...matched], layout: participants.size ? layout : layout ?? 'none', noTiles: participants.size === 0 };
}

export const zoomAdapter: Adapter = {
  platform: 'zoom',
  meetingKey: (url) => {
    const id = /^\/wc\/(?:join\/)?(\d+)/.exec(url.pathname)?.[1];
    return id ? `zoom/${id}` : null;
  },
  title: (url) => `Zoom ${/\/wc\/(?:join\/)?(\d+)/.exec(url.pathname)?.[1] ?? ''}`.trim(),
  read: readZoom,
  attributes: ['class'],
};
