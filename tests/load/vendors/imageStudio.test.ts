import { describe, expect, it } from 'vitest';
import { headerKey } from '../../../src/load/designColumns.js';
import { loadFile } from '../../../src/load/loadFile.js';
import { imageStudio } from '../../../src/load/vendors/imageStudio.js';
import { inputErrorOf } from '../../helpers/inputs.js';
import { LAYOUT_8, cellsOfRow, tableOf, vendorFixture } from './fixtures.js';

const FILE = 'imagestudio/M2_two-colour.csv';

describe('imageStudio.detect(keys)', () => {
  it('needs Signal with Bkgnd. or Total, and a name column; Empiria (Normalized Signal) is not Image Studio', () => {
    const keys = (h: string) => h.split(',').map(headerKey);
    expect(imageStudio.detect(keys('Image Name,Name,Channel,Signal,Total,Bkgnd.,Area'))).toBe(true);
    expect(imageStudio.detect(keys('Lane Name,Signal,Bkgnd.'))).toBe(true);
    expect(imageStudio.detect(keys('Lane,Channel,Signal,Normalized Signal,Background'))).toBe(false);
    expect(imageStudio.detect(keys('line,status,treatment,target,signal'))).toBe(false);
  });
});

describe('imageStudio.read(table, context)', () => {
  it('reads Signal, the channel, the shape name as lane and the image name', () => {
    const input = vendorFixture(FILE);
    const result = imageStudio.read(tableOf(input), { file: FILE, headerIndex: 0 });
    expect(result.rows).toHaveLength(16);
    // Row 3 of the file: Lane 1, channel 800, Signal 18520.
    expect(cellsOfRow(input, 3).slice(0, 4)).toEqual(['M2 2024-03-15 scan', 'Lane 1', '800', '18520']);
    expect(result.rows[1]).toEqual({ at: { file: FILE, row: 3, column: 'Signal' }, membrane: 'M2 2024-03-15 scan', lane: 'Lane 1', channel: '800', signal: 18520 });
  });

  it('the fixture keeps the documented identity Signal = Total - Bkgnd. x Area', () => {
    const rows = tableOf(vendorFixture(FILE)).rows.slice(1);
    // Total is written with one decimal, so the identity holds to within 0.05.
    for (const [, , , signal, total, bkgnd, , area] of rows) {
      expect(Math.abs(Number(total) - Number(bkgnd) * Number(area) - Number(signal))).toBeLessThanOrEqual(0.05 + 1e-9);
    }
  });
});

describe('loadFile(two-colour Image Studio export, { channel })', () => {
  it('puts phospho (800) and total (700) in the same lane', () => {
    const f = loadFile(vendorFixture(FILE), { layout: LAYOUT_8(), channel: ['800=pERK', '700=ERK'] });
    const lane1 = f.bands.filter((b) => b.lane === '1').map((b) => [b.membrane, b.target.label, b.target.form, b.signal]);
    expect(lane1).toEqual([['M2_two-colour', 'ERK', 'total', 24110], ['M2_two-colour', 'pERK', 'phospho', 18520]]);
    expect(f.bands).toHaveLength(16);
  });

  it('accepts channel names written with a unit or a prefix (IR800, 700 nm)', () => {
    const f = loadFile(vendorFixture(FILE), { layout: LAYOUT_8(), channel: ['IR800=pERK', '700 nm=ERK'] });
    expect(new Set(f.bands.map((b) => b.target.label))).toEqual(new Set(['pERK', 'ERK']));
  });

  it('without --channel, says which channels need a target', () => {
    const error = inputErrorOf(() => loadFile(vendorFixture(FILE), { layout: LAYOUT_8() }));
    expect(error.code).toBe('no-target');
    expect(error.format()).toBe(
      'imagestudio/M2_two-colour.csv:2: no target for the bands of this export: it does not name the antibody - say which antibody each channel shows: --channel 700=NAME --channel 800=NAME (e.g. --channel 700=pERK)',
    );
  });

  it('with only one channel named, names the other', () => {
    const error = inputErrorOf(() => loadFile(vendorFixture(FILE), { layout: LAYOUT_8(), channel: ['800=pERK'] }));
    expect(error.message).toBe('channel "700" has no target');
    expect(error.hint).toBe('add --channel 700=NAME, e.g. --channel 700=pERK');
  });
});
