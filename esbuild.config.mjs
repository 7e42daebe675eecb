// One build for every bundle Roundtable ships. Named targets, one per runtime:
//
//   extension      VS Code extension host (CommonJS, node, `vscode` external)
//   extension-web  the same extension for vscode.dev / code-server's browser host (`browser` entry)
//   webview        the Preact sidebar + summary panel rendered inside VS Code webviews
//   webext         the browser extension: worker, content scripts, pages, manifests (chrome + firefox)
//   cli            dist/cli.js, the `roundtable` command
//   tests          the VS Code integration suite, bundled to run inside a real extension host
//
// Usage: node esbuild.config.mjs [--production] [--watch] [--only name,name] [--metafile]
// --production minifies; source maps are always written (linked) so stack traces stay readable.
// --metafile writes each target's esbuild metafile to dist/meta/<target>.json (which module puts
// how many bytes into which output: https://esbuild.github.io/analyze/ reads it).
import * as esbuild from 'esbuild';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(fileURLToPath(import.meta.url));
const argv = process.argv.slice(2);
const production = argv.includes('--production');
const watch = argv.includes('--watch');
const onlyArg = argv.find((a) => a.startsWith('--only'));
const only = onlyArg ? (onlyArg.split('=')[1] ?? argv[argv.indexOf(onlyArg) + 1]).split(',') : null;

const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
const dist = path.join(root, 'dist');

const common = {
  bundle: true,
  minify: production,
  sourcemap: 'linked',
  logLevel: 'warning',
  legalComments: 'none',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  define: { __VERSION__: JSON.stringify(pkg.version) },
};

/** Entry points that exist; lets a target list files that land later without breaking the build. */
function present(entries) {
  const out = {};
  for (const [name, file] of Object.entries(entries)) if (existsSync(path.join(root, file))) out[name] = path.join(root, file);
  return out;
}

/** Every entry point, or a clear error: a moved page must not silently drop out of the extension (its .html would load nothing). */
function required(entries) {
  const missing = Object.entries(entries).filter(([, file]) => !existsSync(path.join(root, file)));
  if (missing.length) throw new Error(`entry points missing: ${missing.map(([n, f]) => `${n} (${f})`).join(', ')}`);
  return present(entries);
}

const BROWSERS = ['chrome', 'firefox'];

/** Deep merge used for the manifest patches: objects merge, arrays and scalars replace. */
function merge(base, patch) {
  if (Array.isArray(patch) || typeof patch !== 'object' || patch === null) return patch;
  const out = { ...base };
  for (const [k, v] of Object.entries(patch)) out[k] = v === null ? undefined : merge(base?.[k], v);
  return out;
}

/** Extension pages generated from webext/static/page.template.html: page name -> bundle (its .js and .css). */
const PAGE_TEMPLATE = 'page.template.html';
const EXTENSION_PAGES = { sidepanel: 'sidepanel', popup: 'popup', summary: 'summary', roster: 'team', playbook: 'team', trends: 'team', welcome: 'welcome' };

/** The extension pages' bundles (each page's .html names one, EXTENSION_PAGES) and the folder of the chunks they share. */
const PAGE_BUNDLES = {
  sidepanel: 'webext/src/pages/sidepanel.tsx',
  popup: 'webext/src/pages/popup.tsx',
  summary: 'webext/src/pages/summary.tsx',
  team: 'webext/src/pages/team/team.tsx',
  welcome: 'webext/src/pages/welcome.tsx',
};
const PAGE_CHUNKS = 'chunks';

/**
 * Modules a page must not load before its first render (the build fails if one does): what only a
 * lazily loaded part of the page needs, kept out by the import rules in README, *Bundles*.
 */
const NOT_UP_FRONT = {
  sidepanel: [
    'shared/core/l10n/core-messages.ts',
    'shared/core/record/validate.ts',
    // The live part (live-meeting.tsx, LIVE_PART): the fold, the live view.
    'shared/core/meeting/time-ordered-fold.ts',
    'shared/core/meeting/meeting-state.ts',
    'shared/core/talk/floor.ts',
    'shared/ui/meeting-model.ts',
    'shared/ui/live-panel.tsx',
    'shared/ui/balance-bars.tsx',
    'shared/ui/milestones.ts',
    'webext/src/pages/health-banner.tsx',
  ],
};

/**
 * Modules a page must load neither up front nor with its LIVE_PART (the build fails if it does):
 * what only its later parts need, or nothing. The record's validator: the pages take the worker's
 * word for the events it pushes (webext/src/views.ts, checkedByWorker). The decision views: the
 * leadership panel's (shared/ui/model-views.ts). What the live region says: loaded after the live
 * part (live-meeting.tsx), as the first render only takes the announcer's baseline. The fold's
 * parts (core meeting-parts.ts: the agenda, decision trail and debrief's fold, the trail's talk
 * marks, the agenda's view): loaded after the live part, their events held until then
 * (FoldedModel.waitFor).
 */
const NOT_AT_START = {
  sidepanel: [
    'shared/core/l10n/core-messages.ts',
    'shared/core/record/validate.ts',
    'shared/core/summary/leadership-summary.ts',
    'shared/core/decisions/decision-view.ts',
    'shared/ui/announcement.ts',
    'shared/core/meeting/meeting-parts.ts',
    'shared/core/agenda/agenda-state.ts',
    'shared/core/decisions/decision-trail.ts',
    'shared/core/talk/talk-marks.ts',
    'shared/core/debrief/debrief-answers.ts',
    'shared/core/agenda/agenda-view.ts',
  ],
};

/**
 * A part a page imports as it starts, beside its connection to the worker, and renders once both
 * are there (the side panel's live meeting: README, *Bundles*). Printed as `+ n KiB at start`: what
 * the page loads, beyond its first load, before it can show the meeting.
 */
const LIVE_PART = {
  sidepanel: 'webext/src/pages/live-meeting.tsx',
};

/**
 * Pages get the browser's own promise-based namespace instead of webextension-polyfill (9.5 KiB
 * minified), chosen as the polyfill chooses: `browser` where the browser has one (Firefox, where
 * the polyfill only re-exports it), else `chrome`, which in Chrome 120 returns promises from every
 * API the pages call. What the polyfill adds in Chrome, message listeners that answer with a
 * promise, no page uses: their listeners never answer. The worker and content script keep it.
 */
const nativeBrowser = {
  name: 'native-browser',
  setup(b) {
    b.onResolve({ filter: /^webextension-polyfill$/ }, () => ({ path: 'webextension-polyfill', namespace: 'native-browser' }));
    b.onLoad({ filter: /.*/, namespace: 'native-browser' }, () => ({
      contents: 'export default globalThis.browser?.runtime?.id ? globalThis.browser : globalThis.chrome;',
      loader: 'js',
    }));
  },
};

/**
 * shared/core is pure (handbook: a module does nothing when imported but declare),
 * and the build says so to esbuild (sideEffects: false, as a package.json may): a page's chunks
 * then follow what the page uses, not every file it imports. Without it a module imported up front
 * for one export brings into the first load each module it imports that a lazily loaded part uses
 * (shared/ui's catalogue → the core's agenda vocabulary → the core's English catalogue, which only
 * the agenda and debrief forms need). Stylesheets keep their side effect.
 */
const PURE_FOLDERS = [path.join(root, 'shared', 'core') + path.sep];
const pureModules = {
  name: 'pure-modules',
  setup(b) {
    b.onResolve({ filter: /^\./ }, async (args) => {
      if (args.pluginData?.pureModules) return undefined;
      const r = await b.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: { pureModules: true } });
      if (r.errors.length || r.path.endsWith('.css') || !PURE_FOLDERS.some((f) => r.path.startsWith(f))) return undefined;
      return { ...r, sideEffects: false };
    });
  },
};

/**
 * Empties a page's chunk folder before each build, so chunks of earlier builds (other hashes) are
 * not shipped, and fails the build if a chunk has CSS of its own: only the page's stylesheet is
 * linked, so CSS imported by a lazily loaded module alone would never apply (import it from the page).
 */
function pageChunks(dir) {
  return {
    name: 'page-chunks',
    setup(b) {
      b.onStart(() => rm(dir, { recursive: true, force: true }));
      b.onEnd((result) => {
        const css = Object.keys(result.metafile?.outputs ?? {}).filter((f) => f.endsWith('.css') && path.resolve(root, f).startsWith(dir));
        if (css.length) result.errors.push({ text: `CSS only a lazily loaded module imports is never loaded: ${css.join(', ')} (import it from the page's entry)` });
      });
    },
  };
}

/**
 * The output files `file` imports by `kind` ('import-statement': static; 'dynamic-import': the
 * chunks it imports on demand), each with everything it imports statically in turn.
 */
function importClosure(outputs, file, kind, seen = new Set()) {
  for (const i of outputs[file]?.imports ?? []) if (i.kind === kind && !i.external && !seen.has(i.path)) seen.add(i.path) && importClosure(outputs, i.path, 'import-statement', seen);
  return seen;
}

/** A page's LIVE_PART as an output file and the chunks it imports statically that the first load does not hold (none: no live part). */
function livePartFiles(outputs, page, loaded) {
  const livePart = Object.keys(outputs).find((f) => LIVE_PART[page] && outputs[f].entryPoint === LIVE_PART[page]);
  return livePart ? [livePart, ...importClosure(outputs, livePart, 'import-statement')].filter((f) => !loaded.has(f)) : [];
}

/**
 * Writes the extension pages of one bundle from webext/static/page.template.html: its script and
 * stylesheet (no inline script or style, as the pages' CSP requires) and a modulepreload link for
 * each chunk it imports statically and for its LIVE_PART with that part's chunks. Without them the
 * browser finds each chunk only once it has parsed its importer (two waits in a row for the side
 * panel's live part, three before its first file arrived: README, *Bundles*).
 */
function pageHtml(browser, bundle) {
  const out = path.join(dist, 'webext', browser);
  return {
    name: 'page-html',
    setup(b) {
      b.onEnd(async (result) => {
        const outputs = result.metafile?.outputs;
        const entry = outputs && Object.keys(outputs).find((f) => outputs[f].entryPoint && path.basename(f) === `${bundle}.js`);
        if (!entry) return;
        const loaded = new Set([entry, ...importClosure(outputs, entry, 'import-statement')]);
        const early = [...[...loaded].filter((f) => f !== entry), ...livePartFiles(outputs, bundle, loaded)];
        const links = early.map((f) => `  <link rel="modulepreload" href="${path.relative(out, path.resolve(root, f)).split(path.sep).join('/')}">\n`).join('');
        const template = await readFile(path.join(root, 'webext/static', PAGE_TEMPLATE), 'utf8');
        for (const [page, pageBundle] of Object.entries(EXTENSION_PAGES))
          if (pageBundle === bundle) await writeFile(path.join(out, `${page}.html`), template.replaceAll('{{bundle}}', bundle).replace('{{preload}}\n', links));
      });
    },
  };
}

/** A TypeScript module's exports, bundled for node on the fly (the catalogs are TypeScript). */
async function importTs(file) {
  const built = await esbuild.build({ entryPoints: [path.join(root, file)], bundle: true, write: false, format: 'esm', platform: 'node', logLevel: 'error' });
  return import(`data:text/javascript;base64,${Buffer.from(built.outputFiles[0].text).toString('base64')}`);
}

/** Translation files, one flat JSON per language per catalogue: `{ lang: { ui?, webext? } }`. */
const TRANSLATION_DIRS = { ui: 'shared/ui/locales', webext: 'webext/locales', core: 'shared/core/locales' };
async function translations() {
  const out = {};
  for (const [catalog, dir] of Object.entries(TRANSLATION_DIRS)) {
    if (!existsSync(path.join(root, dir))) continue;
    for (const f of await readdir(path.join(root, dir))) {
      const m = /^(.+)\.json$/.exec(f);
      if (m) (out[m[1]] ??= {})[catalog] = JSON.parse(await readFile(path.join(root, dir, f), 'utf8'));
    }
  }
  return out;
}

/** Writes manifest.json (base + browser patch), copies static files, generates the pages, icons and _locales. */
async function webextAssets(browser) {
  const out = path.join(dist, 'webext', browser);
  await mkdir(out, { recursive: true });
  const base = JSON.parse(await readFile(path.join(root, 'webext/manifest/base.json'), 'utf8'));
  const patch = JSON.parse(await readFile(path.join(root, `webext/manifest/${browser}.json`), 'utf8'));
  const manifest = merge(base, patch);
  manifest.version = pkg.version;
  await writeFile(path.join(out, 'manifest.json'), JSON.stringify(manifest, null, 2));
  const statics = path.join(root, 'webext', 'static');
  if (existsSync(statics)) await cp(statics, out, { recursive: true, filter: (f) => !f.endsWith(PAGE_TEMPLATE) });
  // The extension pages (their .html) are written by their bundle's build: pageHtml.
  // Messages are generated from the catalogs (webext/src/i18n/locale-catalog.ts), never hand-copied:
  // English from the TypeScript sources, each other language from its two flat translation files.
  const { englishLocale, browserLocale } = await importTs('webext/src/i18n/locale-catalog.ts');
  const locales = { en: englishLocale() };
  for (const [lang, files] of Object.entries(await translations())) if (files.webext || files.ui || files.core) locales[lang] = browserLocale(lang, files.webext ?? {}, files.ui ?? {}, files.core ?? {});
  for (const [lang, messages] of Object.entries(locales)) {
    // Browsers name locale folders with an underscore and a capital region (pt_BR), whatever the file's case (VS Code's pt-br).
    const dir = path.join(out, '_locales', Intl.getCanonicalLocales(lang)[0].replace('-', '_'));
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'messages.json'), JSON.stringify(messages, null, 2));
  }
  // The same catalogues as modules, for a page whose process the browser left without them
  // (webext/src/i18n/lost-catalogue.ts): imported only then, from the extension itself.
  const pageLocales = path.join(out, 'page-locales');
  await mkdir(pageLocales, { recursive: true });
  for (const [lang, messages] of Object.entries(locales)) {
    const texts = Object.fromEntries(Object.entries(messages).map(([name, { message }]) => [name, message]));
    await writeFile(path.join(pageLocales, `${lang.toLowerCase()}.js`), `export default ${JSON.stringify(texts)};\n`);
  }
  // Each core translation as a module of its own, imported by a page only when the records
  // language differs from the UI's (webext/src/i18n/core-text.ts): the pages' CSP allows no fetch.
  const recordsLocales = path.join(out, 'records-locales');
  await mkdir(recordsLocales, { recursive: true });
  for (const [lang, files] of Object.entries(await translations())) if (files.core) await writeFile(path.join(recordsLocales, `${lang.toLowerCase()}.js`), `export default ${JSON.stringify(files.core)};\n`);
  const icons = path.join(root, 'media', 'icons');
  if (existsSync(icons)) await cp(icons, path.join(out, 'icons'), { recursive: true });
}

/**
 * shared/ui's translations for VS Code's webviews (extension/src/ui-locale.ts) and the core's for
 * the files it writes (extension/src/records-text.ts), read by the host instead of bundled: named
 * in lower case, as vscode.env.language is.
 */
async function vscodeLocales() {
  const all = await translations();
  // shared/ui's agenda words are the core's (shared/core/l10n/vocabulary.ts): merged in from its translation.
  const { withVocabulary } = await importTs('shared/core/l10n/vocabulary.ts');
  const text = { ui: (files) => withVocabulary(files.ui, files.core ?? {}), core: (files) => files.core };
  for (const [catalog, folder] of [['ui', 'ui-locales'], ['core', 'core-locales']]) {
    const out = path.join(dist, 'extension', folder);
    await rm(out, { recursive: true, force: true });
    await mkdir(out, { recursive: true });
    for (const [lang, files] of Object.entries(all)) if (files[catalog]) await writeFile(path.join(out, `${lang.toLowerCase()}.json`), JSON.stringify(text[catalog](files)));
  }
}

const targets = {
  extension: () => ({
    ...common,
    entryPoints: present({ extension: 'extension/src/extension.ts' }),
    outdir: path.join(dist, 'extension'),
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // ws loads these optional native speed-ups inside try/catch; the link works without them.
    external: ['vscode', 'bufferutil', 'utf-8-validate'],
  }),
  'extension-web': () => ({
    ...common,
    entryPoints: present({ 'web-extension': 'extension/src/web-extension.ts' }),
    outdir: path.join(dist, 'extension'),
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
  }),
  webview: () => ({
    ...common,
    entryPoints: present({ webview: 'extension/webview/main.tsx' }),
    outdir: path.join(dist, 'extension'),
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    plugins: [{ name: 'vscode-locales', setup: (b) => b.onEnd(() => vscodeLocales()) }],
  }),
  cli: () => ({
    ...common,
    entryPoints: present({ cli: 'shared/cli/main.ts' }),
    outdir: dist,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  }),
  tests: () => ({
    ...common,
    minify: false,
    entryPoints: present({ index: 'extension/test/suite/index.ts' }),
    outdir: path.join(dist, 'extension-tests'),
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode', 'mocha'],
  }),
  // Two esbuild contexts per browser, both with __BROWSER__ set so Chrome-only code (sidePanel)
  // is dropped from the Firefox build at compile time: the classic scripts (worker, content
  // script, the demo call) and the extension pages.
  ...Object.fromEntries(
    BROWSERS.flatMap((browser) => [
      [
        `webext-${browser}`,
        () => ({
          ...common,
          define: { ...common.define, __BROWSER__: JSON.stringify(browser) },
          entryPoints: required({
            background: 'webext/src/background/main.ts',
            content: 'webext/src/content/main.ts',
            demo: 'webext/src/demo/demo-call.ts',
          }),
          outdir: path.join(dist, 'webext', browser),
          platform: 'browser',
          format: 'iife',
          target: ['chrome120', 'firefox128'],
          // The demo shares the pages' i18n.ts, whose lost-catalogue loader (unused here) names these.
          external: ['/page-locales/*'],
          plugins: [{ name: 'assets', setup: (b) => b.onEnd(() => webextAssets(browser)) }],
        }),
      ],
      // Each page is an ES module (`<script type="module">`, 'self' under the pages' CSP) split
      // into chunks, so it loads its own code up front and the rest (the side panel's leadership
      // panel, settings, forms: webext/src/pages/lazy.tsx) after its first render. One context per
      // page: chunks shared between pages would keep every export any page uses (no tree shaking
      // across entries; the side panel loaded 12 KiB more). Pages get the browser's own namespace
      // for webextension-polyfill (nativeBrowser).
      ...Object.entries(PAGE_BUNDLES).map(([page, file]) => [
        `webext-pages-${browser}-${page}`,
        () => ({
          ...common,
          define: { ...common.define, __BROWSER__: JSON.stringify(browser) },
          entryPoints: required({ [page]: file }),
          outdir: path.join(dist, 'webext', browser),
          chunkNames: `${PAGE_CHUNKS}/${page}/[name]-[hash]`,
          platform: 'browser',
          format: 'esm',
          splitting: true,
          target: ['chrome120', 'firefox128'],
          // The records languages' and the catalogues' modules, written by webextAssets and imported on demand by the pages.
          external: ['/records-locales/*', '/page-locales/*'],
          plugins: [nativeBrowser, pureModules, pageChunks(path.join(dist, 'webext', browser, PAGE_CHUNKS, page)), pageHtml(browser, page)],
        }),
      ]),
    ]),
  ),
};

const names = Object.keys(targets).filter((n) => !only || only.some((o) => n === o || n.startsWith(`${o}-`)));
if (!only) await rm(dist, { recursive: true, force: true });

const started = Date.now();
const contexts = [];
for (const name of names) {
  const options = targets[name]();
  if (Object.keys(options.entryPoints).length === 0) continue;
  contexts.push([name, await esbuild.context({ ...options, metafile: true })]);
}
if (watch) {
  await Promise.all(contexts.map(([, ctx]) => ctx.watch()));
  console.log(`watching ${contexts.map(([n]) => n).join(', ')}`);
} else {
  const results = await Promise.all(contexts.map(async ([name, ctx]) => [name, await ctx.rebuild()]));
  await Promise.all(contexts.map(([, ctx]) => ctx.dispose()));
  // A page's size is what it loads before it first renders: its bundle and the chunks it imports
  // statically (`+ n KiB at start`: its LIVE_PART, imported as it starts; `+ n KiB later`: the
  // chunks it imports on demand).
  const sizes = [];
  for (const [name, result] of results) {
    const outputs = result.metafile.outputs;
    const closure = (file, kind) => importClosure(outputs, file, kind);
    const kib = (files) => ([...files].reduce((n, f) => n + outputs[f].bytes, 0) / 1024).toFixed(1).padStart(7);
    for (const [file, info] of Object.entries(outputs)) {
      if (!file.endsWith('.js') || !info.entryPoint || file.includes(`/${PAGE_CHUNKS}/`)) continue;
      const loaded = new Set([file, ...closure(file, 'import-statement')]);
      const page = path.basename(file, '.js');
      const atStart = new Set(livePartFiles(outputs, page, loaded));
      if (LIVE_PART[page] && !atStart.size) {
        console.error(`${path.relative(root, file)}: its live part ${LIVE_PART[page]} is not a chunk of its own (README, *Bundles*)`);
        process.exitCode = 1;
      }
      const later = new Set([...loaded, ...atStart].flatMap((f) => [...closure(f, 'dynamic-import')]).flatMap((f) => [f, ...closure(f, 'import-statement')]).filter((f) => !loaded.has(f) && !atStart.has(f)));
      const parts = [`own ${kib([file]).trim()}`, ...(atStart.size ? [`+ ${kib(atStart).trim()} KiB at start`] : []), ...(later.size ? [`+ ${kib(later).trim()} KiB later`] : [])];
      const split = loaded.size > 1 || later.size ? ` (${parts.join(', ')})` : '';
      sizes.push(`${name.padEnd(30)} ${path.relative(root, file).padEnd(38)} ${kib(loaded)} KiB${split}`);
      const early = (NOT_UP_FRONT[page] ?? []).filter((m) => [...loaded].some((f) => outputs[f].inputs[m]?.bytesInOutput));
      if (early.length) {
        console.error(`${path.relative(root, file)} loads ${early.join(', ')} before its first render (README, *Bundles*: what a page loads)`);
        process.exitCode = 1;
      }
      const withLive = (NOT_AT_START[page] ?? []).filter((m) => [...atStart].some((f) => outputs[f].inputs[m]?.bytesInOutput));
      if (withLive.length) {
        console.error(`${path.relative(root, file)} loads ${withLive.join(', ')} with its live part, before it shows the meeting (README, *Bundles*: what a page loads)`);
        process.exitCode = 1;
      }
    }
  }
  if (!argv.includes('--quiet')) console.log(sizes.join('\n'));
  if (argv.includes('--metafile')) {
    await mkdir(path.join(dist, 'meta'), { recursive: true });
    await Promise.all(results.map(([name, result]) => writeFile(path.join(dist, 'meta', `${name}.json`), JSON.stringify(result.metafile))));
  }
  console.log(`built ${results.length} targets in ${Date.now() - started} ms${production ? ' (production)' : ''}`);
}
