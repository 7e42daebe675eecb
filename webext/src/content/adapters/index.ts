/** Picks the adapter for a page address; null when Roundtable does not read this page. */
import type { Adapter } from './adapter';
import { jitsiAdapter } from './jitsi';
import { meetAdapter } from './meet';
import { teamsAdapter } from './teams';
import { zoomAdapter } from './zoom';

export function adapterFor(url: URL, extensionOrigin: string): Adapter | null {
  if (url.origin === extensionOrigin) return url.pathname === '/demo.html' ? jitsiAdapter('demo') : null;
  const host = url.hostname;
  if (host === 'meet.google.com') return meetAdapter;
  if (host === 'app.zoom.us' || host.endsWith('.zoom.us')) return zoomAdapter;
  if (host === 'teams.microsoft.com' || host === 'teams.live.com') return teamsAdapter;
  // meet.jit.si, 8x8.vc and self-hosted Jitsi domains the user granted.
  return jitsiAdapter('jitsi');
}
