/**
 * Platform fixtures served under each platform's real address (../shared/recipes.md §1:
 * context.route), so the manifest's content-script matches apply exactly as in production.
 */
import { build } from 'esbuild';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { createMeetingState } from '../../shared/core/meeting/meeting-state';
import { foldEvents } from '../../shared/core/meeting/meeting-parts';
import { sortByTime } from '../../shared/core/record/record';
import { summarize, type Summary } from '../../shared/core/summary/summary';
import type { MeetingEvent } from '../../shared/core/record/events';
import type { SpeakingScript } from '../../webext/src/demo/demo-script';
import { PAGE_WORDS, type FixtureLanguage } from '../fixtures/platforms/page-language';
import { launch, meetingSnapshot, ROOT, type Launched, type LaunchOptions } from './harness';

export type Platform = 'meet' | 'jitsi' | 'zoom' | 'teams';

export const PLATFORM_URLS: Record<Platform, { pattern: string; url: string }> = {
  meet: { pattern: 'https://meet.google.com/**', url: 'https://meet.google.com/abc-defg-hij' },
  jitsi: { pattern: 'https://meet.jit.si/**', url: 'https://meet.jit.si/RoundtableFixture' },
  zoom: { pattern: 'https://app.zoom.us/**', url: 'https://app.zoom.us/wc/1234567890/join' },
  teams: { pattern: 'https://teams.microsoft.com/**', url: 'https://teams.microsoft.com/v2/?meetingjoin=true#/l/meetup-join/19:meeting_Zml4dHVyZQ@thread.v2/0' },
};

export type { FixtureLanguage } from '../fixtures/platforms/page-language';

/**
 * The platform's address for a fixture page in another UI language: its own meeting (a new
 * code, room, id or thread, so it never continues the English one), with the language in the
 * address where the platform puts it (Meet's `hl`).
 */
export function localisedUrl(platform: Platform, lang: FixtureLanguage): string {
  if (lang === 'en') return PLATFORM_URLS[platform].url;
  const n = lang === 'de' ? '1' : '2';
  switch (platform) {
    case 'meet':
      return `https://meet.google.com/${lang}x-defg-hij?hl=${lang}`;
    case 'jitsi':
      return `${PLATFORM_URLS.jitsi.url}-${lang}`;
    case 'zoom':
      return `https://app.zoom.us/wc/123456789${n}/join`;
    case 'teams':
      return PLATFORM_URLS.teams.url.replace('Zml4dHVyZQ', `Zml4dHVyZQ${lang}`);
  }
}

/** Fixture pages in test/fixtures/platforms/: one per platform, plus hostile ones served under a platform's address. */
export type FixtureName = Platform | 'flood';

const bundles = new Map<FixtureName, string>();

/** The fixture page: its stage bundled (esbuild) and inlined into one HTML document, in the UI language `lang`. */
export async function fixtureHtml(name: FixtureName, lang: FixtureLanguage = 'en'): Promise<string> {
  let js = bundles.get(name);
  if (!js) {
    const out = await build({ entryPoints: [path.join(ROOT, `test/fixtures/platforms/${name}.ts`)], bundle: true, write: false, format: 'iife', target: 'chrome120', logLevel: 'error' });
    js = out.outputFiles[0]!.text.replace(/<\/script/gi, '<\\/script');
    bundles.set(name, js);
  }
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${name} fixture</title></head><body><div id="call"></div><script>${js}</script></body></html>`;
}

/** Serves the fixture (the platform's own unless another is named, in English unless `lang` says) for every document under the platform's host. */
export async function routeFixture(context: BrowserContext, platform: Platform, fixture: FixtureName = platform, lang: FixtureLanguage = 'en'): Promise<void> {
  const html = await fixtureHtml(fixture, lang);
  await context.route(PLATFORM_URLS[platform].pattern, (r) => r.fulfill({ status: 200, contentType: 'text/html', body: html }));
}

/**
 * Script time 0 for a fixture about to play: far enough ahead that the page has rendered its tiles
 * before the first scripted speech. With 300 ms, a loaded machine (page.evaluate round trips of a
 * second) rendered after the first speaker began, and that speaker's talk was short by the delay.
 */
export function scriptOrigin(): number {
  return Date.now() + 1500;
}

interface FixtureWindow {
  rtFixture: { play(script: SpeakingScript, origin?: number): Promise<void>; render(people: SpeakingScript['people']): void; stopAfter(ms: number): Promise<[number, number][]> };
}

/**
 * Stops the script a fixture page plays once the page has shown its step at script time `ms`
 * (the page then stays at that moment) and returns when the page showed each step it played:
 * [script ms, epoch ms].
 */
export async function stopPlayingAfter(page: Page, ms: number): Promise<[number, number][]> {
  return page.evaluate((m) => (window as unknown as FixtureWindow).rtFixture.stopAfter(m), ms);
}

/**
 * The script as the page showed it, up to the epoch ms `until` (the call's end), in script time
 * from `origin`: each speech from the moment the page showed its start to the moment it showed its
 * end, or `until` if that came first. Under load a step's timer fires late (the page busy), and
 * the detector can only see a speech once the page shows it: this, not the script, is what the
 * extension could measure. `played`: every step of a stopped playback (stopPlayingAfter); a step
 * not in it was never shown. Equals the script cut at `until` when every timer fired on time.
 */
export function asShown(script: SpeakingScript, played: readonly (readonly [number, number])[], origin: number, until: number): SpeakingScript {
  const shownAt = (ms: number) => played.find(([m]) => m >= ms)?.[1] ?? Infinity;
  const people = script.people.map((p) => ({
    ...p,
    speaks: p.speaks
      .map(([a, b]) => [shownAt(a), Math.min(shownAt(b), until)] as const)
      .filter(([a]) => a < until)
      .map(([a, b]) => [a - origin, b - origin] as [number, number]),
  }));
  return { ...script, people, endMs: until - origin };
}

/** Plays a script on a fixture page from `origin` (epoch ms); resolves when the call has ended there. */
export async function play(page: Page, script: SpeakingScript, origin: number): Promise<void> {
  await page.waitForFunction(() => 'rtFixture' in window);
  await page.evaluate(([s, o]) => (window as unknown as FixtureWindow).rtFixture.play(s, o), [script, origin] as const);
}

/** The summary of a recorded meeting, computed by the core from the worker's IndexedDB record. */
export async function recordedSummary(extPage: Page, id: string): Promise<{ summary: Summary; events: MeetingEvent[] }> {
  const snap = await meetingSnapshot(extPage, id);
  const events = snap.events as unknown as MeetingEvent[];
  const end = snap.meeting?.endedAt ?? Date.now();
  return { summary: summarize(foldEvents(sortByTime(events), createMeetingState()), end), events };
}

/** Every local-user mark a fixture page shows after a name, in each of its languages ("me", "Du", "moi" …). */
const LOCAL_MARKS = new Set(Object.values(PAGE_WORDS).flatMap((w) => [w.meetYou, w.zoomMe, w.jitsiMe]).map((w) => w.toLowerCase()));

/** A script's name as the record keeps it: the demo script writes the local mark into the name ("Ada (me)"). */
export const withoutLocalMark = (name: string) => {
  const m = /^(.*?)\s*\(([^()]*)\)$/u.exec(name);
  return m && LOCAL_MARKS.has(m[2]!.toLowerCase()) ? m[1]! : name;
};

/** Per-person error (measured − scripted), matching people by display name. */
export function talkErrors(summary: Summary, script: SpeakingScript): Map<string, number> {
  const out = new Map<string, number>();
  for (const p of script.people) {
    const expected = p.speaks.reduce((s, [a, b]) => s + (b - a), 0);
    const name = withoutLocalMark(p.name);
    const got = summary.participants.find((x) => x.name === name);
    out.set(name, got ? got.talkMs - expected : Number.NaN);
  }
  return out;
}

/**
 * A browser with the extension whose `platform` call URL serves a fixture (`fixture`: another
 * than the platform's own, e.g. 'flood'). Here rather than in harness.ts, which this file imports.
 */
export async function launchWithFixture(platform: Platform, options: LaunchOptions & { fixture?: FixtureName } = {}): Promise<Launched> {
  const { fixture = platform, ...launchOptions } = options;
  const b = await launch(launchOptions);
  try {
    await routeFixture(b.context, platform, fixture);
  } catch (e) {
    await b.close();
    throw e;
  }
  return b;
}

/** For a describe block: one browser with the extension and `platform`'s fixture routed, launched before its tests and closed after. */
export function browserWithFixture(platform: Platform): () => Launched {
  let b: Launched | undefined;
  before(async () => {
    b = await launchWithFixture(platform);
  });
  after(async () => {
    await b?.close();
  });
  return () => b!;
}
