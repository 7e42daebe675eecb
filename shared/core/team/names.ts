/**
 * The one rule for "is this the same person's name": Unicode compatibility form (so a
 * full-width or ligature spelling from a call page matches the typed one), trimmed, and
 * lower-cased without regard to the user's locale (a Turkish locale must not change matches).
 */
export const nameKey = (name: string): string => name.normalize('NFKC').trim().toLocaleLowerCase('en');

export const sameName = (a: string, b: string): boolean => nameKey(a) === nameKey(b);
