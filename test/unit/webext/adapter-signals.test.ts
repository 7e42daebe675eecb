import { strict as assert } from 'node:assert';
import { JITSI_SIGNALS } from '../../../webext/src/content/adapters/jitsi';
import { MEET_SIGNALS } from '../../../webext/src/content/adapters/meet';
import { TEAMS_SIGNALS } from '../../../webext/src/content/adapters/teams';
import { ZOOM_SIGNALS } from '../../../webext/src/content/adapters/zoom';

/** Attributes whose values the platforms translate: a selector on them works in one UI language only. */
const TRANSLATED_ATTRIBUTES = /\[\s*(aria-label|aria-description|title|alt|placeholder|aria-roledescription)\b/i;

describe('adapter signal tables read no translated text (issue 13 item 3)', () => {
  const tables = { meet: MEET_SIGNALS, jitsi: JITSI_SIGNALS, zoom: ZOOM_SIGNALS, teams: TEAMS_SIGNALS };
  for (const [platform, table] of Object.entries(tables))
    it(`${platform}: no candidate selects on aria-label, title, alt or placeholder`, () => {
      const selectors = Object.values(table as Record<string, unknown[]>)
        .flat()
        .map((c) => (typeof c === 'string' ? c : (c as { selector: string }).selector));
      assert.ok(selectors.length > 0);
      for (const s of selectors) assert.doesNotMatch(s, TRANSLATED_ATTRIBUTES, `${platform}: ${s}`);
    });
  it('the check catches the selector Jitsi used before', () => {
    assert.match('[aria-label^="Pin "]', TRANSLATED_ATTRIBUTES);
  });
});
