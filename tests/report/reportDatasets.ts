/**
 * Experiments for the report tests, analysed through the real pipeline: the bundled example, and
 * edge designs (several resistant models, a time course, missing values, a single replicate,
 * hostile names, a large input). Long-layout CSV built in code from a seeded generator: the same
 * call, the same bytes.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze, type AnalyzeOptions } from '../../src/analyze.js';
import type { Results } from '../../src/results.js';
import type { Verdict } from '../../src/rules/types.js';
import { seededRandom } from '../robustness/experiment.js';

export const EXAMPLE_PATH = fileURLToPath(new URL('../../examples/trk-bypass-long.csv', import.meta.url));

export function exampleResults(options: AnalyzeOptions = {}): Results {
  return analyze([{ name: 'examples/trk-bypass-long.csv', bytes: readFileSync(EXAMPLE_PATH) }], options);
}

const HEADER = ['blot', 'lane', 'line', 'status', 'treatment', 'dose_nM', 'time_h', 'replicate', 'target', 'signal'];

/** phospho label, total label, true fraction of vehicle in the sensitive and in resistant models. */
const TARGETS: readonly [string, string, number, number][] = [
  ['pTRK (Y490)', 'pan-TRK', 0.08, 0.1],
  ['pAKT (S473)', 'AKT', 0.25, 0.3],
  ['pERK1/2', 'ERK1/2', 0.1, 0.8],
  ['pMET', 'MET', 0.9, 1.1],
];

export interface DesignSpec {
  seed: number;
  sensitive?: string;
  resistant?: readonly string[];
  replicates?: number;
  /** Drug conditions; each gets a vehicle (DMSO) lane at its time point. */
  conditions?: readonly { treatment: string; dose: number; time: number }[];
  vehicle?: string;
  targets?: readonly (readonly [string, string, number, number])[];
  /** Membrane name for replicate r (all targets of a replicate on one membrane). */
  membrane?: (replicate: number) => string;
  /** Replaces a signal cell (e.g. with `NA`), or returns undefined to keep it. */
  cell?: (row: { line: string; target: string; replicate: number; time: number; vehicle: boolean }) => string | undefined;
  /** Extra bands per lane: label and signal. */
  extraBands?: readonly [string, number][];
  /** Replicate name of a model's r-th replicate (default: r, shared by all models, so tests are paired). */
  replicateName?: (line: string, replicate: number) => string;
}

/** One membrane per replicate carrying every phospho, total and GAPDH band; ~12 % noise. */
export function designCsv(spec: DesignSpec): string {
  const random = seededRandom(spec.seed);
  const noise = () => Math.exp((random() - 0.5) * 0.25);
  const sensitive = spec.sensitive ?? 'KM12';
  const resistant = spec.resistant ?? ['KM12-LR'];
  const conditions = spec.conditions ?? [{ treatment: 'larotrectinib', dose: 100, time: 2 }];
  const vehicle = spec.vehicle ?? 'DMSO';
  const targets = spec.targets ?? TARGETS;
  const membrane = spec.membrane ?? ((r: number) => `M${r}`);
  const times = [...new Set(conditions.map((c) => c.time))];
  const rows: string[][] = [HEADER];
  for (let rep = 1; rep <= (spec.replicates ?? 3); rep++) {
    let lane = 0;
    for (const [line, status] of [[sensitive, 'sensitive'], ...resistant.map((r) => [r, 'resistant'])] as [string, string][]) {
      const lanes = [...times.map((time) => ({ treatment: vehicle, dose: 0, time })), ...conditions];
      for (const c of lanes) {
        lane++;
        const isVehicle = c.dose === 0;
        const gapdh = 20_000 * noise();
        const replicate = spec.replicateName?.(line, rep) ?? String(rep);
        const design = [membrane(rep), String(lane), line, status, c.treatment, String(c.dose), String(c.time), replicate];
        for (const [phospho, total, fSensitive, fResistant] of targets) {
          const f = isVehicle ? 1 : status === 'sensitive' ? fSensitive : fResistant;
          const totalSignal = 8_000 * noise() * (gapdh / 20_000);
          const cells: [string, number][] = [[phospho, totalSignal * 0.9 * f * noise()], [total, totalSignal]];
          for (const [label, value] of cells) {
            const replaced = spec.cell?.({ line, target: label, replicate: rep, time: c.time, vehicle: isVehicle });
            rows.push([...design, label, replaced ?? value.toFixed(1)]);
          }
        }
        for (const [label, value] of spec.extraBands ?? []) rows.push([...design, label, (value * noise()).toFixed(1)]);
        rows.push([...design, 'GAPDH', gapdh.toFixed(1)]);
      }
    }
  }
  return `${rows.map((r) => r.map(csvCell).join(',')).join('\n')}\n`;
}

function csvCell(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function designResults(spec: DesignSpec, name = 'design.csv', options: AnalyzeOptions = {}): Results {
  return analyze([{ name, bytes: new Uint8Array(Buffer.from(designCsv(spec), 'utf8')) }], options);
}

/** Names meant to break out of HTML, attributes, script blocks and CSV. */
export const HOSTILE = {
  sensitive: 'KM12 <img src=x onerror=alert(1)>',
  resistant: `KM12-LR "quoted" & 'single' </script><script>alert(2)</script>`,
  treatment: 'laro<svg onload=alert(3)>tinib & co',
  membrane: '<iframe src="javascript:alert(4)">',
  target: '<b onmouseover=alert(5)>X&Y</b>',
} as const;

export function hostileResults(): Results {
  return designResults({
    seed: 7, sensitive: HOSTILE.sensitive, resistant: [HOSTILE.resistant],
    conditions: [{ treatment: HOSTILE.treatment, dose: 100, time: 2 }],
    membrane: (r) => `${HOSTILE.membrane}${r}`,
    extraBands: [[HOSTILE.target, 5000]],
  }, `blot <script>alert(6)</script>.csv`);
}

/** The edge designs every chart must handle (schema-valid, renderable). */
export function edgeDatasets(): { name: string; results: Results }[] {
  return [
    { name: 'example', results: exampleResults() },
    { name: 'several resistant models', results: designResults({ seed: 1, resistant: ['KM12-LR', 'KM12-ER', 'KM12-XR'] }) },
    {
      name: 'time course',
      results: designResults({
        seed: 2, conditions: [1, 6, 24, 48].map((time) => ({ treatment: 'larotrectinib', dose: 100, time })),
      }),
    },
    {
      name: 'missing values',
      results: designResults({
        seed: 3, targets: [...TARGETS, ['pHER2', 'HER2', 0.9, 0.9]],
        // total HER2 never measured, pERK missing in the resistant model, one pAKT drug lane missing
        cell: ({ line, target, replicate, vehicle }) =>
          target === 'HER2' ? 'NA'
            : target === 'pERK1/2' && line === 'KM12-LR' ? 'n.d.'
              : target === 'pAKT (S473)' && replicate === 2 && !vehicle ? 'NA' : undefined,
      }),
    },
    { name: 'single replicate', results: designResults({ seed: 4, replicates: 1 }) },
    { name: 'dose series', results: analyze([{ name: 'examples/trk-dose-response.csv', bytes: readFileSync(new URL('../../examples/trk-dose-response.csv', import.meta.url)) }]) },
    // An input whose every signal is missing never reaches the report: it is refused (tests/load/labFiles.test.ts).
    { name: 'hostile names', results: hostileResults() },
  ];
}

/** A large input: 2 resistant models, 30 doses, 60 replicates (~100,000 rows). */
export function largeResults(): Results {
  return designResults({
    seed: 5, resistant: ['KM12-LR', 'KM12-ER'], replicates: 60,
    conditions: Array.from({ length: 30 }, (_, i) => ({ treatment: 'larotrectinib', dose: 10 * (i + 1), time: 2 })),
  }, 'large.csv');
}

/**
 * Every part of the report at its cap at once: 6 resistant models, 8 targets, 24 doses, 8
 * replicates (~90,000 rows), plus hundreds of verdicts, thousands of warnings and flagged bands.
 */
export function stressResults(): Results {
  const targets: [string, string, number, number][] = [
    ...TARGETS, ['pEGFR', 'EGFR', 0.9, 1], ['pHER2', 'HER2', 0.9, 1], ['pSTAT3', 'STAT3', 0.5, 0.6], ['pS6', 'S6', 0.3, 0.5],
  ];
  const results = designResults({
    seed: 6, resistant: ['R1', 'R2', 'R3', 'R4', 'R5', 'R6'], replicates: 8, targets,
    conditions: Array.from({ length: 24 }, (_, i) => ({ treatment: 'larotrectinib', dose: 5 * (i + 1), time: 2 })),
  }, 'stress.csv');
  return {
    ...results,
    verdicts: Array.from({ length: 300 }, (_, i) => fullVerdict({ line: `R${i}`, summary: `verdict ${i} `.repeat(20) })),
    warnings: Array.from({ length: 5000 }, (_, i) => ({ code: 'stress', message: `warning ${i} `.repeat(10), at: { file: 'stress.csv', row: i } })),
    flaggedBands: Array.from({ length: 5000 }, (_, i) => ({ membrane: `M${i}`, lane: String(i), line: 'KM12', targetLabel: 'pERK1/2', signal: 65535, flag: 'saturated' as const, file: 'stress.csv', row: i })),
    loading: results.loading.map((l, i) => ({ ...l, drift: i % 2 === 0, saturated: i % 3 === 0 })),
  };
}

/** A verdict as the rules stage writes it, with every optional part filled in. */
export function fullVerdict(overrides: Partial<Verdict> = {}): Verdict {
  return {
    line: 'KM12-LR', versus: 'KM12', treatment: 'larotrectinib', dose_nM: 100, time_h: 2,
    mechanism: 'rtk-bypass', drivers: ['MET'], confidence: 'moderate',
    summary: 'KM12-LR: MET bypass likely',
    evidence: [
      { rule: 'assay-validity', outcome: 'fired', targets: ['TRK', 'ERK'], values: { fTRK: 0.07 }, thresholds: { suppressed: 0.2 }, sentence: 'pTRK and pERK are suppressed in KM12' },
      { rule: 'rtk-bypass', outcome: 'fired', targets: ['MET'], values: { log2: 2.1 }, thresholds: { minLog2Ratio: 1 }, sentence: 'pMET is 4.3-fold higher in KM12-LR' },
      { rule: 'on-target', outcome: 'not-fired', targets: ['TRK'], values: {}, thresholds: {}, sentence: 'pTRK is suppressed in KM12-LR' },
      { rule: 'pi3k-akt-bypass', outcome: 'not-evaluable', targets: ['AKT'], values: {}, thresholds: {}, sentence: 'pAKT was not measured' },
    ],
    hints: [{ kind: 'amplification', target: 'MET', sentence: 'total MET is 3.4x KM12: possible MET amplification', values: { fold: 3.4 } }],
    nextSteps: ['test crizotinib or capmatinib with the TRK inhibitor', 'confirm MET amplification by FISH'],
    genotype: [{
      gene: 'MET', proteinChange: null, class: 'amplification', region: 'amplification (copy number >= 6)', vaf: null, copyNumber: 9,
      sample: 'LR-1', source: { file: 'variants.maf', row: 3 }, line: 'KM12-LR', acquired: true, variantClassification: null,
    }],
    concordance: { status: 'concordant', sentence: 'MET amplification in KM12-LR supports receptor bypass', genotypeSuggests: 'bypass' },
    ...overrides,
  };
}
