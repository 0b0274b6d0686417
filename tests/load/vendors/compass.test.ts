import { describe, expect, it } from 'vitest';
import { loadFile } from '../../../src/load/loadFile.js';
import { compass } from '../../../src/load/vendors/compass.js';
import { readTable } from '../../../src/load/readTable.js';
import { realworldFixture, tableOf, vendorFixture } from './fixtures.js';

const FILE = 'compass-jess-peaks.csv';

describe('compass.read(real Jess peak table)', () => {
  const result = compass.read(tableOf(realworldFixture(FILE)), { file: FILE, headerIndex: 0 });

  it('leaves out the six ladder rows (Biot. Ladder / Ldr) and the six Standard capillaries', () => {
    expect(result.skipped).toEqual([{ reason: 'ladder', count: 6 }, { reason: 'standard', count: 6 }]);
    expect(result.dataRows).toBe(29);
    expect(result.rows).toHaveLength(17);
  });

  it('reads capillary as lane and Area as signal; "Primary" is a placeholder, not an antibody name', () => {
    // Row 14 of the file: Harvest Control, Cap 8, Area 640555.4; row 30: Sample 8, Cap 24, Area 287872.8.
    expect(result.rows[0]).toEqual({ at: { file: FILE, row: 14, column: 'Area' }, membrane: null, lane: '8', channel: 'CHEMI', signal: 640555.4 });
    expect(result.rows[16]).toMatchObject({ lane: '24', signal: 287872.8, at: { row: 30 } });
    expect(result.rows.every((r) => r.targetLabel === undefined)).toBe(true);
  });

  it('a named peak, or a real primary antibody, names the target', () => {
    const table = readTable('c.csv', 'Sample,Primary,Cap,Peak,Name,Area\nS1,anti-pERK,2,1,,500\nS1,anti-pERK,2,2,ERK,700\n');
    expect(compass.read(table, { file: 'c.csv', headerIndex: 0 }).rows.map((r) => r.targetLabel)).toEqual(['anti-pERK', 'ERK']);
  });
});

describe('loadFile(real Compass file, { layout, target })', () => {
  it('joins capillaries 10-24 to the layout and reports the capillaries on either side that do not match', () => {
    const f = loadFile(realworldFixture(FILE), { layout: vendorFixture('compass/layout.csv'), target: ['pERK'] });
    expect(f.bands).toHaveLength(15);
    expect(f.bands[0]).toMatchObject({ lane: '10', line: 'KM12', treatment: 'DMSO', signal: 281330.2 });
    expect(f.warnings.filter((w) => w.code !== 'signal-column').map((w) => w.message)).toEqual([
      '6 ladder rows left out',
      '6 standard rows left out',
      'lane "8" of membrane "compass-jess-peaks" is not in the layout sheet; its 1 band was left out',
      'lane "9" of membrane "compass-jess-peaks" is not in the layout sheet; its 1 band was left out',
      '1 lane of membrane "compass-jess-peaks" in the layout sheet compass/layout.csv has no band in this export: "25"',
    ]);
  });
});
