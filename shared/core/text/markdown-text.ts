/**
 * Untrusted multi-line text (a proposal, a rationale, a debrief answer) as Markdown blocks, and
 * the way back for one escaped line. Built on escape.ts: each line is escaped as inline text,
 * then the few line starts that escaping leaves meaningful (a list dash, a setext underline, an
 * ordered-list number) are neutralised, so a name or answer can never become structure.
 */
import { escapeMarkdown } from './escape';

/** Escaped line starts that would still open a list or underline a heading. */
const BLOCK_START = /^(-|=|\d+(?=[.)]))/;

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

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/**
 * The inverse of escapeMarkdown on its own output: unescapeMarkdown(escapeMarkdown(x)) equals
 * neutraliseControls(x). Used to read a title back from a decision record we wrote.
 */
export function unescapeMarkdown(escaped: string): string {
  return escaped.replace(/\\(.)/g, '$1').replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]!);
}
