/**
 * Words both the core's files and shared/ui's panels say (the agenda's item kinds and statuses):
 * one vocabulary, kept once in the core's catalogue (core-messages.ts) and its translations
 * (shared/core/locales/<lang>.json), so a mended translation reaches the summary Markdown and both
 * shells' panels alike. shared/ui's catalogue takes these keys from here (messages.ts), and the
 * shells build shared/ui's translation of a language with the core's words for them merged in
 * (`withVocabulary`: VS Code's ui-locales at build time, the browser's _locales).
 */
import { coreMessages } from './core-messages';

export const VOCABULARY_KEYS = [
  'agenda.kind.information',
  'agenda.kind.discussion',
  'agenda.kind.decision',
  'agenda.status.pending',
  'agenda.status.active',
  'agenda.status.done',
  'agenda.status.carried',
  'agenda.status.skipped',
  'agenda.status.notReached',
] as const;

export type VocabularyKey = (typeof VOCABULARY_KEYS)[number];

/** The English words, as shared/ui's catalogue holds them. */
export const vocabulary: { readonly [K in VocabularyKey]: (typeof coreMessages)[K] } = /* @__PURE__ */ Object.fromEntries(/* @__PURE__ */ VOCABULARY_KEYS.map((k) => [k, coreMessages[k]])) as never;

/** shared/ui's translation of one language with the vocabulary taken from the core's translation of it. */
export function withVocabulary(ui: Readonly<Record<string, string>>, core: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = { ...ui };
  for (const k of VOCABULARY_KEYS) if (core[k]) out[k] = core[k];
  return out;
}

/** shared/ui's keys that are translated in shared/ui/locales (everything but the vocabulary). */
export function withoutVocabulary(ui: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = { ...ui };
  for (const k of VOCABULARY_KEYS) delete out[k];
  return out;
}
