/**
 * Writing the badge to the toolbar button (the browser's half of badge-clock.ts): its text,
 * colour and tooltip, in the extension's strings.
 */
import type { Badge } from './badge';
import { fill } from '../../../shared/ui/fill';
import { browser } from '../platform/browser';
import { strings, type StringKey } from '../i18n/strings';
import type { BadgeTexts } from './badge-clock';

/** The alarm that wakes a stopped worker while a box runs (30 s: the shortest period browsers allow). */
export const BADGE_ALARM = 'roundtable.badge';

// webext/src/i18n/i18n.ts's msg(), without the pages' UI catalogue (Preact) it also carries.
const msg = (key: StringKey, ...args: string[]) => fill(browser.i18n.getMessage(key) || strings[key], args);

export const BADGE_TEXTS: BadgeTexts = {
  left: (name, clock) => msg('badgeLeft', name, clock),
  up: (name, clock) => msg('badgeUp', name, clock),
  paused: (name, clock) => msg('badgePaused', name, clock),
  get idle() {
    return msg('actionTitle');
  },
};

export function applyBadge(badge: Badge): void {
  const action = browser.action;
  void action.setBadgeText({ text: badge.text }).catch(() => undefined);
  void action.setBadgeBackgroundColor({ color: badge.color }).catch(() => undefined);
  // Not in every browser version: the white text is the default where it is missing.
  void action.setBadgeTextColor?.({ color: '#ffffff' })?.catch(() => undefined);
  void action.setTitle({ title: badge.title }).catch(() => undefined);
}
