/**
 * Bundles the command line into dist/cli.js after `tsc` has built dist/ (npm run build): a small
 * entry (src/bin.ts, which answers --version itself) and chunks beside it, each loaded only when a
 * command imports it (every `await import(...)` becomes a chunk): the shell with commander, the
 * pipeline, the report, vega and vega-lite. `blotbypass --version` reads two small files instead of
 * walking some 600 ESM modules, and a run with a report no longer resolves vega's 40 packages file
 * by file.
 *
 *   src/bin.ts --esbuild (ESM, splitting)--> dist/cli.js + dist/cli.*-HASH.js   (over tsc's dist/cli.js)
 *   ENTRIES (worker scripts)              --> dist/<name>.js, sharing the chunks
 *
 * Everything is written flat into dist/, so a path a module finds relative to its own file
 * (`new URL('../package.json', import.meta.url)`, `./app/blotbypass.html`, node_modules through
 * createRequire) means the same from a chunk as from tsc's dist/*.js. Left outside the bundle and
 * loaded from node_modules as before: packages with native code or data files read beside their own
 * module (EXTERNAL). vega-scenegraph comes in several copies (src/report/sceneGraphCopies.ts): the
 * module that finds them is replaced by one importing the same files, so it gets the bundled copies;
 * the build fails if the bundle holds a copy that module does not list.
 *
 * The library entry (dist/index.js and the modules it imports) stays tsc's output.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

/**
 * Entry points, by output name (dist/<name>.js). A worker script that `new Worker(url)` starts is
 * added here; the module starting it must sit in the same src/ folder as the script and name it
 * `new URL('./<name>.js', import.meta.url)`, which then finds tsc's copy from dist/<folder>/ and the
 * bundled one from a chunk in dist/.
 */
export const ENTRIES = {
  // The executable: answers --version itself, hands everything else to src/cli.ts (a chunk).
  cli: 'src/bin.ts',
  pdfWorker: 'src/report/pdf/pdfWorker.ts',
  // The report's PNGs (src/report/pngThread.ts starts ./pngWorker.js beside its own chunk).
  pngWorker: 'src/report/pngWorker.ts',
  // analyzeParallel's worker (src/parallel/pool.ts starts ./analysisWorker.js beside its own chunk).
  analysisWorker: 'src/parallel/analysisWorker.ts',
};

/** Packages loaded from node_modules at run time: native binaries, or data files read beside their module. */
const EXTERNAL = ['@resvg/resvg-js', 'pdfkit'];

/** Chunk files of a previous build: removed first, so that none is left behind. */
const CHUNK = /^cli\.[\w-]+-[A-Z0-9]{8}\.js$/;

const SCENE_GRAPH_COPIES = join(root, 'src', 'report', 'sceneGraphCopies.ts');

/** src/report/sceneGraphCopies.ts with static imports of the same files, resolved as Node resolves them. */
async function sceneGraphModule() {
  const { sceneGraphPaths } = await import(pathToFileURL(join(dist, 'report', 'sceneGraphCopies.js')).href);
  const paths = sceneGraphPaths(pathToFileURL(join(dist, 'report', 'sceneGraphCopies.js')).href);
  const contents = [
    ...paths.map((path, i) => `import * as copy${i} from ${JSON.stringify(path)};`),
    `export async function sceneGraphCopies() { return [${paths.map((_, i) => `copy${i}`).join(', ')}]; }`,
  ].join('\n');
  return { paths, contents };
}

const sceneGraphs = await sceneGraphModule();

const bundledModules = {
  name: 'bundled-modules',
  setup(b) {
    b.onLoad({ filter: /sceneGraphCopies\.ts$/ }, (args) => (args.path === SCENE_GRAPH_COPIES ? { contents: sceneGraphs.contents, loader: 'js', resolveDir: root } : undefined));
  },
};

// Only cli.js replaces a file of tsc's; any other entry must not take the name of a top-level module.
for (const name of Object.keys(ENTRIES)) if (name !== 'cli' && existsSync(join(root, 'src', `${name}.ts`))) throw new Error(`entry ${name}: dist/${name}.js is tsc's output of src/${name}.ts; choose another name`);
for (const file of readdirSync(dist)) if (CHUNK.test(file)) rmSync(join(dist, file));

const result = await build({
  absWorkingDir: root,
  entryPoints: ENTRIES,
  outdir: dist,
  chunkNames: 'cli.[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: ['node20'],
  external: EXTERNAL,
  // The CommonJS packages inside (commander, papaparse, ...) require Node's own modules: an ES
  // module has no `require`, so each file gets one.
  banner: { js: "import { createRequire as __blotbypassRequire } from 'node:module'; const require = __blotbypassRequire(import.meta.url);" },
  legalComments: 'none',
  charset: 'utf8',
  metafile: true,
  plugins: [bundledModules],
  logLevel: 'warning',
});

// Every copy of vega-scenegraph in the bundle must be one the replacement module lists.
const bundledCopies = [...new Set(Object.keys(result.metafile.inputs)
  .map((input) => /^(.*node_modules\/vega-scenegraph)\//.exec(input)?.[1])
  .filter((dir) => dir !== undefined)
  .map((dir) => resolve(root, dir)))].sort();
const listedCopies = [...new Set(sceneGraphs.paths.map((path) => /^(.*node_modules\/vega-scenegraph)\//.exec(path)?.[1]))].sort();
if (JSON.stringify(bundledCopies) !== JSON.stringify(listedCopies)) {
  throw new Error(`the bundle holds vega-scenegraph copies ${bundledCopies.join(', ')} but sceneGraphCopies lists ${listedCopies.join(', ')}: add the package that imports the missing copy to SCENEGRAPH_USERS in src/report/sceneGraphCopies.ts`);
}
for (const name of Object.keys(ENTRIES)) if (!existsSync(join(dist, `${name}.js`))) throw new Error(`dist/${name}.js was not written`);
// tsc's source map described the file the bundle replaced.
rmSync(join(dist, 'cli.js.map'), { force: true });
const outputs = Object.entries(result.metafile.outputs);
const bytes = (filter) => outputs.filter(([path]) => filter(path)).reduce((n, [, o]) => n + o.bytes, 0);
console.log(`built ${Object.keys(ENTRIES).map((name) => relative(root, join(dist, `${name}.js`))).join(', ')} (${(bytes((p) => !CHUNK.test(p.split('/').pop())) / 1024).toFixed(0)} kB) and ${outputs.length - Object.keys(ENTRIES).length} chunks (${(bytes((p) => CHUNK.test(p.split('/').pop())) / 1024 / 1024).toFixed(1)} MB)`);
