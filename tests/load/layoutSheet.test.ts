import { describe, expect, it } from 'vitest';
import { joinLayout as joinRows, matchMembrane } from '../../src/load/layoutJoin.js';
import { laneKey, readLayoutSheet, type LayoutSheet } from '../../src/load/layoutSheet.js';
import { identifyTarget } from '../../src/load/targetNames.js';
import type { TargetIdentity } from '../../src/load/types.js';
import type { VendorRow } from '../../src/load/vendors/types.js';
import { inputErrorOf, inputErrorsOf, said, tableInput, textInput } from '../helpers/inputs.js';

const HEADER = ['membrane', 'lane', 'line', 'status', 'treatment', 'dose_uM', 'time_h', 'replicate'];
const SHEET = tableInput('layout.csv', [
  HEADER,
  ['M1', '1', 'KM12', 'sensitive', 'DMSO', '0', '2', '1'],
  ['M1', '2', 'KM12', 'sensitive', 'larotrectinib', '0.1', '2', '1'],
  ['M1', '3', 'KM12-LR', 'resistant', '', '0', '2', ''],
  ['M10', '1', 'KM12-LR', 'resistant', 'larotrectinib', '0.1', '2', '2'],
]);

type Row = VendorRow & { target: TargetIdentity };

/** An export row on `row` of `file`, with its target. */
const row = (lane: string, target: string, signal: number, at: number, membrane: string | null = null): Row => ({
  at: { file: 'M1_pERK.csv', row: at, column: 'Signal' }, membrane, lane, signal, target: identifyTarget(target),
});

/** joinLayout with each row's target given beside it. */
const joinLayout = (file: string, rows: readonly Row[], sheet: LayoutSheet, fileMembrane: string) =>
  joinRows(file, rows.map(({ target: _target, ...r }) => r), rows.map((r) => r.target), sheet, fileMembrane);

describe('laneKey(lane)', () => {
  it('drops a Lane / Cap prefix and leading zeros, keeps other names', () => {
    expect(['1', '01', 'Lane 1', 'lane_01', 'Cap 1', 'Capillary 1', 'LANE1'].map(laneKey)).toEqual(Array(7).fill('1'));
    expect(['A1', 'Lane A', 'lane', '1b'].map(laneKey)).toEqual(['a1', 'a', 'lane', '1b']);
  });
});

describe('matchMembrane(candidate, membranes)', () => {
  it('matches an exact name or a name followed by a separator; the longest wins', () => {
    const names = ['M1', 'M10', 'M1_b'];
    expect(['M1', 'm1_pERK', 'M1-GAPDH', 'M1 scan', 'M10_x', 'M1_b_ERK', 'M100', 'XM1'].map((c) => matchMembrane(c, names)))
      .toEqual(['M1', 'M1', 'M1', 'M1', 'M10', 'M1_b', null, null]);
  });
});

describe('readLayoutSheet(input)', () => {
  it('reads the design with units, a vehicle from dose 0 and an optional replicate', () => {
    const sheet = readLayoutSheet(SHEET);
    expect(sheet).toMatchObject({ file: 'layout.csv', hasMembranes: true, membranes: ['M1', 'M10'] });
    expect(sheet.lanes.map((l) => [l.membrane, l.lane, l.line, l.status, l.treatment, l.vehicle, l.dose_nM, l.time_h, l.replicate, l.row])).toEqual([
      ['M1', '1', 'KM12', 'sensitive', 'DMSO', true, 0, 2, '1', 2],
      ['M1', '2', 'KM12', 'sensitive', 'larotrectinib', false, 100, 2, '1', 3],
      ['M1', '3', 'KM12-LR', 'resistant', 'vehicle', true, 0, 2, null, 4],
      ['M10', '1', 'KM12-LR', 'resistant', 'larotrectinib', false, 100, 2, '2', 5],
    ]);
  });

  it('needs lane, line, status and treatment columns', () => {
    const error = inputErrorOf(() => readLayoutSheet(textInput('l.csv', 'lane,line\n1,KM12\n')));
    expect(error.format()).toMatch(/^l\.csv:1: missing required columns: status, treatment - name the status column one of: status, /);
  });

  it('refuses a densitometry table given as the layout', () => {
    const error = inputErrorOf(() => readLayoutSheet(textInput('l.csv', 'lane,line,status,treatment,target,signal\n1,KM12,sensitive,DMSO,pERK,5\n')));
    expect(error.code).toBe('layout-has-signals');
  });

  it('collects every bad row: a lane given twice, a model with two statuses, an unknown status, a bad dose', () => {
    const errors = inputErrorsOf(() => readLayoutSheet(textInput('l.csv', [
      'lane,line,status,treatment,dose_nM',
      '1,KM12,sensitive,DMSO,0',
      'Lane 01,KM12,sensitive,DMSO,0',
      '2,KM12,resistant,laro,100',
      '3,KM12-LR,maybe,laro,100',
      '4,KM12-LR,resistant,laro,ten',
    ].join('\n'))));
    expect(errors.map((e) => e.format())).toEqual([
      'l.csv:5 (column "status"): unknown status "maybe": expected sensitive (or parental) or resistant - write "sensitive" for the parental model and "resistant" for the resistant derivative',
      'l.csv:6 (column "dose_nM"): dose is not a number: "ten" - write a number in nM (or leave it empty); move notes such as "serum starved" into the treatment column',
      'l.csv:3: lane "Lane 01" is in the layout sheet twice (first on row 2) - one row per lane; give each membrane its own name in the membrane column',
      'l.csv:4: model "KM12" is resistant here but sensitive on row 2 - a model is either sensitive or resistant; give resistant derivatives their own name (e.g. KM12-LR)',
    ]);
  });
});

describe('joinLayout(file, rows, targets, sheet, fileMembrane)', () => {
  const sheet = readLayoutSheet(SHEET);

  it('gives each row its lane design; the membrane is the layout name the file name starts with', () => {
    const { bands } = joinLayout('M1_pERK.csv', [row('Lane 2', 'pERK', 120, 2)], sheet, 'M1_pERK');
    expect(bands).toEqual([{
      at: { file: 'M1_pERK.csv', row: 2, column: 'Signal' }, membrane: 'M1', lane: '2', line: 'KM12', status: 'sensitive',
      treatment: 'larotrectinib', vehicle: false, dose_nM: 100, time_h: 2, replicate: '1', target: identifyTarget('pERK'), signal: 120, saturated: false,
    }]);
  });

  it('the replicate defaults to the membrane', () => {
    expect(joinLayout('M1_pERK.csv', [row('3', 'pERK', 1, 2)], sheet, 'M1_pERK').bands[0]!.replicate).toBe('M1');
  });

  it('reports export lanes missing from the layout (file:row of the first band) and layout lanes missing from the export', () => {
    const { bands, warnings } = joinLayout('M1_pERK.csv', [row('1', 'pERK', 1, 2), row('7', 'pERK', 2, 3), row('7', 'GAPDH', 3, 4)], sheet, 'M1_pERK');
    expect(bands).toHaveLength(1);
    expect(warnings).toEqual([
      { code: 'lane-not-in-layout', message: 'lane "7" of membrane "M1" is not in the layout sheet; its 2 bands were left out', at: { file: 'M1_pERK.csv', row: 3 } },
      { code: 'layout-lane-missing', message: '2 lanes of membrane "M1" in the layout sheet layout.csv have no band in this export: "2", "3"', at: { file: 'M1_pERK.csv' } },
    ]);
  });

  it('suggests the layout lane an unmatched export lane probably is ("did you mean")', () => {
    // Export lanes "1", "2" and "3a": the sheet's lane 3 is the one with that number left unseen.
    const { warnings } = joinLayout('M1_pERK.csv', [row('1', 'pERK', 1, 2), row('2', 'pERK', 2, 3), row('3a', 'pERK', 3, 4)], sheet, 'M1_pERK');
    expect(warnings[0]).toEqual({
      code: 'lane-not-in-layout', at: { file: 'M1_pERK.csv', row: 4 },
      message: 'lane "3a" of membrane "M1" is not in the layout sheet; its 1 band was left out - did you mean lane "3" of the layout sheet?',
    });
  });

  it('an image name in the export picks the membrane before the file name does', () => {
    const rows = [row('1', 'pERK', 1, 2, 'M10 scan'), row('1', 'pERK', 2, 3, 'other image')];
    const { bands, warnings } = joinLayout('M1_pERK.csv', rows, sheet, 'M1_pERK');
    expect(bands.map((b) => [b.membrane, b.line])).toEqual([['M10', 'KM12-LR'], ['M1', 'KM12']]);
    // M10 has one lane and it was seen; M1 lacks lanes 2 and 3.
    expect(said(warnings)).toEqual([{ code: 'layout-lane-missing', message: expect.stringContaining('2 lanes of membrane "M1"') }]);
  });

  it('without a membrane column every file is its own membrane, named after the file', () => {
    const plain = readLayoutSheet(textInput('p.csv', 'lane,line,status,treatment\n1,KM12,sensitive,DMSO\n'));
    expect(joinLayout('blot7.csv', [row('1', 'pERK', 5, 2)], plain, 'blot7').bands[0]!.membrane).toBe('blot7');
  });

  it('two bands of one target in one lane are an error naming both rows', () => {
    const error = inputErrorOf(() => joinLayout('M1_pERK.csv', [row('1', 'pERK', 1, 2), row('Lane 1', 'pERK', 2, 3)], sheet, 'M1_pERK'));
    expect(error.format()).toMatch(/^M1_pERK\.csv:3: two bands of "pERK" in lane "1" of membrane "M1" \(first on row 2\) - /);
  });

  it('a file that matches no membrane of the layout is an error that lists the membranes', () => {
    const error = inputErrorOf(() => joinLayout('blot.csv', [row('1', 'pERK', 1, 2)], sheet, 'blot'));
    expect(error.message).toBe('no membrane of the layout sheet matches "blot"; the layout names "M1", "M10"');
  });

  it('an export none of whose lanes is in the layout is an error that shows both namings', () => {
    const error = inputErrorOf(() => joinLayout('M1_pERK.csv', [row('Rect 1', 'pERK', 1, 2), row('Rect 2', 'pERK', 1, 3)], sheet, 'M1_pERK'));
    expect(error.message).toBe('no lane of this export is in the layout sheet: the export has lanes "Rect 1", "Rect 2", the layout "1", "2", "3"');
  });
});

describe('readLayoutSheet(input): a second drug column', () => {
  it('reads "drug 2" beside the treatment as one combination', () => {
    const sheet = readLayoutSheet(tableInput('layout.csv', [
      ['lane', 'line', 'status', 'treatment', 'drug 2', 'dose_nM'],
      ['1', 'KM12-LR', 'resistant', 'DMSO', '', '0'],
      ['2', 'KM12-LR', 'resistant', 'larotrectinib', 'trametinib', '100'],
      ['3', 'KM12-LR', 'resistant', 'DMSO', 'trametinib', '10'],
    ]));
    expect(sheet.lanes.map((l) => [l.treatment, l.vehicle])).toEqual([['DMSO', true], ['larotrectinib + trametinib', false], ['trametinib', false]]);
  });
});
