/**
 * Localisation for shared/ui. Components never hold visible strings: they call `t(key, ...args)`
 * from the context. Shells plug in vscode.l10n or browser.i18n through `I18nProvider`; the
 * default is the English catalog, so a component rendered without a provider is still readable.
 */
import { createContext, h, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { fill } from './fill';
import { messages, type MessageKey } from './messages';

export { fill };

export { messages, type MessageKey, type Catalog } from './messages';

export type Translate = (key: MessageKey, ...args: (string | number)[]) => string;


/**
 * Builds a translator from a lookup that may miss (a shell's catalog during a partial
 * translation): missing or empty entries fall back to English.
 */
export function translator(lookup?: (key: MessageKey) => string | undefined): Translate {
  return (key, ...args) => fill(lookup?.(key) || messages[key], args);
}

export const english: Translate = translator();

const I18nContext = createContext<Translate>(english);

export function I18nProvider(props: { t: Translate; children?: ComponentChildren }) {
  return h(I18nContext.Provider, { value: props.t }, props.children);
}

export function useT(): Translate {
  return useContext(I18nContext);
}

/**
 * A translated sentence with components in its placeholders (e.g. a <Name> inside
 * "Speaking: {0}"), so word order stays the translator's choice. Private-use characters mark
 * the slots; the template itself is still plain text, never parsed as markup.
 */
export function richText(t: Translate, key: MessageKey, ...parts: ComponentChildren[]): ComponentChildren[] {
  const text = t(key, ...parts.map((_, i) => `\uE000${i}\uE001`));
  const out: ComponentChildren[] = [];
  text.split(/\uE000(\d+)\uE001/).forEach((piece, i) => {
    if (i % 2 === 1) out.push(parts[Number(piece)]);
    else if (piece) out.push(piece);
  });
  return out;
}
