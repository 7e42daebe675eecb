/**
 * Which of the manifest's suggested shortcuts came up unbound: browsers leave a suggested key
 * unassigned, silently, when the browser or another extension already uses it. Pure (no
 * browser API) so it is unit-tested; the side panel asks the commands API and shows the result.
 */
export interface ManifestCommands {
  commands?: Record<string, { suggested_key?: { default?: string }; description?: string }>;
}

/** Pure: which suggested keys did not get bound, from the manifest and commands.getAll(). */
export function unboundShortcuts(manifest: ManifestCommands, bound: readonly { name?: string; shortcut?: string; description?: string }[]): string[] {
  const out: string[] = [];
  for (const [name, c] of Object.entries(manifest.commands ?? {})) {
    const suggested = c.suggested_key?.default;
    if (!suggested) continue;
    const now = bound.find((b) => b.name === name);
    if (now && !now.shortcut) out.push(now.description ? `${suggested} (${now.description})` : suggested);
  }
  return out;
}

