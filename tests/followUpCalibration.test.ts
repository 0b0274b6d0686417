/**
 * The follow-up outcomes' operating characteristics on simulated follow-up experiments with a known
 * outcome, through the real pipeline (bench/calibration/followUps.mjs, the same code as
 * `npm run calibrate:followup`, on fewer runs so the suite stays fast; seeds fixed).
 *
 * Targets (issue 26): at n = 3 and a per-band CV of 20 %, at least 95 % right outcomes over the
 * cases, and at most 1 % wrong `restored` among arms whose truth is another outcome. The full table,
 * 400 runs a case and three CVs, is bench/FOLLOW_UPS.md.
 */
import { expect, it } from 'vitest';
import { calibrateFollowUps } from '../bench/calibration/followUps.mjs';
import { analyze } from '../src/analyze.js';

interface Row { truth: string; runs: number; right: number; withheld: number; wrong: number; wrongRestored: number; verdictRight: number }

it('n = 3, CV 20 %: at least 95 % right outcomes, at most 1 % wrong restored, the verdict on the TRK inhibitor alone kept', () => {
  const rows = calibrateFollowUps({ runs: 30, n: 3, cv: 0.2, analyze }) as Row[];
  const sum = (k: keyof Row, of = rows) => of.reduce((s, r) => s + (r[k] as number), 0);
  expect(rows).toHaveLength(11);
  expect(sum('right') / sum('runs')).toBeGreaterThanOrEqual(0.95);
  const notRestored = rows.filter((r) => r.truth !== 'restored');
  expect(sum('wrongRestored', notRestored) / sum('runs', notRestored)).toBeLessThanOrEqual(0.01);
  for (const r of rows) expect(r.verdictRight / r.runs).toBeGreaterThanOrEqual(0.9);
}, 120_000);
