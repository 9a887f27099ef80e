// Bundle the map component into dashboard/frontend/ (served by Streamlit from the installed
// package; never from a CDN). Deterministic: the same lockfile gives the same bytes.
//   node build.mjs             -> dashboard/frontend/: map.js (the loader) and the map
//   node build.mjs --tests     -> .test-build/*.test.mjs (node --test runs them)
//   node build.mjs --outdir D  -> the bundle to D (to check the committed one is current)
// The loader is small and shows the map's picture at once; the map (deck.gl, Arrow) is a
// module it imports, named by a hash of its content so that a stale one is never served.
import {build} from 'esbuild';
import {createHash} from 'node:crypto';
import {mkdirSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';

const common = {bundle: true, format: 'esm', target: 'es2022', legalComments: 'none', logLevel: 'warning'};

if (process.argv.includes('--tests')) {
  const tests = readdirSync('test').filter((f) => f.endsWith('.test.ts'));
  await build({
    ...common,
    entryPoints: tests.map((f) => `test/${f}`),
    outdir: '.test-build',
    outExtension: {'.js': '.mjs'},
    platform: 'node'
  });
} else {
  const at = process.argv.indexOf('--outdir');
  const outdir = at > 0 ? process.argv[at + 1] : '../dashboard/frontend';
  mkdirSync(outdir, {recursive: true});
  for (const f of readdirSync(outdir)) if (f.endsWith('.js')) rmSync(join(outdir, f)); // old builds
  const browser = {
    ...common,
    outdir,
    minify: !process.env.NOMINIFY,
    platform: 'browser',
    define: {'process.env.NODE_ENV': '"production"'}
  };
  // Two bundles, each one file: a chunk shared by both would be one more request, made
  // only once the loader has run, before the picture can show. The map's module is named
  // by a hash of its bytes (esbuild's [hash] also hashes the inputs' paths, which differ
  // between checkouts).
  const app = await build({...browser, entryPoints: {app: 'src/app.ts'}, write: false});
  const bytes = app.outputFiles[0].contents;
  const appFile = `map-app-${createHash('sha256').update(bytes).digest('hex').slice(0, 12)}.js`;
  writeFileSync(join(outdir, appFile), bytes);
  await build({
    ...browser,
    entryPoints: {map: 'src/index.ts'},
    external: ['./map-app-*'], // the module above, fetched by the browser
    define: {...browser.define, APP_MODULE: JSON.stringify(`./${appFile}`)}
  });
}
