// Bundle the map component into dashboard/frontend/ (served by Streamlit from the installed
// package; never from a CDN). Deterministic: the same lockfile gives the same bytes.
//   node build.mjs          -> dashboard/frontend/map.js
//   node build.mjs --tests  -> .test-build/*.test.mjs (node --test runs them)
//   node build.mjs --out F  -> the bundle to F (to check the committed one is current)
import {build} from 'esbuild';
import {readdirSync} from 'node:fs';

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
  const at = process.argv.indexOf('--out');
  await build({
    ...common,
    entryPoints: ['src/index.ts'],
    outfile: at > 0 ? process.argv[at + 1] : '../dashboard/frontend/map.js',
    minify: !process.env.NOMINIFY,
    platform: 'browser',
    define: {'process.env.NODE_ENV': '"production"'}
  });
}
