/**
 * Placeholder filling for every catalogue (shared/ui's, the extension's strings): its own module,
 * free of Preact, so the browser's worker can word its badge without bundling the UI.
 */

/** Replaces `{0}`, `{1}` … with the arguments; unknown placeholders stay visible so a bad catalog is noticed. */
export function fill(template: string, args: readonly (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (whole, i: string) => {
    const v = args[Number(i)];
    return v === undefined ? whole : String(v);
  });
}
