/**
 * prism.pzfx parsed back (fast-xml-parser) and compared, number by number, with normalized.csv
 * (papaparse): per target a Column table of ratioVsReference with one column per model and
 * condition and one row per replicate; per dose series an XY table of fractionOfVehicle with the
 * dose as X and the replicates as sub-columns.
 */
import { XMLParser } from 'fast-xml-parser';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { normalizedCsvChunks } from '../../../src/report/csvOutput.js';
import { prismFile } from '../../../src/report/prism/prismXml.js';
import type { Results } from '../../../src/results.js';
import { exampleResults } from '../reportDatasets.js';
import { analyze } from '../../../src/analyze.js';
import { readFileSync } from 'node:fs';

type Row = Record<string, string>;
interface Cell { '#text'?: string | number }
interface Column { Title: string; Subcolumn: { d: (Cell | string | number)[] | Cell | string | number } | { d: (Cell | string | number)[] | Cell | string | number }[] }
interface Table { '@_TableType': string; Title: string; RowTitlesColumn: unknown; XColumn?: Column; YColumn: Column | Column[] }

const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: (name) => ['Table', 'YColumn', 'Subcolumn', 'd'].includes(name) });

function parse(results: Results): { tables: Table[]; csv: Row[] } {
  const xml = parser.parse(prismFile(results)) as { GraphPadPrismFile: { Table: Table[] } };
  const csv = Papa.parse<Row>([...normalizedCsvChunks(results)].join(''), { header: true, skipEmptyLines: true }).data;
  return { tables: xml.GraphPadPrismFile.Table, csv };
}

/** A cell's text: '' for an empty `<d/>`. */
const text = (d: unknown): string => (typeof d === 'string' ? d : typeof d === 'object' && d !== null && '#text' in d ? String((d as Cell)['#text']) : '');
const subcolumns = (c: Column): string[][] => (c.Subcolumn as { d: unknown[] }[]).map((s) => s.d.map(text));
const condition = (r: Row): string => `${r.line} ${r.treatment}${r.vehicle === 'true' ? '' : ` ${r.dose_nM} nM`}${r.time_h === '' ? '' : ` ${r.time_h} h`}`;

describe('prism.pzfx', () => {
  it('the example: per target a Column table, each cell the lane\'s ratioVsReference of normalized.csv for that model, condition and replicate', () => {
    const results = exampleResults({ sourceDateEpoch: 1_767_225_600, experiment: { id: 'EXP-042', operator: 'A. Lab' } });
    const { tables, csv } = parse(results);
    expect(tables.map((t) => t.Title)).toEqual(['pTRK/TRK, fold of KM12 DMSO', 'pAKT/AKT, fold of KM12 DMSO', 'pERK/ERK, fold of KM12 DMSO', 'pEGFR/EGFR, fold of KM12 DMSO', 'pHER2/HER2, fold of KM12 DMSO', 'pMET/MET, fold of KM12 DMSO']);
    let compared = 0;
    for (const table of tables) {
      expect(table['@_TableType']).toBe('OneWay');
      const target = /^p(\S+)\//.exec(table.Title)![1]!;
      const rows = subcolumns(table.RowTitlesColumn as unknown as Column)[0]!;
      expect(rows).toEqual(['1', '2', '3']);
      const columns = table.YColumn as Column[];
      expect(columns.map((c) => c.Title)).toEqual(['KM12 DMSO 2 h', 'KM12 larotrectinib 100 nM 2 h', 'KM12-LR DMSO 2 h', 'KM12-LR larotrectinib 100 nM 2 h']);
      const expected = csv.filter((r) => r.target === target);
      expect(columns.length * rows.length).toBe(expected.length);
      for (const column of columns) {
        subcolumns(column)[0]!.forEach((value, i) => {
          const lane = expected.find((r) => condition(r) === column.Title && r.replicate === rows[i]);
          expect(lane, `${table.Title} ${column.Title} ${rows[i]}`).toBeDefined();
          expect(value).toBe(lane!.ratioVsReference);
          compared++;
        });
      }
    }
    expect(compared).toBe(csv.length);
    const xml = prismFile(results);
    expect(xml).toContain('<Constant><Name>Experiment ID</Name><Value>EXP-042</Value></Constant>');
    expect(xml).toContain('<Constant><Name>Experimenter</Name><Value>A. Lab</Value></Constant>');
    expect(xml).toContain('pERK/ERK, fold of KM12 DMSO: normalized.csv column ratioVsReference');
  });

  it('a dose series: an XY table per target, dose in nM as X, one data set per model with the replicates as sub-columns', () => {
    const path = 'examples/trk-dose-response.csv';
    const results = analyze([{ name: path, bytes: new Uint8Array(readFileSync(path)) }], { sourceDateEpoch: 1_767_225_600 });
    const { tables, csv } = parse(results);
    const xy = tables.filter((t) => t['@_TableType'] === 'XY');
    expect(xy.map((t) => t.Title)).toEqual(['pTRK fraction of vehicle, larotrectinib 2 h dose series', 'pAKT fraction of vehicle, larotrectinib 2 h dose series', 'pERK fraction of vehicle, larotrectinib 2 h dose series']);
    let compared = 0;
    for (const table of xy) {
      const target = /^p(\S+) /.exec(table.Title)![1]!;
      const doses = subcolumns(table.XColumn!)[0]!;
      expect(doses).toEqual(['0', '1', '3', '10', '30', '100', '300', '1000']);
      for (const column of table.YColumn as Column[]) {
        const replicates = subcolumns(column);
        expect(replicates).toHaveLength(3);
        replicates.forEach((values, r) => values.forEach((value, i) => {
          const lane = csv.find((row) => row.target === target && row.line === column.Title && row.replicate === String(r + 1) && (doses[i] === '0' ? row.vehicle === 'true' : row.dose_nM === doses[i] && row.vehicle === 'false'));
          expect(value).toBe(lane!.fractionOfVehicle);
          compared++;
        }));
      }
    }
    expect(compared).toBe(csv.length);
    // Every Column-table cell too: one per lane.
    const columnCells = tables.filter((t) => t['@_TableType'] === 'OneWay').flatMap((t) => (t.YColumn as Column[]).flatMap((c) => subcolumns(c)[0]!));
    expect(columnCells.sort()).toEqual(csv.map((r) => r.ratioVsReference).sort());
  });
});
