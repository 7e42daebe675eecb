/** Self-hosted Jitsi domains as typed by a user, turned into the one origin pattern to ask for. Pure. */

/** Hosts the manifest already covers (a second registration would run the script twice). */
const BUILT_IN = ['meet.google.com', 'meet.jit.si', '8x8.vc', 'teams.microsoft.com', 'teams.live.com', 'zoom.us'];

/**
 * "meet.example.org", "https://meet.example.org/room" -> "https://meet.example.org/*".
 * Null for anything that is not a plain https host name, or a host Roundtable already reads.
 */
export function jitsiOriginPattern(input: string): string | null {
  const text = input.trim();
  if (!text) return null;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return null;
  }
  const host = url.hostname.toLowerCase();
  if (url.protocol !== 'https:' || url.username || url.password || !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host)) return null;
  if (BUILT_IN.some((h) => host === h || host.endsWith(`.${h}`))) return null;
  return `https://${host}${url.port ? `:${url.port}` : ''}/*`;
}
