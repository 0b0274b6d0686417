import { describe, expect, it } from 'vitest';
import { headerKey } from '../../../src/load/designColumns.js';
import { loadFile } from '../../../src/load/loadFile.js';
import { readTable } from '../../../src/load/readTable.js';
import { imageLabBands, imageLabLanes } from '../../../src/load/vendors/imageLab.js';
import { said, tableInput } from '../../helpers/inputs.js';
import { tableOf, vendorFixture } from './fixtures.js';

const keys = (header: string) => header.split(',').map(headerKey);
const BANDS_HEADER = 'Lane,Band No.,Band Label,Mol. Wt. (KDa),Relative Front,Adj. Volume (Int),Volume (Int),Abs. Quant.,Rel. Quant.,Band %,Lane %';

describe('imageLabBands.detect(keys)', () => {
  it('recognises the Lane and Bands header and not the lane table', () => {
    expect(imageLabBands.detect(keys(BANDS_HEADER))).toBe(true);
    expect(imageLabBands.detect(keys('Lane No.,Adj. Total Band Vol. (Int),Total Band Vol. (Int)'))).toBe(false);
    expect(imageLabLanes.detect(keys('Lane No.,Adj. Total Band Vol. (Int),Total Band Vol. (Int)'))).toBe(true);
  });
});

describe('imageLabBands.read(table, context)', () => {
  it('finds the header under a preamble line and reads Adj. Volume (Int) with the band label', () => {
    const input = vendorFixture('imagelab/M1_bands.csv');
    const result = imageLabBands.read(tableOf(input), { file: input.name, headerIndex: 1 });
    expect(result.signalColumn).toBe('Adj. Volume (Int)');
    expect(result.dataRows).toBe(17);
    // Rows 3 and 4 of the file: lane 1, pERK 41250 and GAPDH 61230.
    expect(result.rows.slice(0, 2)).toEqual([
      { at: { file: input.name, row: 3, column: 'Adj. Volume (Int)' }, membrane: null, lane: '1', targetLabel: 'pERK', signal: 41250 },
      { at: { file: input.name, row: 4, column: 'Adj. Volume (Int)' }, membrane: null, lane: '1', targetLabel: 'GAPDH', signal: 61230 },
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('reads side-by-side blocks of a workbook saved as CSV, and `Lane %` does not start a block', () => {
    const block = ['1', '1', 'pERK', '42', '0.46', '100', '120', 'N/A', '1', '50', '5'];
    const header = [...BANDS_HEADER.split(','), ...BANDS_HEADER.split(',')];
    const table = readTable('blocks.csv', [
      'blot M1', header.join(','), [...block, '2', '1', 'pERK', '42', '0.46', '200', '230', 'N/A', '2', '50', '5'].join(','),
      [...block.map(() => ''), '2', '2', 'GAPDH', '37', '0.55', '300', '320', 'N/A', '1', '50', '5'].join(','),
    ].join('\n'));
    const rows = imageLabBands.read(table, { file: 'blocks.csv', headerIndex: 1 }).rows;
    expect(rows.map((r) => [r.lane, r.targetLabel, r.signal])).toEqual([['1', 'pERK', 100], ['2', 'pERK', 200], ['2', 'GAPDH', 300]]);
  });

  it('falls back to Volume (Int) and says it is not background-corrected', () => {
    const table = readTable('raw.csv', 'Lane,Band No.,Volume (Int)\n1,1,5000\n');
    const result = imageLabBands.read(table, { file: 'raw.csv', headerIndex: 0 });
    expect(result.signalColumn).toBe('Volume (Int)');
    expect(said(result.warnings)).toEqual([{ code: 'signal-not-corrected', message: expect.stringContaining('"Volume (Int)", which is not background-corrected') }]);
  });
});

describe('loadFile(Image Lab exports, { layout, target })', () => {
  const layout = vendorFixture('imagelab/layout.csv');

  it('joins both exports to membrane M1 of the layout (file names start with M1_)', () => {
    const bands = loadFile(vendorFixture('imagelab/M1_bands.csv'), { layout }).bands;
    expect(new Set(bands.map((b) => b.membrane))).toEqual(new Set(['M1']));
    expect(bands).toHaveLength(16);
    expect(bands.filter((b) => b.lane === '4').map((b) => [b.line, b.status, b.treatment, b.dose_nM, b.target.protein, b.target.form, b.signal])).toEqual([
      ['KM12-LR', 'resistant', 'larotrectinib', 100, 'ERK', 'phospho', 31920],
      ['KM12-LR', 'resistant', 'larotrectinib', 100, 'GAPDH', 'loading', 62110],
    ]);
  });

  it('reads the tab-separated lane table below two preamble lines, with --target FILE=NAME', () => {
    const f = loadFile(vendorFixture('imagelab/M1_ERK.txt'), { layout, target: ['M1_ERK.txt=ERK'] });
    expect(f).toMatchObject({ layout: 'imagelab-lanes', rows: 8, delimiter: '\t' });
    // Row 4 of the file: lane 1, Adj. Total Band Vol. 52310.
    expect(f.bands[0]).toMatchObject({ membrane: 'M1', lane: '1', signal: 52310, at: { row: 4, column: 'Adj. Total Band Vol. (Int)' } });
    expect(f.bands.every((b) => b.target.protein === 'ERK' && b.target.form === 'total')).toBe(true);
  });

  it('reports the export lane the layout does not name, with its file and row', () => {
    const f = loadFile(vendorFixture('imagelab/M1_bands.csv'), { layout });
    expect(f.warnings.filter((w) => w.code === 'lane-not-in-layout')).toEqual([
      { code: 'lane-not-in-layout', message: 'lane "9" of membrane "M1" is not in the layout sheet; its 1 band was left out', at: { file: 'imagelab/M1_bands.csv', row: 19 } },
    ]);
    expect(f.warnings[0]).toEqual({
      code: 'signal-column', message: 'Bio-Rad Image Lab Lane and Bands table: signals read from column "Adj. Volume (Int)"',
      at: { file: 'imagelab/M1_bands.csv', column: 'Adj. Volume (Int)' },
    });
  });

  it('reads a lane table whose preamble has no delimiter at all (delimiter found from the header)', () => {
    const input = tableInput('M1_x.txt', [['Blot M1'], ['2024-03-14'], ['Lane No.', 'Adj. Vol. (Int)'], ['1', '10'], ['2', '20']], { delimiter: '\t' });
    const f = loadFile(input, { layout, target: ['pERK'] });
    expect(f.bands.map((b) => [b.lane, b.signal])).toEqual([['1', 10], ['2', 20]]);
  });
});
