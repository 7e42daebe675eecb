// package.json (the extension manifest) against the ids defined once in extension/src/ids.ts.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Commands, Settings, Views } from '../../../extension/src/ids.ts';
import { ACTION_KEYS, CHORD } from '../../../extension/src/key-hints.ts';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const nls = JSON.parse(readFileSync('package.nls.json', 'utf8'));
const c = pkg.contributes;

describe('extension manifest', () => {
  it('contributes exactly the commands in ids.ts, all in the Roundtable category, titles localised', () => {
    assert.deepEqual(c.commands.map((x: { command: string }) => x.command).sort(), Object.values(Commands).sort());
    for (const cmd of c.commands) {
      assert.equal(cmd.category, '%category%');
      const key = /^%(.+)%$/.exec(cmd.title)?.[1];
      assert.ok(key && typeof nls[key] === 'string', `${cmd.command} title not in package.nls.json`);
      assert.doesNotMatch(nls[key], /\p{Extended_Pictographic}/u, 'no emoji in titles');
    }
    assert.equal(nls.category, 'Roundtable');
  });

  it('every %placeholder% in the manifest has an English string', () => {
    const used = JSON.stringify(c).match(/%[\w.]+%/g) ?? [];
    for (const u of used) assert.ok(typeof nls[u.slice(1, -1)] === 'string', `${u} missing`);
  });

  it('declares the view container, the one webview view and the settings of ids.ts', () => {
    assert.equal(c.viewsContainers.activitybar[0].id, Views.container);
    assert.deepEqual(c.views[Views.container].map((v: { id: string; type: string }) => [v.id, v.type]), [[Views.sidebar, 'webview']]);
    const keys = Object.keys(c.configuration.properties).sort();
    const expected = Object.entries(Settings).filter(([k]) => k !== 'section').map(([, v]) => `${Settings.section}.${v}`).sort();
    assert.deepEqual(keys, expected);
  });

  it('binds keys only under the Ctrl+Alt+R chord, with the hints the view shows, and only to our commands', () => {
    const ours = new Set(Object.values(Commands));
    for (const kb of c.keybindings) {
      assert.ok(ours.has(kb.command), kb.command);
      assert.match(kb.key, /^ctrl\+alt\+r \S+$/);
    }
    const byCommand = new Map(c.keybindings.map((kb: { command: string; key: string }) => [kb.command, kb.key]));
    const cmdOf = { next: Commands.nextSpeaker, pass: Commands.pass, extend: Commands.extend, pause: Commands.pause, resume: Commands.resume, end: Commands.endRound };
    for (const [action, key] of Object.entries(ACTION_KEYS))
      assert.equal(byCommand.get(cmdOf[action as keyof typeof cmdOf]), `${CHORD} ${key}`.toLowerCase(), action);
    const chords = c.keybindings.map((kb: { key: string; when?: string }) => `${kb.key}|${kb.when ?? ''}`);
    assert.equal(new Set(chords).size, chords.length, 'no two bindings share a key and condition');
  });
  it('the Getting Started walkthrough: at most four steps, each completed by a command it offers and contributes, with a theme-aware image the .vsix ships', () => {
    const [walk, ...more] = c.walkthroughs as { id: string; title: string; steps: { id: string; description: string; media: { svg: string; altText: string }; completionEvents: string[] }[] }[];
    assert.ok(walk && more.length === 0, 'one walkthrough');
    assert.ok(walk.steps.length >= 1 && walk.steps.length <= 4, `${walk.steps.length} steps`);
    const contributed = new Set(c.commands.map((x: { command: string }) => x.command));
    const shipped = readFileSync('.vscodeignore', 'utf8').split('\n').filter((l) => l.startsWith('!')).map((l) => new RegExp(`^${l.slice(1).replace(/[.]/g, '\\.').replace(/\*\*/g, '.+').replace(/(?<!\.)\*/g, '[^/]+')}$`));
    for (const step of walk.steps) {
      const [event, ...others] = step.completionEvents;
      const command = /^onCommand:(.+)$/.exec(event ?? '')?.[1];
      assert.ok(command && others.length === 0 && contributed.has(command), `${step.id}: completed by one contributed command (${event})`);
      const description = nls[/^%(.+)%$/.exec(step.description)![1]!] as string;
      assert.ok(description.includes(`(command:${command})`), `${step.id}: its description offers ${command}`);
      assert.ok(shipped.some((r) => r.test(step.media.svg)), `${step.media.svg} is in the .vsix`);
      assert.match(readFileSync(step.media.svg, 'utf8'), /var\(--vscode-foreground/, `${step.media.svg} follows the theme`);
      assert.match(step.media.altText, /^%.+%$/, `${step.id}: localised alt text`);
    }
  });

  it('declares how it behaves in an untrusted workspace (it runs no workspace code: supported)', () => {
    assert.equal(pkg.capabilities?.untrustedWorkspaces?.supported, true);
  });
});
