/** `blotbypass analyze --drug-class NAME=CLASS` and `blotbypass rules` listing the drug table, in process. */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { simulateFollowUp } from '../bench/calibration/followUps.mjs';
import { run } from '../src/cli.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

async function cli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, env: {}, cwd: ROOT });
  return { code, stdout, stderr };
}

let tmp: string;
let data: string;
beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'blotbypass-follow-'));
  data = join(tmp, 'follow-up.csv');
  const text = simulateFollowUp({ caseName: 'MEK combination restores (MAPK bypass)', n: 3, cv: 0.1, seed: 11 });
  writeFileSync(data, text.replaceAll('larotrectinib + trametinib', 'larotrectinib + XR-88'));
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

describe('blotbypass analyze --drug-class', () => {
  it('reads an arm with a drug the table does not know once it is given a class', async () => {
    const out = join(tmp, 'out');
    const r = await cli(['analyze', data, '--out', out, '--no-report', '--drug-class', 'XR-88=mek']);
    expect(r.code).toBe(0);
    const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8'));
    expect(results.followUps.find((f: { arm: string; primary: boolean }) => f.arm === 'larotrectinib + XR-88' && f.primary)).toMatchObject({ outcome: 'restored', bears: 'confirms' });
  });

  it('without it, warns and names the drug; with a bad value or an unknown class, exits 2 and writes nothing', async () => {
    const out = join(tmp, 'warned');
    const warned = await cli(['analyze', data, '--out', out, '--no-report']);
    expect(warned.code).toBe(0);
    expect(warned.stdout + warned.stderr).toContain('"XR-88" is not in the drug table');
    const bad = await cli(['analyze', data, '--out', join(tmp, 'bad'), '--drug-class', 'XR-88']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--drug-class expects NAME=CLASS, got "XR-88"');
    const unknown = await cli(['analyze', data, '--out', join(tmp, 'unknown'), '--drug-class', 'XR-88=mek-inhibitor']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown class "mek-inhibitor"');
    expect(existsSync(join(tmp, 'bad')) || existsSync(join(tmp, 'unknown'))).toBe(false);
  });
});

it('blotbypass rules lists the drug table with each class\'s readouts', async () => {
  const r = await cli(['rules']);
  expect(r.stdout).toContain('mek: MEK inhibitor, suppresses pERK - trametinib (GSK1120212, Mekinist)');
  expect(r.stdout).toContain('afatinib (BIBW 2992) [pEGFR, pHER2]');
});

it('blotbypass validate says how each arm will be read when some arm is not a TRK inhibitor alone', async () => {
  const r = await cli(['validate', join(ROOT, 'examples', 'trk-follow-up.csv')]);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('arms: larotrectinib -> resistance verdict [larotrectinib (trk-first-generation)]; larotrectinib + trametinib -> follow-up, combination');
  expect(r.stdout).toContain('selitrectinib -> follow-up, next-generation');
  const plain = await cli(['validate', join(ROOT, 'examples', 'trk-bypass-long.csv')]);
  expect(plain.stdout).not.toContain('arms:');
  const unknown = await cli(['validate', data]);
  expect(unknown.stdout).toContain('larotrectinib + XR-88 -> not read (a drug not in the table: --drug-class NAME=CLASS)');
});
