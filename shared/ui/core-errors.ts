/**
 * The one table from the core's refusal codes to sentences a person reads, for both shells:
 * VS Code passes a translator over vscode.l10n, the browser its i18n. The core's own messages
 * are English for logs and may name pids; they are never shown.
 */
import type { CoreErrorCode } from '../core/meeting/errors';
import type { MessageKey, Translate } from './i18n';

export const CORE_ERROR_MESSAGES: Readonly<Record<CoreErrorCode, MessageKey>> = {
  'invalid-event': 'error.invalid-event',
  'sink-failed': 'error.sink-failed',
  'not-started': 'error.not-started',
  'already-started': 'error.already-started',
  'name-required': 'error.name-required',
  'already-present': 'error.already-present',
  'already-facilitator': 'error.already-facilitator',
  'unknown-participant': 'error.unknown-participant',
  'meeting-ended': 'error.meeting-ended',
  'invalid-command': 'error.invalid-command',
  'round-active': 'error.round-active',
  'no-active-round': 'error.no-active-round',
  'round-paused': 'error.round-paused',
  'not-paused': 'error.not-paused',
  'empty-order': 'error.empty-order',
  'duplicate-participant': 'error.duplicate-participant',
  'not-in-round': 'error.not-in-round',
  'not-present': 'error.not-present',
  'already-current': 'error.already-current',
  'no-current-turn': 'error.no-current-turn',
  'no-turns': 'error.no-turns',
  'nobody-next': 'error.nobody-next',
  untimed: 'error.untimed',
  'hand-already-raised': 'error.hand-already-raised',
  'hand-not-raised': 'error.hand-not-raised',
  'no-hands': 'error.no-hands',
  'already-set': 'error.already-set',
  'duplicate-item': 'error.duplicate-item',
  'unknown-item': 'error.unknown-item',
  'already-decided': 'error.already-decided',
  'no-deciders': 'error.no-deciders',
  'not-a-decider': 'error.not-a-decider',
  'not-their-turn': 'error.not-their-turn',
  'reason-required': 'error.reason-required',
  'objection-open': 'error.objection-open',
  'no-open-objection': 'error.no-open-objection',
  blocked: 'error.blocked',
  'empty-answer': 'error.empty-answer',
  'invalid-agenda': 'error.invalid-agenda',
  'no-agenda': 'error.no-agenda',
  'unknown-agenda-item': 'error.unknown-agenda-item',
  'agenda-item-in-play': 'error.agenda-item-in-play',
  'no-item-in-play': 'error.no-item-in-play',
  'agenda-finished': 'error.agenda-finished',
  'agenda-item-not-pending': 'error.agenda-item-not-pending',
};

/** A refusal in the reader's language; an unknown code (a newer core) reads as the generic refusal. */
export function coreErrorMessage(t: Translate, code: string): string {
  const key = (CORE_ERROR_MESSAGES as Record<string, MessageKey | undefined>)[code] ?? 'error.invalid-command';
  return t(key);
}
