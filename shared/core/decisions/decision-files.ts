/**
 * Names of decision record files, as architecture decision records name them:
 * `NNNN-<slug>.md`, numbered in the order decisions are recorded (adr-tools, MADR). The shell
 * lists the folder and passes the names in; nothing here touches a file system.
 */

/** Files that count as decision records: four or more digits, a dash, a name, `.md`. */
const RECORD_FILE = /^(\d{4,})-[^/\\]*\.md$/i;

/** The number after the highest existing record (1 in an empty folder); other files are ignored. */
export function nextDecisionNumber(fileNames: Iterable<string>): number {
  let max = 0;
  for (const name of fileNames) {
    const m = RECORD_FILE.exec(name);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return max + 1;
}

/** The number a record file carries, or null for any other file (README.md, notes). */
export function decisionNumberOf(fileName: string): number | null {
  const m = RECORD_FILE.exec(fileName);
  return m ? Number(m[1]) : null;
}

/**
 * A file-name slug: ASCII letters and digits joined by single dashes, at most `max` characters,
 * never empty (extension/src/records.ts names meeting files with it too: slugify(title, 'meeting', 48)). Accents are dropped ("Décision" -> "decision"); other scripts fall back to
 * "decision", so the name is safe on every file system and in every URL.
 */
export function slugify(title: string, fallback = 'decision', max = 50): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
  return slug || fallback;
}

/** "0007-adopt-a-facilitation-rota.md" */
export function decisionFileName(number: number, title: string): string {
  return `${String(Math.max(0, Math.floor(number))).padStart(4, '0')}-${slugify(title)}.md`;
}
