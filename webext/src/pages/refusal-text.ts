/**
 * What a person reads when the worker refuses a request: the core's codes through shared/ui's one
 * table (coreErrorMessage), the browser's own codes from the extension's strings. The reply's
 * `message` is English for logs and may name pids: it is never shown.
 */
import { CORE_ERROR_CODES } from '../../../shared/core/meeting/errors';
import { coreErrorMessage } from '../../../shared/ui/core-errors';
import type { Translate } from '../../../shared/ui/i18n';
import { msg } from '../i18n/i18n';
import type { ProtocolError } from '../messages';

export function refusalText(t: Translate, error: ProtocolError): string {
  if ((CORE_ERROR_CODES as readonly string[]).includes(error.code)) return coreErrorMessage(t, error.code);
  switch (error.code) {
    case 'no-meeting':
      return msg('errNoMeeting');
    case 'roster-damaged':
      return msg('errRosterDamaged');
    case 'roster-unsaved':
      return msg('errRosterUnsaved');
    case 'forbidden-sender':
    case 'malformed':
      return msg('errRefused');
    default:
      return msg('errFailed');
  }
}
