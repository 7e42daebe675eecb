// The browser's time-box pieces that need no browser: the badge's wording and colours, the
// settings sanitiser, and the unbound-shortcut check. Table-driven.
import assert from 'node:assert/strict';
import { BADGE_COLORS, badgeFor } from '../../../webext/src/background/badge';
import { DEFAULT_SETTINGS, sanitizeSettings } from '../../../webext/src/storage/settings';
import { unboundShortcuts } from '../../../webext/src/pages/unbound-shortcuts';

const texts = {
  left: (n: string, c: string) => `${n} ${c} left`,
  up: (n: string, c: string) => `up ${n} ${c}`,
  paused: (n: string, c: string) => `paused ${n} ${c}`,
  idle: 'Roundtable',
};
const timer = (remainingMs: number, paused = false) => ({ remainingMs, totalMs: 60_000, paused, warnMs: 15_000 });

describe('webext/badge', () => {
  const table: [string, ReturnType<typeof timer> | null, { text: string; color: string; title: string }][] = [
    ['no box: empty', null, { text: '', color: BADGE_COLORS.running, title: 'Roundtable' }],
    ['running', timer(42_000), { text: '0:42', color: BADGE_COLORS.running, title: 'Ada 0:42 left' }],
    ['part seconds round up, like the panel', timer(41_001), { text: '0:42', color: BADGE_COLORS.running, title: 'Ada 0:42 left' }],
    ['warning time: amber', timer(15_000), { text: '0:15', color: BADGE_COLORS.warning, title: 'Ada 0:15 left' }],
    ['long boxes in minutes', timer(725_000), { text: '12m', color: BADGE_COLORS.running, title: 'Ada 12m left' }],
    ['time up: red, and the text changes', timer(0), { text: '+0', color: BADGE_COLORS.over, title: 'up Ada +0:00' }],
    ['over: "+" seconds, the tooltip rounding as the text does', timer(-12_400), { text: '+12', color: BADGE_COLORS.over, title: 'up Ada +0:12' }],
    ['just over: "+0" in both', timer(-999), { text: '+0', color: BADGE_COLORS.over, title: 'up Ada +0:00' }],
    ['far over: "+" minutes', timer(-185_000), { text: '+3m', color: BADGE_COLORS.over, title: 'up Ada +3:05' }],
    ['paused', timer(30_000, true), { text: '0:30', color: BADGE_COLORS.paused, title: 'paused Ada 0:30' }],
  ];
  for (const [name, t, want] of table) it(name, () => assert.deepEqual(badgeFor(t, 'Ada', texts), want));
  it('the tooltip says the same whole seconds over time as the badge text, at every 100 ms of the first 100 s', () => {
    for (let ms = 0; ms < 100_000; ms += 100) {
      const b = badgeFor(timer(-ms), 'Ada', texts);
      const [, m, s] = /^up Ada \+(\d+):(\d\d)$/.exec(b.title)!;
      assert.equal(`+${Number(m) * 60 + Number(s)}`, b.text, `${ms} ms over`);
    }
  });
});

describe('webext/settings sanitiser', () => {
  const table: [string, unknown, Partial<typeof DEFAULT_SETTINGS>][] = [
    ['nothing stored: defaults', undefined, DEFAULT_SETTINGS],
    ['good values kept', { warnSeconds: 30, extendSeconds: [45, 90], chime: 'clear' }, { warnSeconds: 30, extendSeconds: [45, 90], chime: 'clear' }],
    ['bad warning time falls back', { warnSeconds: -1 }, { warnSeconds: 15 }],
    ['fractional warning time falls back', { warnSeconds: 2.5 }, { warnSeconds: 15 }],
    ['bad presets dropped, duplicates merged, three at most', { extendSeconds: [0, 30, 'x', 30, 60, 90, 120] }, { extendSeconds: [30, 60, 90] }],
    ['no usable preset: defaults', { extendSeconds: 'lots' }, { extendSeconds: [30, 60, 120] }],
    ['unknown tone: off', { chime: 'loud' }, { chime: 'off' }],
    ['not an object: defaults', 'garbage', DEFAULT_SETTINGS],
    ['records language: a language with words kept', { recordsLanguage: 'pt-BR' }, { recordsLanguage: 'pt-BR' }],
    ['records language: none by default (the UI language)', {}, { recordsLanguage: '' }],
    ['records language without words (or VS Code\'s spelling): the UI language', { recordsLanguage: 'it' }, { recordsLanguage: '' }],
  ];
  for (const [name, stored, want] of table)
    it(name, () => {
      const got = sanitizeSettings(stored as Parameters<typeof sanitizeSettings>[0]);
      for (const [k, v] of Object.entries(want)) assert.deepEqual(got[k as keyof typeof got], v, k);
    });
});

describe('webext/unbound shortcuts', () => {
  const manifest = {
    commands: {
      'next-speaker': { suggested_key: { default: 'Alt+Shift+N' } },
      'toggle-pause': { suggested_key: { default: 'Alt+Shift+P' } },
      'pass-turn': {},
    },
  };
  it('names each suggested key that came up empty, with what it does', () => {
    const bound = [
      { name: 'next-speaker', shortcut: '', description: 'Next speaker' },
      { name: 'toggle-pause', shortcut: 'Alt+Shift+P' },
      { name: 'pass-turn', shortcut: '' },
    ];
    assert.deepEqual(unboundShortcuts(manifest, bound), ['Alt+Shift+N (Next speaker)']);
  });
  it('says nothing when every suggested key is bound, or the user rebound it', () => {
    assert.deepEqual(unboundShortcuts(manifest, [{ name: 'next-speaker', shortcut: 'Ctrl+Shift+1' }, { name: 'toggle-pause', shortcut: 'Alt+Shift+P' }]), []);
  });
});
