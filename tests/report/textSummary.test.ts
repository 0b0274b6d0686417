import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { describeWritten, textSummary } from '../../src/report/textSummary.js';

const example = () => analyze([{ name: 'examples/trk-bypass-long.csv', bytes: readFileSync('examples/trk-bypass-long.csv') }]);

describe('describeWritten(written)', () => {
  it('lists top-level files and counts the files of each sub-folder', () => {
    expect(describeWritten({ dir: 'out', files: ['results.json', 'report.html', 'charts/a.svg', 'charts/a.vl.json', 'charts/b.svg'] }))
      .toBe('wrote out: results.json, report.html, charts/ (3 files)');
  });
  it('says "1 file" for a single file in a folder', () => {
    expect(describeWritten({ dir: '.', files: ['charts/a.svg'] })).toBe('wrote .: charts/ (1 file)');
  });
});

describe('textSummary(results, written)', () => {
  it('names the models, the design, the written files and ends with one verdict line per resistant model', () => {
    const text = textSummary(example(), { dir: 'example-output', files: ['results.json', 'normalized.csv'] });
    const lines = text.split('\n');
    expect(lines[0]).toBe('blotbypass 0.1.0: 1 file, 180 rows; models KM12 (sensitive), KM12-LR (resistant); 1 drug condition, 6 targets, 3 replicates');
    expect(lines).toContain('wrote example-output: results.json, normalized.csv');
    expect(lines).toContain('Verdicts:');
    expect(lines.at(-1)).toMatch(/^ {2}KM12-LR vs KM12, larotrectinib 100 nM 2 h: MAPK bypass \(strong\) - pERK stays at \d+ % of vehicle while pTRK falls to \d+ %/);
  });
  it('prints no "wrote" line when nothing was written', () => {
    expect(textSummary(example(), null)).not.toContain('wrote');
  });
});

describe('textSummary(results) of a screen', () => {
  it('shows the first models and verdicts, the counts per mechanism, and where the rest are', async () => {
    const { designResults } = await import('./reportDatasets.js');
    const resistant = Array.from({ length: 30 }, (_, i) => `R${String(i).padStart(3, '0')}`);
    const results = designResults({ seed: 21, resistant, replicates: 2 });
    const text = textSummary(results, null);
    expect(text.split('\n')[0]).toMatch(/; models KM12 \(sensitive\), R000 \(resistant\), .* and 23 more; /);
    const verdictLines = text.split('\n').filter((l) => /^ {2}R\d{3} vs KM12/.test(l));
    expect(verdictLines).toHaveLength(20);
    expect(text).toMatch(/ {2}\.\.\. and 10 more verdicts \(30 in all: .+\); every one is in results\.json and report\.html/);
    // With --no-report there is no report.html to point to.
    const dataOnly = textSummary(results, { dir: 'out', files: ['results.json', 'normalized.csv', 'comparisons.csv'] });
    expect(dataOnly).toMatch(/; every one is in results\.json$/m);
  });
});
