import { describe, expect, it } from 'vitest';
import { loadFile } from '../../../src/load/loadFile.js';
import { empiria } from '../../../src/load/vendors/empiria.js';
import { LAYOUT_8, tableOf, vendorFixture } from './fixtures.js';

const FILE = 'empiria/analysis.csv';

describe('empiria.read(table, context)', () => {
  it('reads Signal, not Empiria\'s own Normalized Signal', () => {
    const result = empiria.read(tableOf(vendorFixture(FILE)), { file: FILE, headerIndex: 0 });
    expect(result.signalColumn).toBe('Signal');
    // Rows 2 and 10 of the file: lane 1 at 700 (412300) and at 800 (15230; Normalized Signal 15067.0 is not used).
    expect(result.rows[0]).toMatchObject({ lane: '1', channel: '700', signal: 412300, at: { row: 2 } });
    expect(result.rows[8]).toMatchObject({ lane: '1', channel: '800', signal: 15230, at: { row: 10 } });
  });
});

describe('loadFile(Empiria export, { channel })', () => {
  it('reads the 700 channel as the REVERT total-protein stain (a loading control)', () => {
    const f = loadFile(vendorFixture(FILE), { layout: LAYOUT_8(), channel: ['700=REVERT Total Protein Stain', '800=pERK'] });
    expect(f.layout).toBe('empiria');
    const lane2 = f.bands.filter((b) => b.lane === '2').map((b) => [b.target.protein, b.target.form, b.signal]);
    expect(lane2).toEqual([['total-protein', 'loading', 398100], ['ERK', 'phospho', 1460]]);
  });
});
