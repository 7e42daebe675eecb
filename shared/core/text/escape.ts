/**
 * The one neutralisation module: names, titles and topics are untrusted display text (a call
 * page, a shared record, a hostile file name). Everything that leaves Roundtable for something
 * else to render goes through one of these: a terminal (`terminalText`), a spreadsheet
 * (`csvText`), a Markdown renderer (`escapeMarkdown`, `markdownNames`). The CLI, VS Code and
 * the browser exports all call these, never their own copies.
 */

/** Bidirectional controls (LRE..RLO, LRI..PDI, LRM, RLM, ALM) can make text read backwards ("Trojan Source"). */
const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;
/** C0/C1 controls, DEL and the Unicode line/paragraph separators: a name has no business breaking a line or a table row. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
/** Invisible characters that make two names look identical; always stripped from display text. */
const ZERO_WIDTH = /[\u200b\u2060\ufeff\u180e\u00ad]/g;
/**
 * ZWNJ/ZWJ shape Persian, Indic and emoji sequences, so they stay between two non-ASCII
 * characters and are stripped anywhere else (at an edge, or beside ASCII, where they only hide).
 */
const JOINER_OUT_OF_PLACE = /(^|[\u0000-\u007f])[\u200c\u200d]+|[\u200c\u200d]+(?=[\u0000-\u007f]|$)/g;

/** Replaces bidi controls with U+FFFD (visible: something was there) and other controls with a space. */
export function neutraliseControls(text: string): string {
  return text.replace(BIDI, '\ufffd').replace(CONTROL, ' ');
}

/** Removes zero-width characters that only serve to hide a difference (joiners kept where they shape text). */
export function stripZeroWidth(text: string): string {
  return text.replace(ZERO_WIDTH, '').replace(JOINER_OUT_OF_PLACE, '$1');
}

/** Display text: controls and bidi neutralised, zero-width characters stripped. */
export function displayText(text: string): string {
  return stripZeroWidth(neutraliseControls(text));
}

// ---------------------------------------------------------------------------------- terminal

/** Everything a terminal might act on or that would hide or reorder text: controls, bidi, zero-width, separators. */
const TERMINAL_UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200b-\u200f\u061c\u2060\ufeff\u180e\u00ad]/g;

/**
 * Text for a terminal line (an error message, a file name): every control, bidi and invisible
 * character shown as a visible escape (`\x1b`, `\u202e`), so no byte of a hostile record or
 * file name can move the cursor, ring the bell, change colours or reorder what is shown.
 */
export function terminalText(text: string): string {
  return text.replace(TERMINAL_UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** A file name or value quoted for a terminal message: "like JSON, but every unsafe character visible". */
export function quoteForTerminal(text: string): string {
  return `"${terminalText(text.replace(/\\/g, '\\\\').replace(/"/g, '\\"'))}"`;
}

// ---------------------------------------------------------------------------------- shortening

const segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null;

/** At most `max` user-perceived characters (graphemes), with an ellipsis when cut. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const parts = segmenter ? Array.from(segmenter.segment(text), (s) => s.segment) : Array.from(text);
  return parts.length <= max ? text : `${parts.slice(0, max - 1).join('').trimEnd()}…`;
}

/** A name longer than this (graphemes) is shortened in Markdown and the summary views. */
export const NAME_DISPLAY_MAX = 64;
/** Titles and topics in Markdown headings. */
export const TITLE_DISPLAY_MAX = 160;

// ---------------------------------------------------------------------------------- CSV

/**
 * Characters a spreadsheet reads as the start of a formula (OWASP CSV injection), with their
 * full-width (U+FF1D, U+FF0B, U+FF0D, U+FF20) and small (U+FE66, U+FE62, U+FE63, U+FE6B) forms,
 * which some spreadsheets fold to ASCII. Checked after any leading whitespace, which
 * spreadsheets also skip.
 */
const FORMULA_START = /^[\s\u3000\u00a0]*[=+\-@\uff1d\uff0b\uff0d\uff20\ufe66\ufe62\ufe63\ufe6b]/;
/** In a CSV cell a line break is data (the field is quoted); every other control is not. */
const CSV_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/g;

/**
 * One CSV field for untrusted text: bidi controls become U+FFFD, other controls (tab, CR, ESC,
 * NUL...) a space, line feeds stay (quoted); a formula start, even after leading whitespace or
 * in full-width form, is defused with a leading apostrophe; the field is quoted (quotes doubled)
 * when it holds a comma, quote or line break, or was defused (RFC 4180).
 */
export function csvText(text: string): string {
  const clean = stripZeroWidth(text.replace(BIDI, '\ufffd').replace(/\r\n?/g, '\n').replace(CSV_CONTROL, ' '));
  const defused = FORMULA_START.test(clean) ? `'${clean}` : clean;
  return defused !== clean || /[",\n]/.test(clean) ? `"${defused.replace(/"/g, '""')}"` : defused;
}

// ---------------------------------------------------------------------------------- Markdown

/**
 * ASCII punctuation that would become structure anywhere inline: code, emphasis, links, HTML,
 * table cells, strikethrough, math. `_` is left alone inside a word (it cannot emphasise there).
 * Backslash-escaping ASCII punctuation is always allowed in CommonMark, and it is the only
 * escaping done: no HTML entities, so "O'Brien" and "Tom & Jerry" read as written.
 */
const MD_INLINE = /[\\`*[\]<>|~$]|_(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])_|&(?=#?[a-z0-9]+;)/giu;
/**
 * A word a renderer would turn into a link or a notification: a URL (`scheme://`, a
 * protocol-relative `//host`, which linkify links after any punctuation, `www.`, `mailto:`),
 * an e-mail address or an @mention (anything with `@`). Bare domains are left: GFM and VS Code do not link them.
 */
const LINKISH = /\/\/|^www\.|^(?:mailto|xmpp|tel|javascript|data):|@/iu;

/** A code span holding `text` literally: nothing inside one is ever a link, a mention or HTML. */
function codeSpan(text: string): string {
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** One whitespace-free word: link-like words go into code spans (a `|` stays outside, escaped, for tables). */
function markdownWord(word: string): string {
  if (!LINKISH.test(word)) return word.replace(MD_INLINE, (c) => `\\${c}`);
  return word
    .split('|')
    .map((piece) => (piece ? codeSpan(piece) : ''))
    .join('\\|');
}

/**
 * Safe, readable inline Markdown (paragraphs, headings, list items and table cells): no HTML,
 * no links, autolinks or @mentions, no emphasis, no table-cell break-out, no reordering bidi,
 * no invisible characters, one line. Optionally shortened to `max` graphemes with an ellipsis.
 */
export function escapeMarkdown(text: string, max?: number): string {
  const clean = displayText(text);
  const short = max === undefined ? clean : shorten(clean, max);
  return short.replace(/[^\s]+/g, markdownWord);
}

/** A name for Markdown: escaped and shortened past NAME_DISPLAY_MAX. */
export function markdownName(name: string): string {
  return escapeMarkdown(name, NAME_DISPLAY_MAX);
}

/** How two names are compared for "looks the same": compatibility forms, case, spaces, invisibles. */
export function lookAlikeKey(name: string): string {
  return displayText(name).normalize('NFKC').toLocaleLowerCase('en').replace(/\s+/g, ' ').trim();
}

/** A short, stable tag for a pid: the pid itself when short and plain, else a 6-character hash. */
export function shortPid(pid: string): string {
  if (/^[\w.-]{1,8}$/.test(pid)) return pid;
  // FNV-1a, 32-bit: stable across runs and shells, enough to tell a handful of look-alikes apart.
  let h = 0x811c9dc5;
  for (let i = 0; i < pid.length; i++) h = Math.imul(h ^ pid.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36).padStart(6, '0').slice(-6);
}

/**
 * Display names for Markdown, by pid: escaped and shortened, and when two people's names look
 * the same (after normalisation: case, spaces, zero-width and compatibility characters), each
 * gets a short pid suffix, e.g. "Ana (p2)", so a reader can tell them apart.
 */
export function markdownNames(people: Iterable<{ pid: string; name: string }>): Map<string, string> {
  const byKey = new Map<string, number>();
  const list: { pid: string; name: string; key: string }[] = [];
  const seen = new Set<string>();
  for (const p of people) {
    if (seen.has(p.pid)) continue;
    seen.add(p.pid);
    const name = p.name === '' ? p.pid : p.name;
    const key = lookAlikeKey(shorten(displayText(name), NAME_DISPLAY_MAX));
    byKey.set(key, (byKey.get(key) ?? 0) + 1);
    list.push({ pid: p.pid, name, key });
  }
  const out = new Map<string, string>();
  for (const p of list) out.set(p.pid, byKey.get(p.key)! > 1 ? `${markdownName(p.name)} (${escapeMarkdown(shortPid(p.pid))})` : markdownName(p.name));
  return out;
}
