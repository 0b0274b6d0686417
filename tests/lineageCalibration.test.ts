/**
 * The lineage reading's operating characteristics on simulated lineages with a known history
 * (bench/calibration/lineage.mjs, the same code as `npm run calibrate:lineage`, on fewer runs so the
 * suite stays fast; seeds are fixed). Targets (issue 28): at n = 3 and CV 20 %, `emerged` right in
 * at least 90 % (here over all cases, and 85 % in each on these 40 runs a case) and dated early in at
 * most 2 %. The full table is bench/LINEAGE.md.
 */
import { describe, expect, it } from 'vitest';
import { calibrateLineages, LINEAGE_CASES, scoreEmerged, simulateLineage } from '../bench/calibration/lineage.mjs';
import { analyze } from '../src/analyze.js';

describe('calibration of emerged on simulated lineages', () => {
  it('n = 3, CV 20 %: emerged right in at least 90 % over all cases (85 % in each), early in at most 2 %', () => {
    const rows = calibrateLineages({ runs: 40, n: 3, cv: 0.2, analyze });
    expect(rows.map((r) => r.caseName)).toEqual(Object.keys(LINEAGE_CASES));
    for (const r of rows) expect(r.right / r.runs, r.caseName).toBeGreaterThanOrEqual(0.85);
    const runs = rows.reduce((s, r) => s + r.runs, 0);
    expect(rows.reduce((s, r) => s + r.right, 0) / runs).toBeGreaterThanOrEqual(0.9);
    expect(rows.reduce((s, r) => s + r.early, 0) / runs).toBeLessThanOrEqual(0.02);
    expect(rows.find((r) => r.caseName.startsWith('switch'))!.changesRight / 40).toBeGreaterThanOrEqual(0.9);
  });

  it('the simulator writes what it says: weeks on the stages, none on the parental', () => {
    const text = simulateLineage({ caseName: 'never escapes', n: 2, cv: 0.2, seed: 1 });
    const rows = text.trim().split('\n').slice(1).map((r) => r.split(','));
    expect(rows).toHaveLength(2 * 5 * 2 * 7);
    expect(new Set(rows.map((r) => `${r[2]}:${r[4]}`))).toEqual(new Set(['KM12:', 'KM12-LR w2:2', 'KM12-LR w4:4', 'KM12-LR w8:8', 'KM12-LR w16:16']));
  });

  it('scores an emergence dated before the truth as early, after it as late', () => {
    const c = 'MAPK bypass emerges at week 8';
    expect(scoreEmerged(c, { mechanism: 'mapk-bypass', weeksOnDrug: 4 })).toBe('early');
    expect(scoreEmerged(c, { mechanism: 'mapk-bypass', weeksOnDrug: 16 })).toBe('late');
    expect(scoreEmerged(c, { mechanism: 'on-target', weeksOnDrug: 8 })).toBe('wrong');
    expect(scoreEmerged('never escapes', { mechanism: 'mapk-bypass', weeksOnDrug: 8 })).toBe('wrong');
  });
});
