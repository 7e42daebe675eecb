/**
 * Names, titles and topics are untrusted display text (a call page, a shared record). Every
 * export goes through one of these before it reaches a file that something else renders.
 */

/** Bidirectional controls (LRE..RLO, LRI..PDI, LRM, RLM, ALM) can make text read backwards ("Trojan Source"). */
const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;
/** C0/C1 controls other than none: a name has no business breaking a line or a table row. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
/** ASCII punctuation that CommonMark/GFM would interpret; backslash-escaping any of it is always allowed. */
const MD_PUNCT = /[\\`*_{}[\]()#+!|~^$]/g;
const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Replaces bidi controls with U+FFFD (visible: something was there) and other controls with a space. */
export function neutraliseControls(text: string): string {
  return text.replace(BIDI, '\ufffd').replace(CONTROL, ' ');
}

/**
 * Safe inline Markdown (paragraphs, headings, list items and table cells): no HTML, no links or
 * emphasis, no table-cell break-out, no reordering bidi, one line.
 */
export function escapeMarkdown(text: string): string {
  return neutraliseControls(text)
    .replace(MD_PUNCT, (c) => `\\${c}`)
    .replace(/[&<>"']/g, (c) => HTML[c]!);
}

/** Leading characters a spreadsheet reads as a formula (OWASP CSV injection), tab and CR included. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field for untrusted text: a leading formula character is defused with a leading
 * apostrophe, and the field is quoted (quotes doubled) when it holds a comma, quote, line
 * break or was defused (RFC 4180).
 */
export function csvText(text: string): string {
  const defused = FORMULA_START.test(text) ? `'${text}` : text;
  return defused !== text || /[",\r\n]/.test(text) ? `"${defused.replace(/"/g, '""')}"` : defused;
}
