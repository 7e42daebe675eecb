/**
 * The pseudo-locale (issue 13 item 4): every English catalogue string with its letters accented
 * and each word lengthened by about 40 %, generated from the English catalogues whenever a
 * test needs it, never kept by hand. Rendering it shows, before any translation exists, which
 * control clips or overflows when a language runs longer than English, and (the accents) which
 * text bypasses the catalogues. `{0}` placeholders are kept exactly, so filled values still read.
 */

const ACCENTED: Record<string, string> = {
  a: 'á', b: 'ƀ', c: 'ç', d: 'ð', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'í', j: 'ĵ', k: 'ķ', l: 'ļ', m: 'ɱ',
  n: 'ñ', o: 'ö', p: 'þ', q: 'ǫ', r: 'ŕ', s: 'š', t: 'ţ', u: 'ú', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
  A: 'Á', B: 'Ɓ', C: 'Ç', D: 'Ð', E: 'É', F: 'Ƒ', G: 'Ĝ', H: 'Ĥ', I: 'Í', J: 'Ĵ', K: 'Ķ', L: 'Ļ', M: 'Ṁ',
  N: 'Ñ', O: 'Ö', P: 'Þ', Q: 'Ǫ', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'Ú', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž',
};

/** How much longer each word gets: translations into German or French often run 30–40 % past English. */
export const PSEUDO_GROWTH = 0.4;

const accent = (word: string) => Array.from(word, (c) => ACCENTED[c] ?? c).join('');

/** One word, accented and lengthened by repeating its own letters (so it stays one unbreakable word, as a German compound is). */
function stretch(word: string): string {
  const extra = Math.ceil(word.length * PSEUDO_GROWTH);
  let tail = '';
  for (let i = 0; tail.length < extra; i++) tail += word[i % word.length]!.toLowerCase();
  return accent(word + tail);
}

/** The pseudo form of one catalogue string: placeholders `{n}` kept, every run of ASCII letters stretched and accented. */
export function pseudoLocalise(text: string): string {
  return text
    .split(/(\{\d+\})/)
    .map((piece, i) => (i % 2 === 1 ? piece : piece.replace(/[A-Za-z]+/g, stretch)))
    .join('');
}

/** A whole catalogue in the pseudo-locale, same keys. */
export function pseudoCatalogue<K extends string>(english: Readonly<Record<K, string>>): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const key of Object.keys(english) as K[]) out[key] = pseudoLocalise(english[key]);
  return out;
}
