import { describe, expect, it } from 'vitest';
import { loadFile } from '../../../src/load/loadFile.js';
import { readTable } from '../../../src/load/readTable.js';
import { imageJGel, imageJMeasure } from '../../../src/load/vendors/imageJ.js';
import { said } from '../../helpers/inputs.js';
import { LAYOUT_8, tableOf, vendorFixture } from './fixtures.js';

describe('imageJGel.read(table, context)', () => {
  it('takes the lane from the leading unnamed row-number column and the signal from Area', () => {
    const input = vendorFixture('imagej/gel-analyzer.csv');
    const result = imageJGel.read(tableOf(input), { file: input.name, headerIndex: 0 });
    expect(result.rows.map((r) => [r.lane, r.signal])).toEqual([
      ['1', 8412.355], ['2', 812.042], ['3', 7903.618], ['4', 6511.279], ['5', 8130.904], ['6', 899.313], ['7', 8179.027], ['8', 6827.736],
    ]);
  });

  it('numbers the lanes in row order when the row-number column was not saved', () => {
    const table = readTable('gel.csv', 'Area,Percent\n100,25\n300,75\n');
    expect(imageJGel.read(table, { file: 'gel.csv', headerIndex: 0 }).rows.map((r) => [r.lane, r.signal, r.at.row])).toEqual([['1', 100, 2], ['2', 300, 3]]);
  });
});

describe('imageJMeasure.read(table, context)', () => {
  it('prefers IntDen, names the image from Label, and warns that Measure does not subtract background', () => {
    const input = vendorFixture('imagej/measure.csv');
    const result = imageJMeasure.read(tableOf(input), { file: input.name, headerIndex: 0 });
    // Row 2 of the file: IntDen 200062.40 (= 1520 x 131.62).
    expect(result.rows[0]).toEqual({ at: { file: input.name, row: 2, column: 'IntDen' }, membrane: 'M3_ERK', lane: '1', signal: 200062.4 });
    expect(said(result.warnings)).toEqual([{ code: 'signal-not-corrected', message: expect.stringContaining('"IntDen", which is not background-corrected') }]);
  });

  it('falls back to RawIntDen', () => {
    const table = readTable('m.csv', ' ,Label,Area,RawIntDen\n1,blot.tif,10,1234\n');
    expect(imageJMeasure.read(table, { file: 'm.csv', headerIndex: 0 }).rows[0]).toMatchObject({ signal: 1234, membrane: 'blot' });
  });
});

describe('loadFile(ImageJ results, { layout, target })', () => {
  it('Gel Analyzer and Measure files, each with its own --target FILE=NAME', () => {
    const options = { layout: LAYOUT_8(), target: ['gel-analyzer.csv=pERK', 'measure=ERK'] };
    const gel = loadFile(vendorFixture('imagej/gel-analyzer.csv'), options);
    const measure = loadFile(vendorFixture('imagej/measure.csv'), options);
    expect([gel.layout, gel.bands[0]!.target.label, measure.layout, measure.bands[0]!.target.label]).toEqual(['imagej-gel', 'pERK', 'imagej-measure', 'ERK']);
    expect(gel.bands.map((b) => b.line)).toEqual(['KM12', 'KM12', 'KM12-LR', 'KM12-LR', 'KM12', 'KM12', 'KM12-LR', 'KM12-LR']);
  });
});
