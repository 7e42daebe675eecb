/**
 * Names of decision record files, as architecture decision records name them:
 * `NNNN-<slug>.md`, numbered in the order decisions are recorded (adr-tools, MADR). The shell
 * lists the folder and passes the names in; nothing here touches a file system.
 */
import { slugify } from '../team/file-names';

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

/** "0007-adopt-a-facilitation-rota.md" */
export function decisionFileName(number: number, title: string): string {
  return `${String(Math.max(0, Math.floor(number))).padStart(4, '0')}-${slugify(title)}.md`;
}
