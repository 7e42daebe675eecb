// `npm run l10n -- todo <lang>`: what one language still lacks in every catalogue, with the
// English beside each key, as JSON to paste into the file named above it and translate. Plural
// families (`<key>.<category>`) are listed with the forms the language needs (Intl.PluralRules),
// each shown with English's `other` form. The same check as test/unit/l10n (catalogues.ts).
//
// `npm run l10n -- status`: per language and catalogue, how many keys are still to do.
import * as esbuild from 'esbuild';

const [command = 'status', lang] = process.argv.slice(2);
const built = await esbuild.build({
  stdin: { contents: "export * from './test/unit/l10n/catalogues.ts'; export { checkCatalogue } from './test/unit/l10n/catalogue-check.ts';", resolveDir: process.cwd(), loader: 'ts' },
  bundle: true, write: false, format: 'esm', platform: 'node', logLevel: 'error',
  // catalogues.ts finds the repository from its own folder.
  define: { 'import.meta.dirname': JSON.stringify(`${process.cwd()}/test/unit/l10n`) },
});
const { translations, translationsOf, checkCatalogue } = await import(`data:text/javascript;base64,${Buffer.from(built.outputFiles[0].text).toString('base64')}`);

function todo(t) {
  const english = t.catalogue.english();
  const out = {};
  for (const p of checkCatalogue(english, t.translated, t.lang, t.catalogue.forbid ? { forbid: t.catalogue.forbid } : {})) {
    const base = p.key.replace(/\.(zero|one|two|few|many|other)$/, '');
    out[p.key] = { problem: p.problem, english: english[p.key] ?? english[`${base}.other`] ?? null, ...(p.detail ? { detail: p.detail } : {}), ...(t.translated[p.key] !== undefined ? { now: t.translated[p.key] } : {}) };
  }
  return out;
}

if (command === 'todo' && lang) {
  for (const t of translationsOf(lang)) {
    const left = todo(t);
    if (Object.keys(left).length === 0) continue;
    console.log(`\n# ${t.file}: ${t.catalogue.name}, ${Object.keys(left).length} to do`);
    const missing = Object.fromEntries(Object.entries(left).filter(([, v]) => v.problem === 'missing' || v.problem === 'plural-missing').map(([k, v]) => [k, v.english]));
    if (Object.keys(missing).length) console.log(JSON.stringify(missing, null, 2));
    for (const [k, v] of Object.entries(left)) if (v.problem !== 'missing' && v.problem !== 'plural-missing') console.log(`${k}: ${v.problem}${v.detail ? ` (${v.detail})` : ''}${v.now !== undefined ? `: ${JSON.stringify(v.now)}` : ''}`);
  }
} else if (command === 'status') {
  const langs = [...new Set(translations().map((t) => t.lang))].sort();
  if (langs.length === 0) console.log('no translation files yet');
  for (const l of langs) for (const t of translationsOf(l)) console.log(`${l.padEnd(6)} ${t.file.padEnd(36)} ${String(Object.keys(todo(t)).length).padStart(4)} to do of ${Object.keys(t.catalogue.english()).length}`);
} else {
  console.error('usage: npm run l10n -- todo <lang> | status');
  process.exit(2);
}
