/**
 * The bad-input table: every file a lab could hand blotbypass by mistake, with the outcome it must
 * get. An error is exit code 2 with one line naming the file (and the row and column where a row
 * exists) and what to do; a go-on case is exit code 0 with a located warning in results.json.
 *
 * `{FILE}` in an expected line stands for the absolute path of the case's first input file;
 * `{DIR}` for the case's working folder.
 */
import { BASE_SPEC, experimentRows, rowsToCsv, type ExperimentSpec, type LongRow } from './experiment.js';

export interface BadInputCase {
  name: string;
  /** Input files by name (written into a fresh folder). The first one is `{FILE}`. */
  files: Record<string, string | Uint8Array>;
  /** The CLI arguments; default `analyze <files...> --out <dir>/out`. */
  argv?: (paths: { dir: string; files: string[]; out: string }) => string[];
  /** Extra arguments appended to the default argv. */
  args?: string[];
  exit: 0 | 2;
  /** exit 2: the first stderr line, exactly (after `{FILE}` / `{DIR}` substitution), or a pattern. */
  error?: string | RegExp;
  /** exit 0: a warning code results.json must carry, and where it must point. */
  warning?: { code: string; row?: number; column?: string; file?: boolean; message?: RegExp };
  /** exit 0: further checks on results.json. */
  check?: (results: ResultsJson) => void;
}

/** The parts of results.json the table reads. */
export interface ResultsJson {
  inputs: { file: string; encoding: string; delimiter: string; decimal: string; rows: number }[];
  design: { models: { line: string; status: string }[]; conditions: { treatment: string; dose_nM: number | null }[]; replicates: string[]; targets: { protein: string; ratioBasis: string }[] };
  /** Only with --lanes-in-json (schema 3). */
  lanes?: { line: string; target: string; phosphoTotalRatio: number | null; fractionOfVehicle: number | null; flags: string[] }[];
  flaggedBands: { flag: string; row: number | null; targetLabel: string }[];
  comparisons: { line: string; target: string; ratioBasis: string; fractionOfVehicle: { estimate: number | null; n: number } }[];
  warnings: { code: string; message: string; at?: { file: string; row?: number; column?: string } }[];
  notes: { code: string; message: string; at?: { file: string; row?: number; column?: string } }[];
  /** One model status only. */
  singleModelReadings?: { line: string; confidence: string }[];
}

/** One membrane, two replicates, KM12 vs KM12-LR: 8 lanes x 13 antibodies = 104 rows (file rows 2..105). */
export const SMALL_SPEC: ExperimentSpec = { ...BASE_SPEC, replicates: 2, membranes: 1 };
const small = (): LongRow[] => experimentRows(SMALL_SPEC);
const csv = (rows: readonly LongRow[], delimiter?: string): string => rowsToCsv(rows, delimiter);
/** File row of rows[i] (the header is row 1). */
const rowOf = (i: number): number => i + 2;
/** Index of the first row matching. */
const find = (rows: readonly LongRow[], pred: (r: LongRow) => boolean): number => rows.findIndex(pred);
const isLane = (line: string, treatment: string, replicate: string, target: string) => (r: LongRow) =>
  r.line === line && r.treatment === treatment && r.replicate === replicate && r.target === target;

/** The small experiment with one row patched; returns the text and the patched row's file row. */
function patched(pred: (r: LongRow) => boolean, patch: Partial<LongRow>): { text: string; row: number } {
  const rows = small();
  const i = find(rows, pred);
  rows[i] = { ...rows[i]!, ...patch };
  return { text: csv(rows), row: rowOf(i) };
}

const KM12_DMSO_PERK_1 = isLane('KM12', 'DMSO', '1', 'pERK1/2');
const LR_DRUG_ERK_2 = isLane('KM12-LR', 'larotrectinib', '2', 'ERK1/2');

const WIDE_HEADER = 'blot,lane,line,status,treatment,dose_nM,time_h,replicate,pERK1/2,ERK1/2,GAPDH';
const WIDE_ROWS = [
  'M1,1,KM12,sensitive,DMSO,0,2,1,1000,2000,10000',
  'M1,2,KM12,sensitive,larotrectinib,100,2,1,100,2100,10100',
  'M1,3,KM12-LR,resistant,DMSO,0,2,1,1500,2500,9800',
  'M1,4,KM12-LR,resistant,larotrectinib,100,2,1,1400,2400,9900',
  'M1,5,KM12,sensitive,DMSO,0,2,2,1100,2050,10200',
  'M1,6,KM12,sensitive,larotrectinib,100,2,2,120,2000,9900',
  'M1,7,KM12-LR,resistant,DMSO,0,2,2,1550,2450,10050',
  'M1,8,KM12-LR,resistant,larotrectinib,100,2,2,1300,2500,10000',
];
const wide = (rows: readonly string[] = WIDE_ROWS, header = WIDE_HEADER): string => `${[header, ...rows].join('\n')}\n`;

/** Text in Windows-1252 bytes (the characters used here are in Latin-1 range or mapped below). */
function windows1252(text: string): Uint8Array {
  const extra: Record<string, number> = { '€': 0x80, '–': 0x96, '—': 0x97, '‰': 0x89 };
  return Uint8Array.from([...text].map((c) => {
    const code = extra[c] ?? c.charCodeAt(0);
    if (code > 0xff) throw new Error(`not in windows-1252: ${c}`);
    return code;
  }));
}

function utf16le(text: string): Uint8Array {
  return Uint8Array.from([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
}

const LONG = (): string => csv(small());

export const CASES: readonly BadInputCase[] = [
  // --- bytes and encodings -------------------------------------------------------------------
  {
    name: 'empty file', files: { 'bad.csv': '' }, exit: 2,
    error: 'error: {FILE}: the file is empty - export the densitometry table again; blotbypass needs a header row and one row per band or lane',
  },
  {
    name: 'only blank lines and spaces', files: { 'bad.csv': '  \n\n \t \n' }, exit: 2,
    error: 'error: {FILE}: the file is empty - export the densitometry table again; blotbypass needs a header row and one row per band or lane',
  },
  {
    name: 'header only', files: { 'bad.csv': 'blot,lane,line,status,treatment,dose_nM,time_h,replicate,target,signal\n' }, exit: 2,
    error: 'error: {FILE}:1: the file has a header but no data rows - add one row per band (long layout) or per lane (wide layout) below the header',
  },
  {
    name: 'header and blank rows', files: { 'bad.csv': 'line,status,treatment,target,signal\n,,,,\n\n' }, exit: 2,
    error: 'error: {FILE}:1: the file has a header but no data rows - add one row per band (long layout) or per lane (wide layout) below the header',
  },
  {
    name: 'binary file (PNG image)', files: { 'blot.png': Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]) }, exit: 2,
    error: 'error: {FILE}: the file is not text (it contains NUL bytes) - export the table as CSV or tab-separated text, or give the .xlsx workbook; an image cannot be read directly',
  },
  {
    name: 'old Excel workbook (.xls)', files: { 'blot.xls': Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]) }, exit: 2,
    error: 'error: {FILE}: this is a legacy Excel workbook (.xls, Excel 97-2003), which blotbypass does not read - open it in Excel or LibreOffice and save it as .xlsx (Excel Workbook) or as CSV UTF-8',
  },
  {
    name: 'damaged Excel workbook (a truncated .xlsx, renamed .csv)', files: { 'blot.csv': Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08]) }, exit: 2,
    error: 'error: {FILE}: this .xlsx file cannot be unzipped: it is damaged or not a workbook - open and save it again in Excel or LibreOffice, or save the sheet as CSV UTF-8',
  },
  ...(() => {
    // Past the first 8 KiB, where the binary sniff looks: 24 lanes x 13 bands.
    const text = csv(experimentRows({ ...SMALL_SPEC, replicates: 4, resistantCount: 2 }));
    const at = text.length - 30;
    return [{
      name: 'NUL byte deep inside an otherwise valid file', files: { 'bad.csv': `${text.slice(0, at)}\u0000${text.slice(at)}` }, exit: 2 as const,
      error: `error: {FILE}:${text.slice(0, at).split('\n').length}: the file contains a NUL byte, which no text table has - the file may be damaged or two files joined; export the table again as CSV`,
    }];
  })(),
  {
    name: 'UTF-16 text (Excel "Unicode Text")', files: { 'bad.txt': utf16le(LONG().replaceAll(',', '\t')) }, exit: 2,
    error: 'error: {FILE}: the file is UTF-16 text (Excel\'s "Unicode Text"), not UTF-8 - in Excel use File > Save As > "CSV UTF-8 (Comma delimited)", or save the text as UTF-8 in an editor',
  },
  {
    name: 'Windows-1252 from Excel: decoded, with a warning',
    files: {
      'excel.csv': windows1252(LONG()
        .replace('dose_nM', 'dose (µM)').replaceAll(',100,', ',0.1,')
        .replaceAll('KM12-LR', 'KM12–LRé').replaceAll('larotrectinib', 'Larotrectinib ß-ä')),
    },
    exit: 0,
    warning: { code: 'windows-1252', file: true, message: /read as Windows-1252/ },
    check: (r) => {
      expectEqual(r.inputs[0]!.encoding, 'windows-1252');
      expectEqual(r.design.models.map((x) => x.line).join('|'), 'KM12|KM12–LRé');
      expectEqual(r.design.conditions[0]!.treatment, 'Larotrectinib ß-ä');
      expectEqual(r.design.conditions[0]!.dose_nM, 100);
    },
  },
  {
    name: 'UTF-8 with a byte-order mark', files: { 'bom.csv': `\uFEFF${LONG()}` }, exit: 0,
    check: (r) => expectEqual(r.inputs[0]!.encoding, 'utf-8'),
  },
  {
    name: 'old Mac line ends (CR only)', files: { 'mac.csv': LONG().replaceAll('\n', '\r') }, exit: 0,
    check: (r) => expectEqual(r.inputs[0]!.rows, 104),
  },
  // --- table syntax and size -----------------------------------------------------------------
  {
    name: 'quote opened and never closed',
    files: { 'bad.csv': (() => { const { text } = patched(KM12_DMSO_PERK_1, { target: '"pERK1/2' }); return text; })() },
    exit: 2,
    error: /^error: \{FILE\}:\d+: the table cannot be parsed: .*quote.* - check for a quote \(\"\) that is opened but never closed$/,
  },
  {
    name: 'a line longer than 1,000,000 characters',
    files: { 'bad.csv': `line,status,treatment,target,signal\nKM12,sensitive,DMSO,GAPDH,1\n${'x'.repeat(1_000_001)}\n` },
    exit: 2,
    error: 'error: {FILE}:3: a line of 1000001 characters is longer than the 1000000 a densitometry table can have - this does not look like a densitometry export; check that the right file was given',
  },
  {
    name: 'an enormous quoted field spread over many short lines',
    files: { 'bad.csv': `line,status,treatment,target,signal\n"${'KM12\n'.repeat(500_000)}",sensitive,DMSO,GAPDH,1\n` },
    exit: 2,
    error: /^error: \{FILE\}:2 \(column "line"\): a cell of \d{7} characters is longer than the 10000 a densitometry table can have - a quote \("\) opened inside a cell and never closed swallows the rows after it; check the quotes around this cell$/,
  },
  {
    name: 'a text file that is not a table',
    files: { 'notes.txt': 'Meeting notes\nblots look fine, will quantify tomorrow\n' },
    exit: 2,
    // The layout detector may name the missing design columns or say it cannot tell the layout; either way a located line with a hint.
    error: /^error: \{FILE\}(:1)?: (missing required columns: line, status, treatment|cannot tell the layout of this file) - .+$/,
  },
  {
    name: 'an instrument export whose layout matches nothing',
    files: { 'imagelab.csv': 'Lane,Band No.,Band Label,Mol. Wt. (KDa),Adj. Volume (Int)\n1,1,pERK,42,12345\n2,1,pERK,42,2345\n' },
    exit: 2,
    // An instrument table without the lanes' design: named as such, with the way to give the design.
    error: /^error: \{FILE\}(:1)?: .+ - .+$/,
  },
  {
    name: 'status column missing',
    files: { 'bad.csv': LONG().replace('status,', 'phenotypes,') },
    exit: 2,
    error: /^error: \{FILE\}:1: missing required column: status - name the status column one of: status, /,
  },
  {
    name: 'target column without a signal column',
    files: { 'bad.csv': LONG().replace(',signal', ',comment') },
    exit: 2,
    error: /^error: \{FILE\}:1: missing required column: signal - name the signal column one of: signal, /,
  },
  {
    name: 'wide layout with design columns only',
    files: { 'bad.csv': 'line,status,treatment,notes\nKM12,sensitive,DMSO,\n' },
    exit: 2,
    error: 'error: {FILE}:1: no target column: the header has design columns but neither target + signal columns nor one column per target - use the long layout (columns target and signal) or the wide layout (one column per antibody, e.g. pERK, ERK, GAPDH)',
  },
  {
    // Lanes and their design, no measurement: a lane layout sheet.
    name: 'a lane layout sheet given as the data file',
    files: { 'bad.csv': 'blot,lane,line,status,treatment,notes\nM1,1,KM12,sensitive,DMSO,\n' },
    exit: 2,
    error: 'error: {FILE}:1: this looks like a lane layout sheet (lanes and their design, no signals), not densitometry data - pass it with --layout, beside the instrument export whose lanes it describes',
  },
  {
    name: 'header split by semicolons, data rows by commas',
    files: { 'bad.csv': LONG().replace(/^[^\n]+/, (h) => h.replaceAll(',', ';')) },
    exit: 2,
    error: 'error: {FILE}:2: this row is separated by commas, the header by semicolons - save the table again with one separator throughout (in Excel: File > Save As > CSV)',
  },
  {
    name: 'semicolons and decimal commas (European Excel)',
    files: { 'eu.csv': csv(small().map((r) => ({ ...r, signal: r.signal.replace('.', ',') })), ';') },
    exit: 0,
    check: (r) => { expectEqual(r.inputs[0]!.delimiter, ';'); expectEqual(r.inputs[0]!.decimal, 'comma'); },
  },
  // --- cells ----------------------------------------------------------------------------------
  ...(() => {
    const { text, row } = patched(KM12_DMSO_PERK_1, { signal: 'abc' });
    return [{ name: 'non-numeric signal', files: { 'bad.csv': text }, exit: 2 as const, error: `error: {FILE}:${row} (column "signal"): signal is not a number: "abc" - write the band's number; use NA or n.d. for a band that was not measured` }];
  })(),
  ...(() => {
    const { text, row } = patched(KM12_DMSO_PERK_1, { signal: '1234 AU' });
    return [{ name: 'signal with a unit', files: { 'bad.csv': text }, exit: 2 as const, error: `error: {FILE}:${row} (column "signal"): signal is not a number: "1234 AU" - write the band's number; use NA or n.d. for a band that was not measured` }];
  })(),
  ...(() => {
    const { text, row } = patched(KM12_DMSO_PERK_1, { signal: '=B2*2' });
    return [{ name: 'spreadsheet formula as signal', files: { 'bad.csv': text }, exit: 2 as const, error: `error: {FILE}:${row} (column "signal"): signal is not a number: "=B2*2" - write the band's number; use NA or n.d. for a band that was not measured` }];
  })(),
  ...(() => {
    const { text, row } = patched(KM12_DMSO_PERK_1, { signal: '#REF!' });
    return [{ name: 'spreadsheet error cell #REF!', files: { 'bad.csv': text }, exit: 2 as const, error: `error: {FILE}:${row} (column "signal"): signal is not a number: "#REF!" - write the band's number; use NA or n.d. for a band that was not measured` }];
  })(),
  ...(() => {
    const { text, row } = patched(KM12_DMSO_PERK_1, { signal: '1e999' });
    return [{ name: 'signal that overflows to infinity', files: { 'bad.csv': text }, exit: 2 as const, error: `error: {FILE}:${row} (column "signal"): signal is not a number: "1e999" - write the band's number; use NA or n.d. for a band that was not measured` }];
  })(),
  ...(() => {
    const rows = small();
    const i = find(rows, KM12_DMSO_PERK_1);
    rows[i] = { ...rows[i]!, signal: '"1234,5"' };
    return [{
      name: 'mixed decimal conventions in one file', files: { 'bad.csv': csv(rows) }, exit: 2 as const,
      error: `error: {FILE}:${rowOf(i)} (column "signal"): the file mixes decimal conventions: "${rows[0]!.signal}" uses a dot, "1234,5" a comma - make every number use the same decimal mark, or say which with --decimal dot or --decimal comma`,
    }];
  })(),
  ...(() => {
    const { text, row } = patched(KM12_DMSO_PERK_1, { status: 'maybe' });
    return [{ name: 'unknown status value', files: { 'bad.csv': text }, exit: 2 as const, error: `error: {FILE}:${row} (column "status"): unknown status "maybe": expected sensitive (or parental) or resistant - write "sensitive" for the parental model and "resistant" for the resistant derivative` }];
  })(),
  ...(() => {
    const { text, row } = patched(KM12_DMSO_PERK_1, { line: '' });
    return [{ name: 'empty model cell', files: { 'bad.csv': text }, exit: 2 as const, error: `error: {FILE}:${row} (column "line"): the line cell is empty - write the cell line or model of this lane, e.g. KM12 or KM12-LR` }];
  })(),
  ...(() => {
    const { text, row } = patched(KM12_DMSO_PERK_1, { target: '' });
    return [{ name: 'empty target cell', files: { 'bad.csv': text }, exit: 2 as const, error: `error: {FILE}:${row} (column "target"): the target cell is empty - write the antibody, e.g. pERK, ERK or GAPDH` }];
  })(),
  ...(() => {
    const { text, row } = patched(LR_DRUG_ERK_2, { dose_nM: 'serum starved' });
    return [{ name: 'note in the dose column', files: { 'bad.csv': text }, exit: 2 as const, error: `error: {FILE}:${row} (column "dose_nM"): dose is not a number: "serum starved" - write a number in nM (or leave it empty); move notes such as "serum starved" into the treatment column` }];
  })(),
  ...(() => {
    const { text, row } = patched(LR_DRUG_ERK_2, { time_h: '-2' });
    return [{ name: 'negative time', files: { 'bad.csv': text }, exit: 2 as const, error: `error: {FILE}:${row} (column "time_h"): time cannot be negative: "-2" - write a number in h (or leave it empty); move notes such as "serum starved" into the treatment column` }];
  })(),
  ...(() => {
    const { text, row } = patched(LR_DRUG_ERK_2, { treatment: '', dose_nM: '100' });
    return [{ name: 'empty treatment on a drug lane', files: { 'bad.csv': text }, exit: 2 as const, error: `error: {FILE}:${row} (column "treatment"): the treatment cell is empty - write the drug (e.g. larotrectinib) or DMSO / vehicle for control lanes` }];
  })(),
  {
    name: 'saturated flag that is neither yes nor no',
    files: { 'bad.csv': 'line,status,treatment,target,signal,saturated\nKM12,sensitive,DMSO,GAPDH,100,maybe\n' },
    exit: 2,
    error: 'error: {FILE}:2 (column "saturated"): saturated must be yes or no, got "maybe" - write yes/no, true/false or 1/0; leave it empty for no',
  },
  ...(() => {
    const rows = small();
    rows.splice(40, 0, { blot: 'Blot', lane: 'Lane', line: 'Line', status: 'Status', treatment: 'Treatment', dose_nM: 'dose_nM', time_h: 'time_h', replicate: 'replicate', target: 'target', signal: 'signal' });
    return [{
      name: 'a second export pasted below the first (repeated header)', files: { 'ok.csv': csv(rows) }, exit: 0 as const,
      warning: { code: 'repeated-header', row: rowOf(40), message: /^this row repeats the header \(two exports pasted together\?\) and was skipped$/ },
      check: (r: ResultsJson) => expectEqual(r.inputs[0]!.rows, 104),
    }];
  })(),
  // --- design ---------------------------------------------------------------------------------
  ...(() => {
    const rows = small();
    const i = find(rows, KM12_DMSO_PERK_1);
    rows.push({ ...rows[i]! });
    return [{ name: 'duplicate band (same lane and antibody twice)', files: { 'bad.csv': csv(rows) }, exit: 2 as const, error: `error: {FILE}:${rowOf(rows.length - 1)}: "pERK1/2" is given twice for lane "1" of membrane "M1" (first on row ${rowOf(i)}) - remove the repeated row, or give technical repeats their own lane or replicate` }];
  })(),
  {
    name: 'duplicate lane in the wide layout',
    files: { 'bad.csv': wide([...WIDE_ROWS, WIDE_ROWS[2]!]) },
    exit: 2,
    error: 'error: {FILE}:10: lane "3" of membrane "M1" is given twice (first on row 4) - remove the repeated row, or give technical repeats their own lane or replicate',
  },
  ...(() => {
    const { text, row } = patched(KM12_DMSO_PERK_1, { treatment: 'larotrectinib', dose_nM: '100' });
    return [{ name: 'conflicting design for one lane', files: { 'bad.csv': text }, exit: 2 as const, error: `error: {FILE}:${row}: lane "1" of membrane "M1" has a different design (line, status, treatment, dose, time or replicate) than on row 2 - one lane holds one sample: correct the design columns, or give the lanes distinct numbers` }];
  })(),
  ...(() => {
    const rows = small();
    const i = find(rows, isLane('KM12-LR', 'DMSO', '2', 'pTRK (Y490)'));
    const lane = rows[i]!.lane;
    for (const r of rows) if (r.lane === lane) r.status = 'sensitive';
    const first = find(rows, (r) => r.line === 'KM12-LR');
    // Every band of the lane says so: one problem, with the lane's rows.
    const laneRows = rows.flatMap((r, k) => (r.lane === lane && r.line === 'KM12-LR' ? [rowOf(k)] : []));
    const start = Math.min(...laneRows);
    return [{ name: 'one model marked both sensitive and resistant', files: { 'bad.csv': csv(rows) }, exit: 2 as const, error: `error: {FILE}:${start} (column "status"): model "KM12-LR" is sensitive here but resistant on row ${rowOf(first)} in ${laneRows.length} cells (rows ${start}-${Math.max(...laneRows)}) - a model is either sensitive or resistant; give resistant derivatives their own name (e.g. KM12-LR)` }];
  })(),
  // One model status only is an experiment (the resistant line alone, the parental alone): read provisionally, no verdict.
  {
    name: 'no sensitive model',
    files: { 'bad.csv': csv(small().filter((r) => r.line !== 'KM12')) },
    exit: 0,
    warning: { code: 'single-model', message: /^one model status only: no sensitive model to compare with/ },
    check: (r) => expectEqual(`${r.comparisons.length} comparisons, ${r.singleModelReadings?.length} reading`, '0 comparisons, 1 reading'),
  },
  {
    name: 'no resistant model',
    files: { 'bad.csv': csv(small().filter((r) => r.line !== 'KM12-LR')) },
    exit: 0,
    warning: { code: 'single-model', message: /^one model status only: no resistant model to compare with/ },
    check: (r) => expectEqual(`${r.comparisons.length} comparisons, ${r.singleModelReadings?.length} reading`, '0 comparisons, 1 reading'),
  },
  {
    name: 'no vehicle lane anywhere',
    files: { 'bad.csv': csv(small().filter((r) => r.treatment !== 'DMSO')) },
    exit: 2,
    error: 'error: {FILE} (column "treatment"): no vehicle (DMSO / control / untreated / dose 0) lane in the input: fraction of vehicle cannot be computed - mark control lanes with treatment DMSO, vehicle or control, or a dose of 0',
  },
  {
    name: 'two sensitive models and no way to pair',
    files: { 'bad.csv': csv(small().map((r) => (r.line === 'KM12' ? { ...r, line: r.replicate === '1' ? 'KM12-A' : 'KM12-B' } : r))) },
    exit: 2,
    error: 'error: cannot tell which sensitive model "KM12-LR" should be compared with: "KM12-A" or "KM12-B" - write --pair RESISTANT=SENSITIVE with model names as in the line column',
  },
  {
    name: '--pair names a model that is not in the input',
    files: { 'ok.csv': LONG() }, args: ['--pair', 'KM12-XR=KM12'], exit: 2,
    error: 'error: --pair names "KM12-XR", which is not a model in the input - write --pair RESISTANT=SENSITIVE with model names as in the line column',
  },
  {
    name: '--loading names a control that is on no membrane',
    files: { 'ok.csv': LONG() }, args: ['--loading', 'vinculin'], exit: 2,
    error: 'error: loading control "vinculin" (--loading) is on no membrane - loading controls in the input: GAPDH',
  },
  // --- go-on cases: warnings carried into results.json -----------------------------------------
  {
    name: 'a phospho without its total',
    files: { 'ok.csv': csv(small().filter((r) => r.target !== 'ERK1/2')) },
    exit: 0,
    warning: { code: 'phospho-without-total', column: 'signal', message: /pERK1\/2 has no total ERK band anywhere/ },
    check: (r) => expectEqual(r.design.targets.find((t) => t.protein === 'ERK')!.ratioBasis, 'phospho/loading'),
  },
  {
    name: 'a model with a single replicate',
    files: { 'ok.csv': csv(small().filter((r) => r.replicate === '1')) },
    exit: 0,
    warning: { code: 'single-replicate', row: 2, message: /^model "KM12" has a single replicate: results are descriptive only \(n = 1\)$/ },
  },
  ...(() => {
    const { text, row } = patched(LR_DRUG_ERK_2, { signal: '0' });
    return [{
      name: 'a total of zero', files: { 'ok.csv': text }, exit: 0 as const,
      warning: { code: 'non-positive', row, column: 'signal', message: /ERK1\/2 band has a signal of zero or below and was left out/ },
      check: (r: ResultsJson) => expectEqual(r.flaggedBands.map((b) => `${b.flag}@${b.row}`).join(), `non-positive@${row}`),
    }];
  })(),
  ...(() => {
    const { text, row } = patched(KM12_DMSO_PERK_1, { signal: '-35.5' });
    return [{
      name: 'a negative (over-subtracted) signal', files: { 'ok.csv': text }, exit: 0 as const,
      warning: { code: 'non-positive', row, column: 'signal' },
    }];
  })(),
  ...(() => {
    const { text, row } = patched(isLane('KM12', 'larotrectinib', '1', 'GAPDH'), { signal: '0' });
    return [{
      name: 'a loading control of zero', files: { 'ok.csv': text }, exit: 0 as const,
      warning: { code: 'non-positive', row, column: 'signal', message: /GAPDH band has a signal of zero/ },
    }];
  })(),
  ...(() => {
    const { text } = patched(KM12_DMSO_PERK_1, { signal: 'n.d.' });
    return [{ name: 'a band marked n.d.', files: { 'ok.csv': text }, exit: 0 as const, warning: { code: 'missing-values', column: 'signal', message: /^1 missing value/ } }];
  })(),
  ...(() => {
    const { text, row } = patched(KM12_DMSO_PERK_1, { target: 'pFOO (Y123)' });
    return [{ name: 'an antibody nobody knows', files: { 'ok.csv': text }, exit: 0 as const, warning: { code: 'unknown-target', row, message: /"pFOO \(Y123\)" is not a known antibody/ } }];
  })(),
  {
    name: 'a model without vehicle in one replicate',
    files: { 'ok.csv': csv(small().filter((r) => !(r.line === 'KM12-LR' && r.treatment === 'DMSO' && r.replicate === '2'))) },
    exit: 0,
    warning: { code: 'no-vehicle', message: /no vehicle lane for "KM12-LR" in replicate "2"/ },
  },
  {
    name: 'stray note cell beyond the header',
    files: { 'ok.csv': LONG().replace(/\n(M1,3,[^\n]+)\n/, '\n$1,re-run?\n') },
    exit: 0,
    warning: { code: 'stray-cell', message: /stray cell "re-run\?"/ },
  },
  {
    name: 'notes column in the wide layout',
    files: { 'ok.csv': wide(WIDE_ROWS.map((r, i) => `${r},${i === 2 ? 'bubble' : ''}`), `${WIDE_HEADER},notes`) },
    exit: 0,
    warning: { code: 'text-column', column: 'notes' },
  },
  {
    name: 'signals at the edge of double precision',
    files: { 'ok.csv': csv(small().map((r, i) => ({ ...r, signal: i % 2 === 0 ? '1e-300' : '1e300' }))) },
    // Every lane's ratio is checked: results.json carries the lanes only when asked (schema 3).
    args: ['--lanes-in-json'],
    exit: 0,
    check: (r) => {
      if (!r.lanes || r.lanes.length === 0) throw new Error('results.json has no lanes[] despite --lanes-in-json');
      for (const lane of r.lanes) for (const v of [lane.phosphoTotalRatio, lane.fractionOfVehicle]) if (v !== null && !Number.isFinite(v)) throw new Error(`non-finite value ${v}`);
    },
  },
  // --- files and options ---------------------------------------------------------------------
  {
    name: 'input file that does not exist',
    files: {}, argv: ({ dir, out }) => ['analyze', `${dir}/missing.csv`, '--out', out], exit: 2,
    error: 'error: {DIR}/missing.csv: cannot read the file: no such file - check the path and that you may read it',
  },
  {
    name: 'input that is a folder',
    files: { 'folder/a.csv': LONG() }, argv: ({ dir, out }) => ['analyze', `${dir}/folder`, '--out', out], exit: 2,
    error: 'error: {DIR}/folder: cannot read the file: it is a folder - give the CSV files inside it, e.g. {DIR}/folder/*.csv',
  },
  {
    name: 'output directory is an existing file',
    files: { 'ok.csv': LONG(), 'taken': 'x' }, argv: ({ dir }) => ['analyze', `${dir}/ok.csv`, '--out', `${dir}/taken`], exit: 2,
    error: 'error: {DIR}/taken: cannot write the outputs: it is a file, not a folder - choose another --out folder; nothing was written and earlier outputs are unchanged',
  },
  {
    name: 'output would overwrite an input named results.json',
    files: { 'results.json': LONG() }, argv: ({ dir, files }) => ['analyze', ...files, '--out', dir], exit: 2,
    error: 'error: refusing to write {DIR}/results.json: it is one of the input files - choose another --out directory; blotbypass never overwrites an input',
  },
  ...(() => {
    const { text, row } = patched(KM12_DMSO_PERK_1, { signal: 'abc' });
    return [{
      name: 'validate finds the same error as analyze', files: { 'bad.csv': text }, argv: ({ files }: { files: string[] }) => ['validate', ...files], exit: 2 as const,
      error: `error: {FILE}:${row} (column "signal"): signal is not a number: "abc" - write the band's number; use NA or n.d. for a band that was not measured`,
    }];
  })(),
  {
    name: 'analyze without any file', files: {}, argv: () => ['analyze'], exit: 2,
    error: "error: missing required argument 'files'",
  },
  {
    name: 'a command that does not exist', files: {}, argv: () => ['analyse', 'x.csv'], exit: 2,
    error: /^error: unknown command 'analyse'/,
  },
  {
    name: '--decimal with a value it does not know',
    files: { 'ok.csv': LONG() }, args: ['--decimal', 'point'], exit: 2,
    error: /^error: option '--decimal <mark>' argument 'point' is invalid\. Allowed choices are dot, comma\.$/,
  },
  {
    name: '--confidence out of range',
    files: { 'ok.csv': LONG() }, args: ['--confidence', '95'], exit: 2,
    error: /--confidence must be a number from 0\.5 to 0\.999, got "95"/,
  },
];

function expectEqual(actual: unknown, expected: unknown): void {
  if (actual !== expected) throw new Error(`expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}
