/**
 * bench/typicalProfile.mjs attributes a CPU profile's frames in the bundled CLI to the package (or src/
 * folder) they came from, by esbuild's `// node_modules/...` and `// src/...` markers: the attribution
 * behind the floors table of bench/RESULTS.md.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleMarkers, ownerAtLine, ownerOfModule } from '../bench/typicalProfile.mjs';

const CHUNK = [
  "import { __commonJS } from './cli.chunk-A.js';", // 0: before any marker
  '// node_modules/vega-lite/build/src/compile/compile.js', // 1
  'function compile() {}', // 2
  '// node_modules/@resvg/resvg-js/index.js', // 3
  'var Resvg = 1;', // 4
  '// src/stats/logLogisticFit.ts', // 5
  'function fitLogLogistic() {}', // 6
  '// src/report/renderPng.ts', // 7
  'function renderPngOnThisThread() {}', // 8
  '// src/cli.ts', // 9
  'function start() {}', // 10
  '// node_modules/fontkit/dist/module.mjs', // 11
  'function layout() {}', // 12
].join('\n');

describe('attributing the bundle to its packages', () => {
  const markers = bundleMarkers(CHUNK);

  it('reads each marker with the line it starts on', () => {
    expect(markers.map(([line]) => line)).toEqual([1, 3, 5, 7, 9, 11]);
  });

  it('gives a line the owner of the last marker at or above it, and the entry before any', () => {
    expect(ownerAtLine(markers, 0)).toMatch(/^module start-up/);
    expect(ownerAtLine(markers, 2)).toBe('charts: vega-lite (compiles the specs)');
    expect(ownerAtLine(markers, 4)).toMatch(/^PNGs: resvg/);
    expect(ownerAtLine(markers, 6)).toBe('src/stats');
    // resvg's native drawing runs under renderPng.ts's frames: it is counted as the PNGs'.
    expect(ownerAtLine(markers, 8)).toMatch(/^PNGs: resvg/);
    expect(ownerAtLine(markers, 10)).toBe('src');
    expect(ownerAtLine(markers, 12)).toMatch(/^report\.pdf:/);
  });

  it('groups the libraries of each part of the report', () => {
    expect(ownerOfModule('node_modules/vega-parser/build/index.js')).toMatch(/^charts: vega \(/);
    expect(ownerOfModule('node_modules/d3-scale/src/linear.js')).toMatch(/^charts: vega \(/);
    expect(ownerOfModule('node_modules/restructure/src/Struct.js')).toMatch(/^report\.pdf:/);
    expect(ownerOfModule('node_modules/@stdlib/math-base-special-gammainc/lib/main.js')).toBe('@stdlib/math-base-special-gammainc');
    expect(ownerOfModule('src/load/readTable.ts')).toBe('src/load');
  });

  it('finds markers in every chunk of the real bundle that holds code (over 10 kB; the rest re-export)', () => {
    const dist = join(import.meta.dirname, '..', 'dist');
    const chunks = readdirSync(dist).filter((f) => /^cli\..+\.js$/.test(f) && statSync(join(dist, f)).size > 10_000);
    expect(chunks.length).toBeGreaterThan(10);
    const unmarked = chunks.filter((f) => bundleMarkers(readFileSync(join(dist, f), 'utf8')).length === 0);
    expect(unmarked).toEqual([]);
  });
});
