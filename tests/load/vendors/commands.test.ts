/** `blotbypass formats` and `blotbypass template`, run in-process. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatNames } from '../../../src/load/formats.js';
import { starterFiles } from '../../../src/load/starterFiles.js';
import { VENDOR_FIXTURES } from './fixtures.js';
import { runCli } from './cliRun.js';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'blotbypass-template-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('blotbypass formats', () => {
  it('lists every format with its columns, signal and what to export', async () => {
    const result = await runCli(['formats'], tmpdir());
    expect(result.code).toBe(0);
    for (const name of formatNames()) expect(result.stdout).toMatch(new RegExp(`^  ${name} +\\S`, 'm'));
    expect(result.stdout).toContain('signal:  Local Background Corrected Volume');
  });
});

describe('blotbypass template [--out dir]', () => {
  it('writes layout.csv and bands-long.csv, then refuses to overwrite them', async () => {
    const dir = tempDir();
    const first = await runCli(['template', '--out', join(dir, 'new')], dir);
    expect(first.code).toBe(0);
    for (const f of starterFiles()) expect(readFileSync(join(dir, 'new', f.name), 'utf8')).toBe(f.text);
    writeFileSync(join(dir, 'new', 'layout.csv'), 'edited\n');
    const second = await runCli(['template', '--out', join(dir, 'new')], dir);
    expect(second).toEqual({ code: 2, stdout: '', stderr: `error: will not overwrite "${join(dir, 'new', 'layout.csv')}" - choose another directory with --out, or move the existing file\n` });
    expect(readFileSync(join(dir, 'new', 'layout.csv'), 'utf8')).toBe('edited\n');
  });

  it('the starter files are valid: the long table validates, the layout joins an export', async () => {
    const dir = tempDir();
    await runCli(['template', '--out', dir], dir);
    // The unfilled table reads as a valid file, and the preview says the analysis would stop: no signal yet.
    const long = await runCli(['validate', join(dir, 'bands-long.csv')], dir);
    expect(long.stdout).toContain('long layout, 60 rows, 60 bands');
    expect([long.code, long.stderr]).toEqual([2, expect.stringContaining('every signal is empty')]);
    const joined = await runCli(['validate', `${VENDOR_FIXTURES}ibright/bands.csv`, '--layout', join(dir, 'layout.csv'), '--target', 'pERK'], dir);
    expect([joined.code, joined.stderr]).toEqual([0, '']);
    expect(joined.stdout).toContain('ibright layout, 8 rows, 8 bands');
    const exported = await runCli(['analyze', `${VENDOR_FIXTURES}ibright/bands.csv`, '--layout', join(dir, 'layout.csv'), '--target', 'pERK', '--out', join(dir, 'out')], dir);
    expect([exported.code, exported.stderr]).toEqual([0, '']);
    expect(exported.stdout).toContain('models KM12 (sensitive), KM12-LR (resistant)');
  });
});

describe('blotbypass validate with export options', () => {
  it('--channel is repeatable and --format is checked against the known names', async () => {
    const ok = await runCli(['validate', `${VENDOR_FIXTURES}imagestudio/M2_two-colour.csv`, '--layout', `${VENDOR_FIXTURES}layout-8-lanes.csv`, '--channel', '800=pERK', '--channel', '700=ERK'], tmpdir());
    expect([ok.code, ok.stderr]).toEqual([0, '']);
    expect(ok.stdout).toContain('imagestudio layout, 16 rows, 16 bands');
    const bad = await runCli(['validate', `${VENDOR_FIXTURES}imagestudio/M2_two-colour.csv`, '--format', 'licor'], tmpdir());
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("option '--format <name>' argument 'licor' is invalid");
  });
});
