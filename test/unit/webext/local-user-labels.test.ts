import { strict as assert } from 'node:assert';
import { cleanName, markedLocal } from '../../../webext/src/content/adapters/adapter';
import { LOCAL_USER_SUFFIXES, splitLocalSuffix, TEAMS_SELF_VIDEO_LABELS, teamsSelfVideoName, type PageLanguage } from '../../../webext/src/content/adapters/local-user-labels';

/** What each page language shows after the local name (Meet's "you" form, Zoom's and Jitsi's "me" form), as issue 13 lists them. */
const SUFFIX_CASES: [PageLanguage, string, string][] = [
  ['en', 'Ana (You)', 'Ana'],
  ['en', 'Ada (me)', 'Ada'],
  ['en', 'Ana (Host, me)', 'Ana'],
  ['de', 'Ana (Du)', 'Ana'],
  ['de', 'Ana (Ich)', 'Ana'],
  ['de', 'Ana (Sie)', 'Ana'],
  ['fr', 'Ana (Vous)', 'Ana'],
  ['fr', 'Ana (moi)', 'Ana'],
  ['fr', 'Ana (Hôte, moi)', 'Ana'],
  ['es', 'Ana (Tú)', 'Ana'],
  ['es', 'Ana (yo)', 'Ana'],
  ['pt-BR', 'Ana (Você)', 'Ana'],
  ['pt-BR', 'Ana (eu)', 'Ana'],
  ['it', 'Ana (Tu)', 'Ana'],
  ['it', 'Ana (io)', 'Ana'],
  ['nl', 'Ana (Jij)', 'Ana'],
  ['nl', 'Ana (ik)', 'Ana'],
  ['pl', 'Ana (Ty)', 'Ana'],
  ['pl', 'Ana (ja)', 'Ana'],
];

const TEAMS_CASES: [PageLanguage, string, string][] = [
  ['en', 'Myself video, Ana Lima, Unmuted, Has context menu', 'Ana Lima'],
  ['de', 'Mein Video, Ana Lima, Stummgeschaltet', 'Ana Lima'],
  ['fr', 'Ma vidéo, Ana Lima, Son coupé', 'Ana Lima'],
  ['es', 'Mi vídeo, Ana Lima, Silenciado', 'Ana Lima'],
  ['pt-BR', 'Meu vídeo, Ana Lima, Com mudo', 'Ana Lima'],
  ['it', 'Il mio video, Ana Lima, Audio disattivato', 'Ana Lima'],
  ['nl', 'Mijn video, Ana Lima, Gedempt', 'Ana Lima'],
  ['pl', 'Moje wideo, Ana Lima, Wyciszono', 'Ana Lima'],
];

describe('local-user labels of call pages, per language', () => {
  it('covers English, German, French, Spanish, Brazilian Portuguese, Italian, Dutch and Polish in both tables', () => {
    const wanted = ['en', 'de', 'fr', 'es', 'pt-BR', 'it', 'nl', 'pl'];
    assert.deepEqual(Object.keys(LOCAL_USER_SUFFIXES).sort(), [...wanted].sort());
    assert.deepEqual(Object.keys(TEAMS_SELF_VIDEO_LABELS).sort(), [...wanted].sort());
    for (const lang of wanted) {
      assert.ok(SUFFIX_CASES.some(([l]) => l === lang), `a suffix case for ${lang}`);
      assert.ok(TEAMS_CASES.some(([l]) => l === lang), `a Teams case for ${lang}`);
    }
  });

  for (const [lang, shown, name] of SUFFIX_CASES) {
    it(`${lang}: "${shown}" is the local user ${name}`, () => {
      assert.deepEqual(splitLocalSuffix(shown), { name, local: true });
      assert.equal(cleanName(shown), name);
      assert.equal(markedLocal(shown), true);
      // Case and the composed/decomposed form of accents do not matter.
      assert.equal(markedLocal(shown.toUpperCase()), true);
      assert.equal(markedLocal(shown.normalize('NFD')), true);
    });
  }

  it('leaves names without a local mark as they are (other roles, words inside names, no parentheses)', () => {
    for (const shown of ['Ben (Gast)', 'Ben (Host)', 'Youssef', 'Moi Chen', 'Ja Rule', 'Ana (you know who) Lima', 'Ik (guest)', 'Tú', '(Du) Ana', 'Ana (Duo)', 'Ana ()']) {
      assert.equal(markedLocal(shown), false, shown);
      assert.equal(cleanName(shown), shown.trim(), shown);
    }
  });

  for (const [lang, label, name] of TEAMS_CASES) {
    it(`${lang}: the Teams label "${label}" names the local user ${name}`, () => {
      assert.equal(teamsSelfVideoName(label), name);
    });
  }

  it('reads no local user from other Teams labels', () => {
    for (const label of ['Ana Lima, Muted, Context menu is available', 'Myself video', 'Mein Video,', 'Ana, Myself video', '']) assert.equal(teamsSelfVideoName(label), null, label);
  });
});
