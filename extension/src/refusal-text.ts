/**
 * What a person reads when a command is refused, in VS Code's language: the core's codes through
 * shared/ui's one table (coreErrorMessage, the same sentences the browser shows), the browser's
 * own codes over the link from VS Code's bundle. A refusal's `message` is English for logs and
 * may name pids; it is shown only when an older browser sent nothing else.
 */
import { CORE_ERROR_CODES } from '../../shared/core/meeting/errors';
import { coreErrorMessage } from '../../shared/ui/core-errors';
import { translator } from '../../shared/ui/i18n';
import { uiLocale } from './ui-locale';

type Localize = (message: string, ...args: (string | number)[]) => string;

const isCoreCode = (code: string): boolean => (CORE_ERROR_CODES as readonly string[]).includes(code);

/** A core refusal code in shared/ui's catalogue for VS Code's language. */
export function coreRefusal(code: string): string {
  const { lang, messages } = uiLocale();
  return coreErrorMessage(translator((k) => messages[k], lang), code);
}

/**
 * A command the browser refused over the link (its `result` error). Browsers before the codes
 * were sent answered `refused` with the core's English message: that message is all there is.
 */
export function browserRefusal(t: Localize, error: { code?: string; message?: string } | undefined): string {
  const code = error?.code ?? '';
  if (isCoreCode(code)) return coreRefusal(code);
  switch (code) {
    case 'no-meeting':
      return t('The browser has no such live meeting any more.');
    case 'roster-damaged':
    case 'roster-unsaved':
      return t('The browser could not use its team roster: open Roster and rotation there to see why.');
    case 'failed':
      return t('The browser could not run that: {0}', error?.message ?? '');
    default:
      return error?.message || t('The browser refused that.');
  }
}
