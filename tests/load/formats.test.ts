import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HEADER_SCAN_ROWS, describeFormats, detectVendor, formatNames, listFormats } from '../../src/load/formats.js';
import { loadFile } from '../../src/load/loadFile.js';
import { inputErrorOf, said, textInput } from '../helpers/inputs.js';
import { LAYOUT_8, realworldFixture, tableOf, vendorFixture } from './vendors/fixtures.js';

const example = (name: string) => ({ name, bytes: readFileSync(new URL(`../../examples/${name}`, import.meta.url)) });

describe('detectVendor(table)', () => {
  it.each([
    ['imagelab/M1_bands.csv', 'imagelab-bands', 1],
    ['imagestudio/M2_two-colour.csv', 'imagestudio', 0],
    ['empiria/analysis.csv', 'empiria', 0],
    ['ibright/bands.csv', 'ibright', 0],
    ['imagej/gel-analyzer.csv', 'imagej-gel', 0],
    ['imagej/measure.csv', 'imagej-measure', 0],
  ])('%s is %s with the header at index %i', (path, name, headerIndex) => {
    const found = detectVendor(tableOf(vendorFixture(path)));
    expect([found?.format.name, found?.headerIndex]).toEqual([name, headerIndex]);
  });

  it('the real Compass peak table is compass', () => {
    expect(detectVendor(tableOf(realworldFixture('compass-jess-peaks.csv')))?.format.name).toBe('compass');
  });

  it('looks no further than the first rows for a header', () => {
    const preamble = Array.from({ length: HEADER_SCAN_ROWS }, (_, i) => `note ${i}`).join('\n');
    const input = textInput('late.csv', `${preamble}\nLane,Band No.,Adj. Volume (Int)\n1,1,5\n`);
    expect(detectVendor(tableOf(input))).toBeNull();
  });
});

describe('loadFile(input, { format, layout })', () => {
  it('a tidy table is never read as an export, even with export-like columns and --layout given', () => {
    const input = textInput('long.csv', 'line,status,treatment,Lane,Band No.,target,Adj. Volume (Int)\nKM12,sensitive,DMSO,1,1,pERK,5\n');
    const f = loadFile(input, { layout: LAYOUT_8(), target: ['pERK'] });
    expect(f.layout).toBe('long');
    expect(said(f.warnings)).toContainEqual({ code: 'options-ignored', message: '--layout, --target ignored: this file has its own design columns' });
  });

  it('the example experiment still reads as long and wide', () => {
    expect(loadFile(example('trk-bypass-long.csv')).layout).toBe('long');
    expect(loadFile(example('trk-bypass-wide.csv')).layout).toBe('wide');
  });

  it('an export without --layout says what it is and how to give the design', () => {
    const error = inputErrorOf(() => loadFile(vendorFixture('ibright/bands.csv')));
    expect(error.format()).toBe(
      'ibright/bands.csv: this is a Thermo Fisher iBright Analysis Software band analysis table: it has lanes and signals but not the design (line, status, treatment) of each lane - give a lane layout sheet with --layout layout.csv (blotbypass template writes one to fill in)',
    );
  });

  it('--format forces one reader', () => {
    const f = loadFile(vendorFixture('imagej/gel-analyzer.csv'), { format: 'imagej-gel', layout: LAYOUT_8(), target: ['pERK'] });
    expect(f.layout).toBe('imagej-gel');
    const wrong = inputErrorOf(() => loadFile(vendorFixture('imagej/gel-analyzer.csv'), { format: 'compass', layout: LAYOUT_8() }));
    expect(wrong.message).toBe('no ProteinSimple Compass for Simple Western peak table header in the first rows of this file (expected columns such as Sample, Primary, Cap, Peak, Name, Area)');
    expect(inputErrorOf(() => loadFile(example('trk-bypass-long.csv'), { format: 'wide' })).message).toBe('--format wide was given, but the file is in the long layout');
    expect(inputErrorOf(() => loadFile(example('trk-bypass-long.csv'), { format: 'xlsx' })).message).toBe('unknown format "xlsx"');
  });
});

describe('listFormats() and describeFormats()', () => {
  it('lists the tidy layouts and one entry per importer, each with its export instructions', () => {
    expect(formatNames()).toEqual(['long', 'wide', 'compass', 'imagelab-bands', 'imagelab-lanes', 'empiria', 'imagestudio', 'ibright', 'imagej-measure', 'imagej-gel']);
    for (const f of listFormats()) expect([f.software, f.exportName, f.signature, f.signal, f.howToExport].every((t) => t.length > 0)).toBe(true);
    const text = describeFormats();
    for (const name of formatNames()) expect(text).toContain(`  ${name} `);
  });
});
