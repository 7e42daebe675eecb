// Builds the preview page for humans: `node shared/ui/preview/build.mjs [outdir]`, then open
// the printed file URL in a browser. Also used by the UI end-to-end test.
import * as esbuild from 'esbuild';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');

/** One browser bundle of a Preact page (the preview, or the UI tests' component page). */
export async function bundlePage(entry, outfile) {
  await esbuild.build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: 'iife',
    target: 'es2022',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    sourcemap: 'inline',
    logLevel: 'error',
  });
}

export async function buildPreview(outdir = path.join(root, '.test-tmp', 'ui-preview')) {
  await mkdir(outdir, { recursive: true });
  await bundlePage(path.join(here, 'preview.tsx'), path.join(outdir, 'preview.js'));
  await copyFile(path.join(here, '..', 'styles.css'), path.join(outdir, 'styles.css'));
  for (const file of ['index.html', 'preview.css']) await copyFile(path.join(here, file), path.join(outdir, file));
  return pathToFileURL(path.join(outdir, 'index.html')).href;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(await buildPreview(process.argv[2] && path.resolve(process.argv[2])));
}
