/**
 * The agenda as a Markdown list (`.roundtable/agenda.md` in VS Code; imported in the browser):
 *
 *   # Weekly                              headings, blank lines and <!-- comments --> are skipped
 *   - Check-in (5 min)                    a discussion item of 5 minutes
 *   - [decision] Ship on Friday (10 min) @Ana
 *   - [information] Release notes (90 s)
 *
 * Each item is one list line (`-`, `*`, `+` or `1.`): an optional kind in brackets
 * (information, discussion, decision; default discussion), the title, its time box in
 * parentheses at the end (`5 min`, `90 s`, `1 h 30 min`, `1:30` = 1 min 30 s), then optionally
 * `@owner` (a participant's name). Anything else is a problem reported by line number; the file
 * is never rewritten. Titles are text: a reader renders them as text, never as markup.
 */
import { AGENDA_KINDS, type AgendaKind } from '../record/events';
import { MAX_AGENDA_BOX_MS } from './agenda-commands';
import { ENGLISH_TEXT, type CoreText } from '../l10n/core-text';

export interface ParsedAgendaItem {
  title: string;
  boxMs: number;
  kind: AgendaKind;
  /** The owner's name as written (the shell finds the participant). */
  owner?: string;
  /** 1-based line in the file. */
  line: number;
}

export type AgendaParse = { ok: true; items: ParsedAgendaItem[] } | { ok: false; problems: { line: number; message: string }[] };

const ITEM = /^\s*(?:[-*+]|\d+[.)])\s+(.*)$/;
const KIND = /^\[([^\]]*)\]\s*/;
const OWNER = /\s+@([^@()]+?)\s*$/;
const BOX = /\(([^()]*)\)\s*$/;

/** "5 min", "90 s", "1 h 30 min", "1:30" (m:ss), "1:00:00" (h:mm:ss) -> ms; null when not a duration. */
export function parseAgendaDuration(text: string): number | null {
  const t = text.trim().toLowerCase();
  const clock = /^(\d+):([0-5]\d)(?::([0-5]\d))?$/.exec(t);
  if (clock) return clock[3] !== undefined ? ((+clock[1]! * 60 + +clock[2]!) * 60 + +clock[3]) * 1000 : (+clock[1]! * 60 + +clock[2]!) * 1000;
  const parts = [...t.matchAll(/(\d+(?:\.\d+)?)\s*(h|hours?|hrs?|m|mins?|minutes?|s|secs?|seconds?)\b/g)];
  if (parts.length === 0 || t.replace(/(\d+(?:\.\d+)?)\s*(h|hours?|hrs?|m|mins?|minutes?|s|secs?|seconds?)\b/g, '').trim() !== '') return null;
  let ms = 0;
  for (const [, n, unit] of parts) ms += Number(n) * (unit!.startsWith('h') ? 3_600_000 : unit!.startsWith('m') ? 60_000 : 1_000);
  return Math.round(ms);
}

/** `source` is the file's text; its problems are worded in `text`'s language (the shell passes the reader's). */
export function parseAgendaMarkdown(source: string, text: CoreText = ENGLISH_TEXT): AgendaParse {
  const { t } = text;
  const items: ParsedAgendaItem[] = [];
  const problems: { line: number; message: string }[] = [];
  let inComment = false;
  const lines = source.split(/\r?\n/);
  for (const [i, raw] of lines.entries()) {
    const line = i + 1;
    let s = raw;
    if (inComment) {
      const end = s.indexOf('-->');
      if (end < 0) continue;
      s = s.slice(end + 3);
      inComment = false;
    }
    s = s.replace(/<!--.*?-->/g, '');
    const open = s.indexOf('<!--');
    if (open >= 0) {
      s = s.slice(0, open);
      inComment = true;
    }
    if (s.trim() === '' || /^\s*#/.test(s)) continue;
    const m = ITEM.exec(s);
    if (!m) {
      problems.push({ line, message: t('agendaFile.notItem') });
      continue;
    }
    let rest = m[1]!.trim();
    let kind: AgendaKind = 'discussion';
    const k = KIND.exec(rest);
    if (k) {
      const word = k[1]!.trim().toLowerCase();
      if (!(AGENDA_KINDS as readonly string[]).includes(word)) {
        problems.push({ line, message: t('agendaFile.unknownKind', k[1]!.slice(0, 40)) });
        continue;
      }
      kind = word as AgendaKind;
      rest = rest.slice(k[0].length);
    }
    let owner: string | undefined;
    const o = OWNER.exec(rest);
    if (o) {
      owner = o[1]!.trim();
      rest = rest.slice(0, o.index);
    }
    const b = BOX.exec(rest);
    if (!b) {
      problems.push({ line, message: t('agendaFile.noBox') });
      continue;
    }
    const boxMs = parseAgendaDuration(b[1]!);
    if (boxMs === null) {
      problems.push({ line, message: t('agendaFile.notDuration', b[1]!.slice(0, 40)) });
      continue;
    }
    if (boxMs <= 0) {
      problems.push({ line, message: t('agendaFile.zeroBox') });
      continue;
    }
    if (boxMs > MAX_AGENDA_BOX_MS) {
      problems.push({ line, message: t('agendaFile.hugeBox') });
      continue;
    }
    const title = rest.slice(0, b.index).trim();
    if (title === '') {
      problems.push({ line, message: t('agendaFile.noTitle') });
      continue;
    }
    items.push({ title, boxMs, kind, ...(owner ? { owner } : {}), line });
  }
  if (problems.length) return { ok: false, problems };
  if (items.length === 0) return { ok: false, problems: [{ line: 1, message: t('agendaFile.empty') }] };
  return { ok: true, items };
}
