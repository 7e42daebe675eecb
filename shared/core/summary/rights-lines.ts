/**
 * A decision's rights as the summary's Markdown bullet lines (initiator, deciders, contributors,
 * informed), shared by the plain decision list and the decision trail so both read alike.
 */
import type { DecisionRights, Pid } from '../record/events';
import type { CoreText } from '../l10n/core-text';

export function rightsLines(rights: DecisionRights, name: (pid: Pid) => string, text: CoreText): string[] {
  const { t } = text;
  return [
    `- ${t('decision.initiator', rights.initiator === null ? t('list.none') : name(rights.initiator))}`,
    `- ${t('decision.deciders', text.list(rights.deciders.map(name)))}`,
    `- ${t('decision.contributors', text.list(rights.contributors.map(name)))}`,
    `- ${t('decision.informed', text.list(rights.informed.map(name)))}`,
  ];
}
