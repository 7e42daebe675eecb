import { meetingFileBase, type ZoneOffset } from '../../../shared/core/team/file-names';

/** Saves text as a file through a blob URL and a download link: nothing leaves the machine. */
export function downloadText(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** This machine's time zone: exports are named for the local day a meeting started (the core's one date convention). */
const localZone: ZoneOffset = (t) => -new Date(t).getTimezoneOffset();

/**
 * `roundtable-<date>-<slug>`: the name VS Code gives a finished meeting's files, prefixed because
 * a download lands among everything else in the downloads folder.
 */
export function exportFileBase(meeting: { startedAt: number | null; title: string }): string {
  return `roundtable-${meetingFileBase(meeting.startedAt ?? 0, meeting.title, localZone)}`;
}
