/**
 * report.pdf read back with pdfjs-dist: `blotbypass analyze examples/trk-bypass-long.csv
 * --experiment EXP-042 --operator "A. Lab"` writes a PDF of at most 3 A4 pages whose text holds the
 * verdict, the experiment, the operator, the date and the input's SHA-256, with Liberation Sans
 * embedded; a screen of 500 verdicts gets the counts, not 500 pages; the bytes depend on the results alone.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../../src/cli.js';
import { pdfFonts } from '../../../src/report/pdf/pdfFonts.js';
import { reportPdf, type PdfInput } from '../../../src/report/pdf/reportPdf.js';
import type { Results } from '../../../src/results.js';
import { readPdf } from '../../helpers/pdfText.js';
import { EXAMPLE_PATH, designResults, exampleResults } from '../reportDatasets.js';
import { reportFiles } from '../../../src/report/html/reportFiles.js';

let dir: string;
let pdf: Buffer;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'blotbypass-pdf-'));
  let stderr = '';
  const code = await run(['analyze', EXAMPLE_PATH, '--out', join(dir, 'out'), '--experiment', 'EXP-042', '--operator', 'A. Lab'], {
    stdout: () => {}, stderr: (t) => { stderr += t; }, env: { SOURCE_DATE_EPOCH: '1767225600' }, cwd: dir,
  });
  expect(stderr).toBe('');
  expect(code).toBe(0);
  pdf = readFileSync(join(dir, 'out', 'report.pdf'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SMALL_SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 200 100"><rect x="10" y="10" width="50" height="30" fill="#08519c"/><text x="70" y="30" font-family="Helvetica">pERK</text></svg>';

function input(results: Results): PdfInput {
  return { results, keyChart: { title: 'drug effect', svg: SMALL_SVG }, pathway: { title: 'pathway map', svg: SMALL_SVG }, methods: 'Methods paragraph.' };
}

describe('report.pdf', () => {
  it('holds the verdict, EXP-042, the operator, the date and the input\'s SHA-256 on at most 3 A4 pages', async () => {
    const read = await readPdf(pdf);
    const text = read.text.join('\n');
    expect(read.pages).toBeGreaterThanOrEqual(1);
    expect(read.pages).toBeLessThanOrEqual(3);
    expect(text).toContain('MAPK bypass (ERK)');
    expect(text).toContain('experiment EXP-042; operator A. Lab; analysed 2026-01-01 00:00 UTC');
    expect(text).toContain(createHash('sha256').update(readFileSync(EXAMPLE_PATH)).digest('hex'));
    // The charts are vector graphics: their axis labels are text in the PDF, not pixels.
    expect(text).toContain('KM12-LR');
    expect(text).toContain('EGFR');
    expect(pdf.toString('latin1')).not.toMatch(/\/Subtype\s*\/Image/);
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
  });

  it.skipIf(pdfFonts() === null)('embeds Liberation Sans (a subset), as the PNGs use', () => {
    const bytes = pdf.toString('latin1');
    expect(bytes).toMatch(/\/BaseFont \/[A-Z]{6}\+LiberationSans\b/);
    expect(bytes).toContain('/FontFile2');
    expect(bytes).toContain('(D:20260101000000Z)');
  });

  it('gives a screen of 500 verdicts the counts per mechanism, not 500 pages', async () => {
    const base = exampleResults({ sourceDateEpoch: 1_767_225_600 });
    const verdict = base.verdicts[0]!;
    const verdicts = Array.from({ length: 500 }, (_, i) => ({ ...verdict, line: `R${i}`, mechanism: i % 5 === 0 ? 'on-target' as const : verdict.mechanism }));
    const read = await readPdf(await reportPdf(input({ ...base, verdicts }), pdfFonts()));
    expect(read.pages).toBeLessThanOrEqual(3);
    const text = read.text.join('\n');
    expect(text).toContain('500 verdicts on 500 resistant models; verdicts per mechanism:');
    expect(text).toContain('MAPK bypass: 400');
    expect(text).toContain('on-target resistance (NTRK kinase-domain mutation likely): 100');
    expect(text).not.toContain('R499');
  });

  it('a real 40-model screen: its heat map and the counts on at most 3 pages', async () => {
    const screen = designResults({ seed: 7, resistant: Array.from({ length: 40 }, (_, i) => `R${String(i + 1).padStart(3, '0')}`), replicates: 2, conditions: [{ treatment: 'larotrectinib', dose: 100, time: 2 }] }, 'screen.csv', { sourceDateEpoch: 1_767_225_600 });
    const files = await reportFiles(screen);
    const read = await readPdf(files.find((f) => f.path === 'report.pdf')!.content as Uint8Array);
    expect(read.pages).toBeLessThanOrEqual(3);
    expect(read.text.join('\n')).toMatch(/\d+ verdicts on 40 resistant models; verdicts per mechanism:/);
  }, 60_000);

  it('is a function of the results alone (date and file ID from generatedAt), and still written without Liberation Sans', async () => {
    const results = exampleResults({ sourceDateEpoch: 1_767_225_600 });
    const a = await reportPdf(input(results), null);
    const b = await reportPdf(input(results), null);
    expect(Buffer.from(b).equals(Buffer.from(a))).toBe(true);
    const later = await reportPdf(input({ ...results, generatedAt: '2026-01-02T00:00:00.000Z' }), null);
    expect(Buffer.from(later).equals(Buffer.from(a))).toBe(false);
    expect(Buffer.from(a).toString('latin1')).toContain('/BaseFont /Helvetica');
    expect((await readPdf(a)).text.join('\n')).toContain('MAPK bypass (ERK)');
  });
});

it('finds the font files it embeds where the PNGs find theirs', () => {
  const fonts = pdfFonts();
  expect(fonts === null).toBe(!existsSync('/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf') && !existsSync('/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf'));
});
