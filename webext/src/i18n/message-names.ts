/** The browser message name of a shared/ui catalog key (browser names allow only [A-Za-z0-9_@]). */
export function uiMessageName(key: string): string {
  return `ui_${key.replace(/[^A-Za-z0-9]/g, '_')}`;
}

/** The browser message name of a key of the core's catalogue (shared/core/l10n/core-messages.ts: the exported Markdown's words). */
export function coreMessageName(key: string): string {
  return `core_${key.replace(/[^A-Za-z0-9]/g, '_')}`;
}

/** The browser message name of one of the extension's own keys: a plural form `<base>.<category>` becomes `<base>_<category>`. */
export function ownMessageName(key: string): string {
  return key.replace(/[^A-Za-z0-9_@]/g, '_');
}

export { CATALOG_LANGUAGE } from '../../../shared/ui/messages';
