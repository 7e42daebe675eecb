/**
 * Untrusted multi-line text (a proposal, a rationale, a debrief answer) as Markdown blocks, and
 * the way back for one escaped line. Built on escape.ts: each line is escaped as inline text,
 * then the few line starts that inline escaping leaves meaningful (a list dash or plus, a
 * heading hash, a setext underline, an ordered-list number) are neutralised, so a name or
 * answer can never become structure.
 */
import { escapeMarkdown } from './escape';

/** Escaped line starts that would still open a list, a heading or underline one. */
const BLOCK_START = /^(-|=|\+|#|\d+(?=[.)]))/;

/** One line of text, safe at the start of a paragraph or after a list marker: line breaks become spaces. */
export function markdownLine(text: string): string {
  return escapeMarkdown(text)
    .trim()
    .replace(BLOCK_START, (m) => (/\d/.test(m) ? `${m}\\` : `\\${m}`));
}

/** One paragraph per non-blank line: no HTML, no lists, no headings, no code blocks. */
export function markdownParagraphs(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map(markdownLine)
    .filter((line) => line !== '')
    .join('\n\n');
}

/** Entities older versions wrote for `& < > " '`: still read back. */
const ENTITY = /^&(?:amp|lt|gt|quot|#39);/;
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const PUNCT = /[!-/:-@[-`{-~]/;

/** The end of the code span opened by the run of `n` backticks before `from`, or -1 (CommonMark: a run of exactly n). */
function closingRun(s: string, from: number, n: number): number {
  let j = from;
  while (j < s.length) {
    if (s[j] !== '`') {
      j++;
      continue;
    }
    let m = 0;
    while (s[j + m] === '`') m++;
    if (m === n) return j;
    j += m;
  }
  return -1;
}

/**
 * The inverse of escapeMarkdown on its own output: unescapeMarkdown(escapeMarkdown(x)) equals
 * displayText(x). Reads backslash escapes, code spans and the entities of older versions. Used
 * to read a title back from a decision record we wrote.
 */
export function unescapeMarkdown(escaped: string): string {
  let out = '';
  let i = 0;
  while (i < escaped.length) {
    const c = escaped[i]!;
    if (c === '\\' && i + 1 < escaped.length && PUNCT.test(escaped[i + 1]!)) {
      out += escaped[i + 1];
      i += 2;
    } else if (c === '`') {
      let n = 0;
      while (escaped[i + n] === '`') n++;
      const end = closingRun(escaped, i + n, n);
      if (end < 0) {
        out += escaped.slice(i, i + n);
        i += n;
        continue;
      }
      const content = escaped.slice(i + n, end);
      out += content.length >= 2 && content.startsWith(' ') && content.endsWith(' ') && content.trim() !== '' ? content.slice(1, -1) : content;
      i = end + n;
    } else if (c === '&' && ENTITY.test(escaped.slice(i, i + 6))) {
      const e = ENTITY.exec(escaped.slice(i, i + 6))![0];
      out += ENTITIES[e];
      i += e.length;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}
