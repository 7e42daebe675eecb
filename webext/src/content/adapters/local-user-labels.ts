/**
 * How call pages mark the local user in text, in every UI language Roundtable reads (issue 13
 * item 3): the "(You)"/"(me)" suffix after the local name (Meet, Zoom, Jitsi) and the label
 * Teams gives the local video ("Myself video, Ana, …"). Adapters prefer structural signals
 * (Meet's self class, Jitsi's localVideoContainer, Teams' me-control-displayname); this table is
 * what is left when a page only says it in words, so it is kept as data, one row per language.
 *
 * Words are compared case-insensitively after NFC normalisation. The suffix words are the
 * platforms' pronouns for "you" and "me"; the Teams labels other than English are the product's
 * wording as far as known here (not verified against a live localised Teams): the adapter uses
 * them only when `me-control-displayname` is absent.
 */

export type PageLanguage = 'en' | 'de' | 'fr' | 'es' | 'pt-BR' | 'it' | 'nl' | 'pl';

/** Words that, alone in parentheses at the end of a name (or among comma-separated roles there: "(Host, me)"), mark the local user. */
export const LOCAL_USER_SUFFIXES: Record<PageLanguage, readonly string[]> = {
  en: ['you', 'me'],
  de: ['du', 'sie', 'ich'],
  fr: ['vous', 'toi', 'moi'],
  es: ['tú', 'usted', 'yo'],
  'pt-BR': ['você', 'eu'],
  it: ['tu', 'io'],
  nl: ['jij', 'ik'],
  pl: ['ty', 'ja'],
};

/** Teams' accessible label of the local video starts with these, then ", <name>, …". */
export const TEAMS_SELF_VIDEO_LABELS: Record<PageLanguage, readonly string[]> = {
  en: ['Myself video', 'My video'],
  de: ['Mein Video', 'Eigenes Video'],
  fr: ['Ma vidéo', 'Ma propre vidéo'],
  es: ['Mi vídeo', 'Mi video'],
  'pt-BR': ['Meu vídeo'],
  it: ['Il mio video'],
  nl: ['Mijn video'],
  pl: ['Moje wideo'],
};

const fold = (s: string) => s.normalize('NFC').toLocaleLowerCase('und').trim();

const SUFFIX_WORDS = new Set(Object.values(LOCAL_USER_SUFFIXES).flat().map(fold));
const SELF_VIDEO_LABELS = [...new Set(Object.values(TEAMS_SELF_VIDEO_LABELS).flat().map(fold))];

/**
 * Splits a trailing local-user mark off a displayed name: "Ana (Du)" → {name: "Ana", local: true};
 * "Ana (Host, moi)" → {name: "Ana", local: true}; "Ben (Gast)" → unchanged, local false.
 */
export function splitLocalSuffix(raw: string): { name: string; local: boolean } {
  const m = /^(.*?)\s*\(([^()]*)\)\s*$/su.exec(raw);
  if (m && m[2]!.split(',').some((w) => SUFFIX_WORDS.has(fold(w)))) return { name: m[1]!.trim(), local: true };
  return { name: raw.trim(), local: false };
}

/** The name in a Teams self-video label ("Mein Video, Ana, Stummgeschaltet" → "Ana"); null when the label is not one. */
export function teamsSelfVideoName(label: string): string | null {
  const parts = label.split(',').map((p) => p.trim());
  if (parts.length < 2 || !SELF_VIDEO_LABELS.includes(fold(parts[0]!))) return null;
  return parts[1] || null;
}
