/**
 * Where the CPU of a typical experiment goes: `blotbypass analyze` run under `node --cpu-prof` (with
 * its report, and with --no-report), every thread's samples attributed to what ran them:
 *
 *   node start-up   node's bootstrap and module loader in every thread (node:internal frames)
 *   compile         V8 compiling and linking the bundle's modules (compileSourceTextModule and kin)
 *   gc              V8's garbage collector
 *   <package>       a frame of the bundle, by the module it came from: the bundle keeps esbuild's
 *                   `// node_modules/<package>/...` and `// src/<folder>/...` markers, so a frame's line
 *                   falls under the last marker above it (blotbypass's own code by src/ folder)
 *   other           everything else (node's fs, zlib, worker start-up, ...) and every owner under 2 %
 *
 * The sum over threads is CPU time, not wall time: the report's PDF and PNGs have threads of their own.
 * Usage: node bench/typicalProfile.mjs FILE.csv [runs=3]  (prints JSON; run.mjs adds it to RESULTS.md)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
/** Owners with less than this share of the CPU are counted in "other". */
const FOLDED_UNDER = 0.02;
const CLI = join(DIST, 'cli.js');

/** The module markers of a bundled file's text: [line (0-based), owner], in line order. */
export function bundleMarkers(text) {
  const markers = [];
  text.split('\n').forEach((line, i) => {
    const m = /^\/\/ (node_modules\/(?:@[^/]+\/)?[^/]+|src\/\S+)/.exec(line);
    if (m) markers.push([i, ownerOfModule(m[1])]);
  });
  return markers;
}

/** The owner of a 0-based line of a bundled file: that of the last marker at or above it. */
export function ownerAtLine(markers, lineNumber) {
  let owner = "module start-up (esbuild's wrappers, the entry)";
  for (const [line, name] of markers) {
    if (line > lineNumber) break;
    owner = name;
  }
  return owner;
}

const markerCache = new Map();
function markersOf(path) {
  if (!markerCache.has(path)) markerCache.set(path, bundleMarkers(readFileSync(path, 'utf8')));
  return markerCache.get(path);
}

/**
 * The owner of a bundled module: its package, or blotbypass's src/ folder; resvg's drawing and PNG
 * encoding run in native code called from src/report/renderPng.ts, so that file's time is resvg's.
 */
export function ownerOfModule(path) {
  if (path === 'src/report/renderPng.ts') return PNG;
  if (path.startsWith('src/')) return path.split('/').length > 2 ? path.split('/').slice(0, 2).join('/') : 'src';
  return ownerOfPackage(/^node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1] ?? path);
}

const PNG = 'PNGs: resvg (draws and encodes, native)';
const PDF = 'report.pdf: pdfkit, fontkit, svg-to-pdfkit and their parsers';
const VEGA = 'charts: vega (parse, dataflow, scenegraph, SVG) and d3';

/** A package, or the report's part it serves (the PDF's and the charts' libraries counted together). */
function ownerOfPackage(name) {
  if (name === '@resvg/resvg-js') return PNG;
  if (['pdfkit', 'fontkit', 'restructure', 'svg-to-pdfkit', 'linebreak', 'png-js', 'crypto-js', 'dfa', 'tiny-inflate', 'brotli', 'jpeg-exif', 'unicode-properties', 'unicode-trie', 'clone', 'fast-deep-equal'].includes(name) || name.startsWith('@swc/')) return PDF;
  if (name === 'vega-lite') return 'charts: vega-lite (compiles the specs)';
  if (/^(vega|d3)(-|$)/.test(name)) return VEGA;
  return name;
}

/** Who a profile frame belongs to. */
export function ownerOf(frame) {
  const { functionName, url, lineNumber } = frame;
  if (functionName === '(garbage collector)') return 'gc';
  if (functionName === '(idle)' || functionName === '(program)' || functionName === '(root)') return null;
  if (/compileSourceTextModule|compileForInternalLoader|wrapSafe|compileFunction/.test(functionName)) return 'compile';
  if (url.startsWith('file://')) {
    const path = fileURLToPath(url);
    if (path.includes('/node_modules/')) return ownerOfPackage(/\/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)[1]);
    if (path.startsWith(DIST)) return ownerAtLine(markersOf(path), lineNumber);
  }
  if (url.startsWith('node:internal/modules') || url.startsWith('node:internal/bootstrap') || url.startsWith('node:internal/process')) return "node's start-up and module loader";
  return 'other';
}

/** CPU milliseconds by owner in one profile (self time of each sample). */
function cpuByOwner(profile) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const out = new Map();
  profile.samples.forEach((id, i) => {
    const owner = ownerOf(nodes.get(id).callFrame);
    if (owner === null) return;
    out.set(owner, (out.get(owner) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
  });
  return out;
}

/** One profiled run: CPU ms by owner summed over its threads, the thread count and the wall time. */
function profiledRun(file, extra) {
  const dir = mkdtempSync(join(tmpdir(), 'blotbypass-prof-'));
  try {
    const started = process.hrtime.bigint();
    const r = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', join(dir, 'prof'), CLI, 'analyze', file, '--out', join(dir, 'out'), ...extra], { encoding: 'utf8' });
    const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
    if (r.status !== 0) throw new Error(`profiled run failed: ${r.stderr}`);
    const files = readdirSync(join(dir, 'prof'));
    const total = new Map();
    for (const f of files) for (const [owner, ms] of cpuByOwner(JSON.parse(readFileSync(join(dir, 'prof', f), 'utf8')))) total.set(owner, (total.get(owner) ?? 0) + ms);
    return { cpu: total, threads: files.length, wallMs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The median over `runs` profiled runs of each owner's CPU ms (owners under 2 % of the total folded into "other"). */
export function typicalProfile(file, extra = [], runs = 3) {
  const all = Array.from({ length: runs }, () => profiledRun(file, extra));
  const owners = new Set(all.flatMap((r) => [...r.cpu.keys()]));
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  let rows = [...owners].map((owner) => ({ owner, ms: median(all.map((r) => r.cpu.get(owner) ?? 0)) }));
  const totalMs = rows.reduce((s, r) => s + r.ms, 0);
  const small = rows.filter((r) => r.ms < FOLDED_UNDER * totalMs && r.owner !== 'other');
  rows = rows.filter((r) => !small.includes(r));
  const other = rows.find((r) => r.owner === 'other') ?? { owner: 'other', ms: 0 };
  if (!rows.includes(other)) rows.push(other);
  other.ms += small.reduce((s, r) => s + r.ms, 0);
  rows.sort((a, b) => b.ms - a.ms);
  other.owner = `node's own work (files, threads, zlib) and every owner under ${100 * FOLDED_UNDER} %`;
  return { args: extra, runs, threads: all[0].threads, wallMs: median(all.map((r) => r.wallMs)), cpuMs: totalMs, rows };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [file, runs] = process.argv.slice(2);
  if (!file) {
    process.stderr.write('usage: node bench/typicalProfile.mjs FILE.csv [runs]\n');
    process.exit(2);
  }
  const n = Number(runs ?? 3);
  process.stdout.write(`${JSON.stringify({ withReport: typicalProfile(file, [], n), noReport: typicalProfile(file, ['--no-report'], n) }, null, 2)}\n`);
}
