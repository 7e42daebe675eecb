/**
 * Jitsi Meet (meet.jit.si, 8x8.vc, self-hosted). Its ids and key classes are literal strings
 * in the open source (Thumbnail.tsx); classes from its styling library are random per build
 * and are never used here. Talk time comes from each tile's five audio-level dots, which
 * light independently per person (overlap is seen); the sticky `dominant-speaker` class is
 * deliberately not a speaking signal (it would repeat Jitsi's own speaker-stats errors).
 */
import type { PlatformId, SeenParticipant } from '../../messages';
import { capId, cleanName, firstMatch, matchIn, safeDecode, textOf, type Adapter, type Candidate, type Reading } from './adapter';

export const JITSI_SIGNALS = {
  tile: [{ name: 'span.videocontainer', selector: 'span.videocontainer[id]' }],
  // By class, then by the element ids Thumbnail.tsx gives the name (`localDisplayName`,
  // `participant_<id>_name`). Never the pin button's "Pin <name>" label: it is translated text.
  name: [
    { name: 'span.displayname', selector: 'span.displayname' },
    { name: 'display name id', selector: '#localDisplayName, [id^="participant_"][id$="_name"]' },
  ],
  level: [{ name: 'audioindicator dots', selector: '.audioindicator-container .audioindicator span[class^="audiodot-"]' }],
  layout: ['tile-view', 'vertical-filmstrip', 'horizontal-filmstrip', 'stage-filmstrip'],
  conference: [{ name: '#videoconference_page', selector: '#videoconference_page' }],
} satisfies Record<string, Candidate[] | string[]>;

/** A dot at or above this opacity means the level is above silence. */
const LIT_OPACITY = 0.3;

/** `participant_<endpoint>` (with `_stage` for a stage-view twin) → endpoint; the local tile → "local"; screen shares → null (not a person). */
export function jitsiPid(id: string): string | null {
  if (id === 'localVideoContainer') return 'local';
  const m = /^participant_(.+?)(_stage)?$/.exec(id);
  if (!m || m[1]!.endsWith('_screenshare')) return null;
  return capId(m[1]!);
}

export function readJitsi(doc: Document): Reading {
  const matched: string[] = [];
  const participants = new Map<string, SeenParticipant>();
  const lit = new Set<string>();
  const conference = firstMatch(doc, JITSI_SIGNALS.conference);
  if (conference) matched.push(`conference: ${conference.candidate.name}`);
  const tiles = firstMatch(doc, JITSI_SIGNALS.tile);
  if (tiles) matched.push(`tile: ${tiles.candidate.name}`);
  const used = new Set<string>();
  for (const tile of tiles?.elements ?? []) {
    const pid = jitsiPid(tile.id);
    if (!pid) continue;
    const nameHit = matchIn(tile, JITSI_SIGNALS.name);
    if (nameHit) used.add(`name: ${nameHit.candidate.name}`);
    const name = cleanName(nameHit ? textOf(nameHit.element) : '') || pid;
    if (!participants.has(pid)) participants.set(pid, { pid, name, self: pid === 'local' });
    const dots = [...tile.querySelectorAll<HTMLElement>(JITSI_SIGNALS.level[0]!.selector)];
    if (dots.length) used.add(`level: ${JITSI_SIGNALS.level[0]!.name}`);
    if (dots.some((d) => Number(d.style.opacity || 0) >= LIT_OPACITY)) lit.add(pid);
  }
  matched.push(...used);
  const layoutHost = doc.querySelector(JITSI_SIGNALS.layout.map((c) => `.${c}`).join(','));
  const layout = JITSI_SIGNALS.layout.find((c) => layoutHost?.classList.contains(c)) ?? null;
  return { inCall: !!conference || !!tiles, participants: [...participants.values()], lit, matched, layout, noTiles: !tiles };
}

export function jitsiAdapter(platform: PlatformId = 'jitsi'): Adapter {
  return {
    platform,
    meetingKey: (url) => {
      if (platform === 'demo') return `demo/${url.searchParams.get('room') ?? 'demo'}`;
      const room = url.pathname.split('/').filter(Boolean)[0];
      return room ? `jitsi/${url.host}/${room.toLowerCase()}` : null;
    },
    title: (url, doc) => (platform === 'demo' ? doc.title : safeDecode(url.pathname.split('/').filter(Boolean)[0] ?? '')) || url.host,
    read: readJitsi,
    attributes: ['style', 'class', 'id'],
  };
}
