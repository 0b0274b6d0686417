/**
 * Property tests (fast-check) over random valid experiments (tests/robustness/experiment.ts:
 * 1 sensitive + 1-2 resistant models, 2-4 replicates, 1-3 membranes, the six phospho/total pairs
 * and GAPDH, random positive signals) and random corruptions of valid files.
 *
 * Invariants:
 * - scaling every signal of one membrane by a constant changes no fraction of vehicle, no
 *   phospho/total ratio, no comparison estimate and no verdict (relative tolerance 1e-9);
 * - reordering the data rows changes no byte of any output file (the inputs' SHA-256 aside:
 *   it identifies the exact input bytes, so it must change);
 * - adding an unrelated target (pSTAT3 / STAT3) changes no verdict and no statistic of the other
 *   targets (only Benjamini-Hochberg adjusted p values, whose family grows by one);
 * - a corrupted file gives exit code 0 or 2, never a crash, a stack trace or an internal error.
 */
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import type { Results } from '../../src/results.js';
import { experimentRows, rowsToCsv, seededRandom, type ExperimentSpec, type LongRow } from './experiment.js';
import { makeTempDir, readTree, runInTemp, STACK_FRAME, writeFiles } from './harness.js';
import { run } from '../../src/cli.js';
import { MANIFEST_NAME } from '../../src/report/writeOutputs.js';

const NUM_RUNS = 30;
/** Each run of the reordering property writes two complete output sets (report and charts included). */
const REORDER_RUNS = 20;
const CORRUPTION_RUNS = 120;

const specArb: fc.Arbitrary<ExperimentSpec> = fc.record({
  seed: fc.integer({ min: 0, max: 0x7fffffff }),
  resistantCount: fc.integer({ min: 1, max: 2 }),
  replicates: fc.integer({ min: 2, max: 4 }),
  membranes: fc.integer({ min: 1, max: 3 }),
});

const encode = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf8'));
const analyzeRows = (rows: readonly LongRow[]): Results => analyze([{ name: 'blot.csv', bytes: encode(rowsToCsv(rows)) }]);

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = seededRandom(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Equal up to floating-point noise: strings, booleans and nulls exactly; numbers within 1e-9 relative. */
function expectClose(actual: unknown, expected: unknown, path = '$'): void {
  if (typeof expected === 'number' && typeof actual === 'number') {
    const tolerance = 1e-9 * Math.max(Math.abs(actual), Math.abs(expected)) + 1e-12;
    if (!(Math.abs(actual - expected) <= tolerance)) throw new Error(`${path}: ${actual} differs from ${expected}`);
    return;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) throw new Error(`${path}: ${JSON.stringify(actual)} is not like ${JSON.stringify(expected)}`);
    expected.forEach((e, i) => expectClose(actual[i], e, `${path}[${i}]`));
    return;
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object') throw new Error(`${path}: ${JSON.stringify(actual)} is not an object`);
    const keys = Object.keys(expected);
    if (Object.keys(actual).sort().join() !== [...keys].sort().join()) throw new Error(`${path}: keys differ`);
    for (const k of keys) expectClose((actual as Record<string, unknown>)[k], (expected as Record<string, unknown>)[k], `${path}.${k}`);
    return;
  }
  if (typeof expected === 'string' && typeof actual === 'string' && actual !== expected) {
    // Sentences quote numbers; printed to many digits they carry the same floating-point noise.
    const split = (t: string) => t.split(/(\d+(?:\.\d+)?(?:e[+-]?\d+)?)/);
    const [a, e] = [split(actual), split(expected)];
    if (a.length !== e.length) throw new Error(`${path}: ${JSON.stringify(actual)} !== ${JSON.stringify(expected)}`);
    e.forEach((part, i) => {
      if (i % 2 === 1) expectClose(Number(a[i]), Number(part), `${path} (number ${(i + 1) / 2})`);
      else if (a[i] !== part) throw new Error(`${path}: ${JSON.stringify(actual)} !== ${JSON.stringify(expected)}`);
    });
    return;
  }
  if (actual !== expected) throw new Error(`${path}: ${JSON.stringify(actual)} !== ${JSON.stringify(expected)}`);
}

/** What the invariants compare: every ratio and fraction of vehicle, every comparison, every verdict. */
function ratiosAndVerdicts(r: Results) {
  return {
    lanes: r.lanes.map((l) => ({
      line: l.line, target: l.target, treatment: l.treatment, replicate: l.replicate,
      phosphoTotalRatio: l.phosphoTotalRatio, fractionOfVehicle: l.fractionOfVehicle, ratioVsReference: l.ratioVsReference, flags: l.flags,
    })),
    comparisons: r.comparisons,
    verdicts: r.verdicts,
  };
}

describe('invariants over random valid experiments', () => {
  it(`scaling every signal of one membrane by a constant changes no fraction of vehicle, statistic or verdict (${NUM_RUNS} runs)`, () => {
    fc.assert(fc.property(
      specArb, fc.integer({ min: 0, max: 2 }), fc.double({ min: 1e-3, max: 1e3, noNaN: true, noDefaultInfinity: true }),
      (spec, which, factor) => {
        const rows = experimentRows(spec);
        const membrane = `M${(which % spec.membranes) + 1}`;
        const scaled = rows.map((r) => (r.blot === membrane ? { ...r, signal: String(Number(r.signal) * factor) } : r));
        const before = analyzeRows(rows);
        const after = analyzeRows(scaled);
        expect(before.lanes.some((l) => l.fractionOfVehicle !== null && l.fractionOfVehicle !== 1)).toBe(true);
        expectClose(ratiosAndVerdicts(after), ratiosAndVerdicts(before));
      },
    ), {
      numRuns: NUM_RUNS,
      // Found by this property: n = 2 gives confidence bounds of ~1e16 %, printed in full in a rule sentence.
      examples: [[{ seed: 1981381364, resistantCount: 2, replicates: 2, membranes: 1 }, 0, 41.176922301361394]],
    });
  });

  it(`adding an unrelated target (pSTAT3 / STAT3) changes no verdict and no statistic of the other targets (${NUM_RUNS} runs)`, () => {
    fc.assert(fc.property(specArb, (spec) => {
      const rows = experimentRows(spec);
      const random = seededRandom(spec.seed ^ 0x5bd1e995);
      const lanes = new Map(rows.filter((r) => r.blot === 'M1').map((r) => [r.lane, r]));
      const extra = [...lanes.values()].flatMap((r) => ['pSTAT3 (Y705)', 'STAT3'].map((target) => ({ ...r, target, signal: (200 + random() * 50_000).toFixed(1) })));
      const before = analyzeRows(rows);
      const after = analyzeRows([...rows, ...extra]);
      expect(after.design.targets.map((t) => t.protein)).toContain('STAT3');

      const strip = <T extends { pAdjusted: number | null }>(g: T) => ({ ...g, pAdjusted: null });
      const withoutAdjustment = (r: Results) => [
        ...r.comparisons.filter((c) => c.target !== 'STAT3').map((c) => ({ ...c, resistantVsSensitive: strip(c.resistantVsSensitive) })),
        ...r.levels.filter((l) => l.target !== 'STAT3').map((l) => ({
          ...l, basal: { ...l.basal, resistantVsSensitive: strip(l.basal.resistantVsSensitive) }, totalProtein: { ...l.totalProtein, resistantVsSensitive: strip(l.totalProtein.resistantVsSensitive) },
        })),
      ];
      expect(withoutAdjustment(after)).toEqual(withoutAdjustment(before));
      expect(after.lanes.filter((l) => l.target !== 'STAT3')).toEqual(before.lanes);
      const calls = (r: Results) => r.verdicts.map((v) => ({ line: v.line, versus: v.versus, treatment: v.treatment, dose_nM: v.dose_nM, time_h: v.time_h, mechanism: v.mechanism, drivers: v.drivers, confidence: v.confidence }));
      expect(calls(after)).toEqual(calls(before));
    }), { numRuns: NUM_RUNS });
  });

  it(`reordering the data rows changes no byte of any output file (${REORDER_RUNS} runs)`, async () => {
    await fc.assert(fc.asyncProperty(
      specArb, fc.integer(), fc.integer({ min: 0, max: 3 }), fc.boolean(),
      async (spec, shuffleSeed, holes, dropVehicle) => {
        let rows = experimentRows(spec);
        // Perturbations that make warnings whose order must not follow the rows: missing phospho and
        // loading bands (no row in their warning), and a resistant model without vehicle in one replicate.
        const random = seededRandom(spec.seed ^ 0x2545f491);
        for (let k = 0; k < holes; k++) {
          const candidates = rows.map((r, i) => [r, i] as const).filter(([r]) => r.target === 'GAPDH' || r.target.startsWith('p'));
          const [, i] = candidates[Math.floor(random() * candidates.length)]!;
          rows[i] = { ...rows[i]!, signal: 'NA' };
        }
        if (dropVehicle) rows = rows.filter((r) => !(r.status === 'resistant' && r.treatment === 'DMSO' && r.replicate === '1'));

        const dir = makeTempDir();
        try {
          const input = join(dir, 'blot.csv');
          const runOnce = async (text: string, out: string) => {
            writeFiles(dir, { 'blot.csv': text });
            let stderr = '';
            // The same stamp in both runs; no PDF: its text is compressed, so the SHA-256 in it cannot be
            // swapped below (report.pdf's bytes are checked in determinism.test.ts and tests/report/pdf/).
            const code = await run(['analyze', input, '--out', join(dir, out), '--no-pdf'], { stdout: () => undefined, stderr: (t) => { stderr += t; }, env: { SOURCE_DATE_EPOCH: '1767225600' }, cwd: dir });
            expect(stderr).toBe('');
            expect(code).toBe(0);
            return readTree(join(dir, out));
          };
          const original = rowsToCsv(rows);
          const reordered = rowsToCsv(shuffled(rows, shuffleSeed));
          const a = await runOnce(original, 'a');
          const b = await runOnce(reordered, 'b');
          const shaA = sha256(original);
          const shaB = sha256(reordered);
          expect([...b.keys()]).toEqual([...a.keys()]);
          for (const [name, bytes] of a) {
            // The SHA-256 of the input identifies its exact bytes: the one thing that must change
            // (and with it the manifest's hash of results.json, which holds it).
            const text = (tree: Map<string, Buffer>) => tree.get(name)!.toString('utf8').replaceAll(shaB, shaA);
            const comparable = (t: string) => (name === MANIFEST_NAME ? t.replace(/"sha256": "[0-9a-f]{64}"/g, '"sha256": ""') : t);
            expect(comparable(text(b)), name).toBe(comparable(text(a)));
          }
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      },
    ), { numRuns: REORDER_RUNS });
    // 40 complete report sets (seven charts rendered to SVG and PNG each): about 45 s on an idle
    // 2-core machine, twice that on a busy one.
  }, 180_000);
});

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

// ---------------------------------------------------------------------------------------------
// Corruptions of a valid file: exit 0 or 2, nothing else.

type Corruption = (text: string, random: () => number) => string;

const pick = <T,>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)]!;
const lines = (text: string) => text.split('\n');
const RANDOM_UNICODE = ['\u0000', '\uFEFF', '\u202E', '\uD83E\uDDEA', 'é', '"', '""', '\r', '\t', ';', ',', 'NaN', '-Infinity', '1e999', '=cmd|\' /C calc\'!A0', '\u00A0', '\u2028', '\uFFFD', 'ß', '\u0301'];

const CORRUPTIONS: Readonly<Record<string, Corruption>> = {
  'delete a column': (t, r) => {
    const width = lines(t)[0]!.split(',').length;
    const col = Math.floor(r() * width);
    return lines(t).map((l) => l.split(',').filter((_, i) => i !== col).join(',')).join('\n');
  },
  'insert a garbage line': (t, r) => {
    const ls = lines(t);
    ls.splice(Math.floor(r() * ls.length), 0, Array.from({ length: 1 + Math.floor(r() * 12) }, () => pick(RANDOM_UNICODE, r)).join(''));
    return ls.join('\n');
  },
  'truncate': (t, r) => t.slice(0, Math.floor(r() * t.length)),
  'swap the delimiter on some lines': (t, r) => lines(t).map((l) => (r() < 0.3 ? l.replaceAll(',', pick([';', '\t', '|'], r)) : l)).join('\n'),
  'insert a NUL byte': (t, r) => { const i = Math.floor(r() * t.length); return `${t.slice(0, i)}\u0000${t.slice(i)}`; },
  'insert random unicode': (t, r) => { const i = Math.floor(r() * t.length); return `${t.slice(0, i)}${pick(RANDOM_UNICODE, r)}${t.slice(i)}`; },
  'replace a cell': (t, r) => {
    const ls = lines(t);
    const li = Math.floor(r() * ls.length);
    const cells = ls[li]!.split(',');
    cells[Math.floor(r() * cells.length)] = pick(['', 'NA', '-5', '0', 'abc', '1,5', '"x', 'resistant', 'sensitive', 'DMSO', 'GAPDH', '1e300', pick(RANDOM_UNICODE, r)], r);
    ls[li] = cells.join(',');
    return ls.join('\n');
  },
  'delete rows': (t, r) => lines(t).filter(() => r() > 0.3).join('\n'),
  'duplicate rows': (t, r) => lines(t).flatMap((l) => (r() < 0.1 ? [l, l] : [l])).join('\n'),
  'drop every vehicle': (t) => lines(t).filter((l) => !l.includes(',DMSO,')).join('\n'),
  'drop a model': (t) => lines(t).filter((l) => !l.includes(',KM12,')).join('\n'),
  'flip bytes': (t, r) => {
    const bytes = Buffer.from(t, 'utf8');
    for (let k = 0; k < 5; k++) bytes[Math.floor(r() * bytes.length)] = Math.floor(r() * 256);
    return bytes.toString('latin1');
  },
};

describe('corrupted files', () => {
  it(`exit 0 or 2, never a crash, stack trace or internal error (${CORRUPTION_RUNS} runs)`, async () => {
    const names = Object.keys(CORRUPTIONS);
    await fc.assert(fc.asyncProperty(
      specArb, fc.array(fc.constantFrom(...names), { minLength: 1, maxLength: 3 }), fc.integer(), fc.boolean(),
      async (spec, chosen, seed, latin1) => {
        const random = seededRandom(seed);
        let text = rowsToCsv(experimentRows({ ...spec, replicates: 2 }));
        for (const name of chosen) text = CORRUPTIONS[name]!(text, random);
        // Half the runs write the text as Latin-1 bytes, so invalid UTF-8 reaches the decoder too.
        const bytes = Buffer.from(text, latin1 ? 'latin1' : 'utf8');
        const r = await runInTemp({ 'blot.csv': bytes }, (dir) => ['analyze', join(dir, 'blot.csv'), '--out', join(dir, 'out')]);
        expect(r.stderr).not.toMatch(STACK_FRAME);
        expect(r.stderr).not.toMatch(/internal error/);
        expect([0, 2]).toContain(r.code);
        if (r.code === 2) {
          expect(r.stderr.trimEnd().split('\n').every((l) => l.startsWith('error: '))).toBe(true);
          expect([...r.outputs.keys()]).toEqual([]);
        } else {
          const results = JSON.parse(r.outputs.get('results.json')!.toString('utf8')) as Results;
          expect(results.schemaVersion).toBeTypeOf('string');
          expect(r.outputs.has('normalized.csv') && r.outputs.has('comparisons.csv')).toBe(true);
        }
      },
    ), { numRuns: CORRUPTION_RUNS });
  });
});
