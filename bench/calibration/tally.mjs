/**
 * The calibration itself, shared by `npm run calibrate` and tests/calibration.test.ts: simulate,
 * analyse with the real pipeline (dist/), score, and count.
 */
import { baselineVerdict } from './baseline.mjs';
import { CASES, score, simulate } from './simulate.mjs';

const DIST = new URL('../../dist/', import.meta.url);

const empty = () => ({ right: 0, withheld: 0, wrong: 0, wrongStrong: 0 });

/**
 * @param {{ runs: number, n: number[], cv: number[], cases?: string[], onCell?: (cell: object) => void }} options
 * @returns {Promise<object[]>} one row per case x n x CV with the tool's and the baseline's counts
 */
export async function calibrate({ runs, n, cv, cases = Object.keys(CASES), onCell }) {
  const { analyze } = await import(new URL('analyze.js', DIST).href);
  const { welchT } = await import(new URL('stats/welchT.js', DIST).href);
  const rows = [];
  for (const reps of n) {
    for (const c of cv) {
      for (const [caseIndex, caseName] of cases.entries()) {
        const tool = empty();
        const baseline = empty();
        for (let run = 0; run < runs; run++) {
          const seed = 1_000_003 * reps + 10_007 * Math.round(c * 100) + 101 * caseIndex + 7919 * run;
          const csv = simulate({ caseName, n: reps, cv: c, seed });
          const results = analyze([{ name: 'simulated.csv', bytes: new TextEncoder().encode(csv) }]);
          const verdict = results.verdicts[0];
          const outcome = score(caseName, verdict);
          tool[outcome]++;
          if (outcome === 'wrong' && verdict.confidence === 'strong') tool.wrongStrong++;
          baseline[score(caseName, baselineVerdict(csv, welchT))]++;
        }
        const cell = { caseName, n: reps, cv: c, runs, tool, baseline };
        onCell?.(cell);
        rows.push(cell);
      }
    }
  }
  return rows;
}

const pct = (x, total) => `${((100 * x) / total).toFixed(x === total || x === 0 ? 0 : 1)} %`;

/** The table as Markdown: per n and CV, per case, right / withheld / wrong (strong) for the tool and the baseline. */
export function calibrationMarkdown(rows, { runs, seconds }) {
  const lines = [
    '# Calibration of the verdicts',
    '',
    `Written by \`npm run calibrate\` (bench/calibrate.mjs): ${runs} simulated experiments per cell, ${rows.length} cells, ${seconds.toFixed(0)} s.`,
    'Each experiment: a sensitive and a resistant line, DMSO and larotrectinib, n biological replicates each on its own membrane,',
    'the six phospho/total pairs and GAPDH, log-normal band noise at the per-band CV shown, membrane exposure and lane loading',
    'effects that cancel in a ratio (bench/calibration/simulate.mjs). blotbypass runs with its defaults; the baseline is the',
    'decision logic of the pandas + scipy script (unadjusted Welch on log2 f; bench/calibration/baseline.mjs) on the same files.',
    '',
    'right: the true mechanism (and, for receptor bypass, the receptor); withheld: inconclusive where a mechanism is true;',
    'wrong: another mechanism (assay-invalid included; every simulated assay works). For the cases whose truth is "no call"',
    '(unchanged signalling, pERK in the grey zone), inconclusive is right. "strong" counts wrong verdicts graded strong.',
    '',
  ];
  const cells = [...new Set(rows.map((r) => `${r.n}|${r.cv}`))];
  const summary = ['## Summary', '', '| n | CV | blotbypass right | withheld | wrong | wrong strong | baseline right | withheld | wrong |', '|---|---|---|---|---|---|---|---|---|'];
  for (const key of cells) {
    const [n, cv] = key.split('|').map(Number);
    const here = rows.filter((r) => r.n === n && r.cv === cv);
    const total = here.reduce((s, r) => s + r.runs, 0);
    const sum = (who, k) => here.reduce((s, r) => s + r[who][k], 0);
    summary.push(`| ${n} | ${Math.round(cv * 100)} % | ${pct(sum('tool', 'right'), total)} | ${pct(sum('tool', 'withheld'), total)} | ${pct(sum('tool', 'wrong'), total)} | ${sum('tool', 'wrongStrong')} | ${pct(sum('baseline', 'right'), total)} | ${pct(sum('baseline', 'withheld'), total)} | ${pct(sum('baseline', 'wrong'), total)} |`);
  }
  lines.push(...summary, '');
  for (const key of cells) {
    const [n, cv] = key.split('|').map(Number);
    lines.push(`## n = ${n}, CV ${Math.round(cv * 100)} %`, '', '| case | blotbypass right / withheld / wrong (strong) | baseline right / withheld / wrong |', '|---|---|---|');
    for (const r of rows.filter((x) => x.n === n && x.cv === cv)) {
      lines.push(`| ${r.caseName} | ${r.tool.right} / ${r.tool.withheld} / ${r.tool.wrong} (${r.tool.wrongStrong}) | ${r.baseline.right} / ${r.baseline.withheld} / ${r.baseline.wrong} |`);
    }
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}
