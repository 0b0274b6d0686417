/**
 * Progress of a long analysis: the stages `analyze(inputs, { onProgress })` reports, and the
 * progress line `blotbypass analyze` draws from them on a terminal (src/cli.ts), and only there.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { PROGRESS_MIN_BYTES, progressLine, run } from '../src/cli.js';
import { resultsToJson } from '../src/report/jsonOutput.js';
import { fixture } from './helpers/inputs.js';

const EXAMPLE = fileURLToPath(new URL('../examples/trk-bypass-long.csv', import.meta.url));

type Call = [stage: string, done: number, total: number];

describe('analyze(inputs, { onProgress })', () => {
  it('reports each file of the load stage, then normalize, compare, curves and rules, each from 0 to all of its units', () => {
    const calls: Call[] = [];
    analyze([fixture('membrane-M1.csv'), fixture('membrane-M2.csv')], { onProgress: (...call) => calls.push(call) });
    expect(calls).toEqual([
      ['load', 0, 2], ['load', 1, 2], ['load', 1, 2], ['load', 2, 2],
      ['normalize', 0, 1], ['normalize', 1, 1], ['compare', 0, 1], ['compare', 1, 1], ['curves', 0, 1], ['curves', 1, 1], ['rules', 0, 1], ['rules', 1, 1],
    ]);
  });

  it('changes nothing in the results', () => {
    const inputs = [fixture('membrane-M1.csv'), fixture('membrane-M2.csv')];
    expect(resultsToJson(analyze(inputs, { onProgress: () => undefined }))).toBe(resultsToJson(analyze(inputs)));
  });
});

describe('progressLine(io, inputBytes, now)', () => {
  const big = PROGRESS_MIN_BYTES;

  function recorder(stderrIsTTY: boolean, inputBytes: number) {
    const written: string[] = [];
    let clock = 1_000;
    const line = progressLine({ stderr: (t) => written.push(t), stderrIsTTY }, inputBytes, () => clock);
    return { written, line, advance: (ms: number) => { clock += ms; } };
  }

  it('writes nothing when stderr is not a terminal, however large the input', () => {
    const { written, line } = recorder(false, 100 * big);
    line.update('load', 0, 1);
    line.update('normalize', 0, 1);
    line.finish();
    expect(written).toEqual([]);
  });

  it('writes nothing on a terminal for a small input', () => {
    const { written, line } = recorder(true, big - 1);
    line.update('load', 0, 1);
    line.finish();
    expect(written).toEqual([]);
  });

  it('on a terminal, rewrites one line at each stage, at most every 100 ms within a stage, and erases it at the end', () => {
    const { written, line, advance } = recorder(true, big);
    line.update('load', 0, 3);
    advance(50);
    line.update('load', 1, 3); // within 100 ms of the last redraw: skipped
    advance(60);
    line.update('load', 2, 3);
    line.update('normalize', 0, 1); // a new stage: drawn at once
    advance(2_000);
    line.update('write', 0, 1);
    line.finish();
    line.finish();
    expect(written).toEqual([
      '\rblotbypass: reading file 1 of 3 (0.0 s)\u001b[K',
      '\rblotbypass: reading file 3 of 3 (0.1 s)\u001b[K',
      '\rblotbypass: normalising (0.1 s)\u001b[K',
      '\rblotbypass: writing the outputs (2.1 s)\u001b[K',
      '\r\u001b[K',
    ]);
  });
});

describe('blotbypass analyze progress', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'blotbypass-progress-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  async function analyzeWith(stderrIsTTY: boolean, files: string[]): Promise<{ code: number; stderr: string }> {
    let stderr = '';
    const code = await run(['analyze', ...files, '--out', join(dir, 'out'), '--no-report'], {
      stdout: () => undefined, stderr: (t) => { stderr += t; }, env: {}, cwd: dir, stderrIsTTY,
    });
    return { code, stderr };
  }

  /** The bundled example repeated under new membrane and replicate names until it passes the progress threshold. */
  function largeInput(): string {
    const [header, ...rows] = readFileSync(EXAMPLE, 'utf8').trim().split('\n');
    const copies = Math.ceil(PROGRESS_MIN_BYTES / Buffer.byteLength(rows.join('\n'))) + 1;
    const out = [header!];
    for (let k = 0; k < copies; k++) {
      for (const row of rows) {
        const cells = row.split(',');
        cells[0] = `${cells[0]}-c${k}`; // blot
        cells[7] = `${cells[7]}-c${k}`; // replicate
        out.push(cells.join(','));
      }
    }
    const path = join(dir, 'large.csv');
    writeFileSync(path, `${out.join('\n')}\n`);
    return path;
  }

  it('is silent when stderr is not a terminal, for the example and for a large input', async () => {
    expect(await analyzeWith(false, [EXAMPLE])).toEqual({ code: 0, stderr: '' });
    expect(await analyzeWith(false, [largeInput()])).toEqual({ code: 0, stderr: '' });
  });

  it('on a terminal, is silent for the example and draws then erases its line for a large input', async () => {
    expect(await analyzeWith(true, [EXAMPLE])).toEqual({ code: 0, stderr: '' });
    const { code, stderr } = await analyzeWith(true, [largeInput()]);
    expect(code).toBe(0);
    const redraws = stderr.split('\r').filter(Boolean);
    expect(redraws[0]).toMatch(/^blotbypass: reading \(\d+\.\d s\)\u001b\[K$/);
    // Stages in order (a stage may be redrawn while it lasts), then the erasing of the line.
    const stages = redraws.slice(0, -1).map((r) => /^blotbypass: ([a-z -]+?) \(/.exec(r)?.[1]);
    expect([...new Set(stages)]).toEqual(['reading', 'normalising', 'comparing models', 'fitting dose-response curves', 'applying the rules', 'writing the outputs']);
    expect(redraws.at(-1)).toBe('\u001b[K');
    expect(stderr.endsWith('\r\u001b[K')).toBe(true);
  });
});
