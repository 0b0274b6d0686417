/**
 * Builds the browser app, dist/app/blotbypass.html, after `tsc` has built dist/ (npm run build).
 *
 *   src/app/worker.ts --esbuild--> worker IIFE (the pipeline, vega builds as text)  \
 *   src/app/page.ts   --esbuild--> page IIFE (form, worker, downloads)               > dist/app/appPage.js -> blotbypass.html
 *   dist/: the report's script hashes, the default rules file                       /
 *
 * Every module `X.ts` with a twin `X.browser.ts` beside it is replaced by the twin (Node's crypto,
 * file system and module resolution have browser equivalents there). The module
 * `blotbypass:bundle-sources` holds vega, vega-lite and vega-embed's single-file builds, packed (zlib, base64).
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const { readBrowserBundles, scriptHash } = await import(join(dist, 'report/html/browserBundles.js'));
const { chartScript } = await import(join(dist, 'report/html/chartScript.js'));
const { ruleSetToJson } = await import(join(dist, 'rules/describeRuleSet.js'));
const { defaultRuleSet } = await import(join(dist, 'rules/defaultRuleSet.js'));
const { appPage } = await import(join(dist, 'app/appPage.js'));

// The vega builds as report.html carries them: packed (the worker inflates them once).
const bundles = await readBrowserBundles();
const sources = bundles.map(({ name, version, packed }) => ({ name, version, packed }));

/** `./x.js` imported from src/ resolves to `x.browser.ts` when that twin exists, else to `x.ts`. */
const browserTwins = {
  name: 'browser-twins',
  setup(b) {
    b.onResolve({ filter: /^\.\.?\/.*\.js$/ }, (args) => {
      const base = join(args.resolveDir, args.path.replace(/\.js$/, ''));
      if (existsSync(`${base}.browser.ts`)) return { path: `${base}.browser.ts` };
      if (existsSync(`${base}.ts`)) return { path: `${base}.ts` };
      return undefined;
    });
    b.onResolve({ filter: /^blotbypass:bundle-sources$/ }, () => ({ path: 'bundle-sources', namespace: 'blotbypass' }));
    b.onLoad({ filter: /.*/, namespace: 'blotbypass' }, () => ({ contents: `export const BUNDLE_SOURCES = ${JSON.stringify(sources)};`, loader: 'js' }));
    // Node-only modules must never reach the browser build: fail the build, not the page.
    b.onResolve({ filter: /^node:/ }, (args) => ({ errors: [{ text: `${args.path} imported by ${args.importer}: give that module a .browser.ts twin` }] }));
  },
};

async function bundle(entry) {
  const result = await build({
    entryPoints: [join(root, 'src/app', entry)],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: ['es2022'],
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    // pdfkit's browser build forms the URL of a colour profile (used for PDF/A only, never fetched)
    // from import.meta.url at load time, which an IIFE does not have: give it a base that parses.
    define: { BLOTBYPASS_NAME: JSON.stringify(pkg.name), BLOTBYPASS_VERSION: JSON.stringify(pkg.version), 'import.meta.url': JSON.stringify('https://blotbypass.invalid/') },
    plugins: [browserTwins],
    logLevel: 'warning',
  });
  return result.outputFiles[0].text;
}

const [workerScript, pageScript] = await Promise.all([bundle('worker.ts'), bundle('page.ts')]);

const html = appPage({
  version: pkg.version,
  pageScript,
  workerScript,
  reportScriptHashes: [...bundles.map((b) => b.cspHash), scriptHash(chartScript())],
  defaultRulesJson: ruleSetToJson(defaultRuleSet()),
});
const out = join(dist, 'app', 'blotbypass.html');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(`${out}.tmp`, html);
renameSync(`${out}.tmp`, out);
console.log(`built ${out.slice(root.length + 1)} (${(Buffer.byteLength(html) / 1024 / 1024).toFixed(2)} MB)`);
