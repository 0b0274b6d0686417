/**
 * Each real file from shared/realworld/ (copied to tests/fixtures/realworld/, sources in NOTES.md there)
 * through `blotbypass analyze`: analysed, or rejected with one precise line (exit 2). None may crash (exit 1).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REALWORLD_FIXTURES, VENDOR_FIXTURES } from './fixtures.js';
import { runCli } from './cliRun.js';

const out = mkdtempSync(join(tmpdir(), 'blotbypass-realworld-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));
const analyze = (file: string, ...flags: string[]) => runCli(['analyze', `${REALWORLD_FIXTURES}${file}`, '--out', join(out, file), ...flags], out);
const error = (file: string, text: string) => `error: ${REALWORLD_FIXTURES}${file}${text}\n`;

describe('blotbypass analyze on real files from other labs', () => {
  it('compass-jess-peaks.csv (Jess peak table) is analysed with a lane layout sheet and --target', async () => {
    const result = await analyze('compass-jess-peaks.csv', '--layout', `${VENDOR_FIXTURES}compass/layout.csv`, '--target', 'pERK');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('models KM12 (sensitive), KM12-LR (resistant)');
    expect(result.stdout).toContain('6 ladder rows left out');
    expect(existsSync(join(out, 'compass-jess-peaks.csv', 'results.json'))).toBe(true);
  });

  it('compass-jess-peaks.csv without a layout sheet is rejected: an export needs the lane design', async () => {
    const result = await analyze('compass-jess-peaks.csv');
    expect(result).toEqual({ code: 2, stdout: '', stderr: error('compass-jess-peaks.csv', ': this is a ProteinSimple Compass for Simple Western peak table: it has lanes and signals but not the design (line, status, treatment) of each lane - give a lane layout sheet with --layout layout.csv (blotbypass template writes one to fill in)') });
  });

  it('blotrig-sample.csv (SNI vs SHAM) is rejected: its groups are not sensitive/resistant', async () => {
    const result = await analyze('blotrig-sample.csv');
    expect(result).toEqual({ code: 2, stdout: '', stderr: error('blotrig-sample.csv', ':1 (column "Group"): column "Group" holds "SHAM", "SNI", not sensitive or resistant, and there is no line or treatment column - blotbypass compares drug and vehicle lanes of a sensitive model and its resistant derivative: give line, status (sensitive/resistant) and treatment columns (blotbypass template writes an example)') });
  });

  it('dilger-comma-decimals.csv is rejected: the values are already normalised to the housekeeping protein', async () => {
    const result = await analyze('dilger-comma-decimals.csv');
    expect(result).toEqual({ code: 2, stdout: '', stderr: error('dilger-comma-decimals.csv', ':1: the values are already normalised ratios (Int_House, Int_House_Cont), not band signals: blotbypass needs the raw signal of each target and its loading control - give the band signals before normalisation (target and loading control per lane); blotbypass normalises them itself') });
  });

  it('wapl-trailing-columns.csv is rejected: no status or treatment column', async () => {
    const result = await analyze('wapl-trailing-columns.csv');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: .*wapl-trailing-columns\.csv:1: missing required columns: status, treatment - name the status column one of: status, /);
    expect(result.stderr.split('\n')).toHaveLength(2);
  });

  it('lincs-microwestern-pakt.tsv is rejected: the values are summary statistics', async () => {
    const result = await analyze('lincs-microwestern-pakt.tsv');
    expect(result).toEqual({ code: 2, stdout: '', stderr: error('lincs-microwestern-pakt.tsv', ':1: the values are already summary statistics (Average, std), not band signals: blotbypass needs the raw signal of each band - export the per-lane band signals (before averaging) from the imaging software, one row per band or lane') });
  });

  it('blotit-long-pstat1.csv (pSTAT1 time course) is rejected: no line or status column', async () => {
    const result = await analyze('blotit-long-pstat1.csv');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: .*blotit-long-pstat1\.csv:1: missing required columns: line, status - name the line column one of: line, /);
    expect(result.stderr.split('\n')).toHaveLength(2);
  });
});
