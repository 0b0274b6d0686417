import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/load/decodeText.js';
import { inputErrorOf } from '../helpers/inputs.js';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  new Uint8Array(Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p)))));

describe('decodeText(file, bytes)', () => {
  it('strips a UTF-8 byte-order mark (EF BB BF) so the first header is "line", not "\\uFEFFline"', () => {
    const r = decodeText('bom.csv', bytes([0xef, 0xbb, 0xbf], 'line,status\n'));
    expect(r.text).toBe('line,status\n');
    expect(r.encoding).toBe('utf-8');
  });

  it('turns CRLF (Windows) and CR-only (old Mac Excel) line ends into LF', () => {
    expect(decodeText('crlf.csv', bytes('a,b\r\n1,2\r\n')).text).toBe('a,b\n1,2\n');
    expect(decodeText('cr.csv', bytes('a,b\r1,2\r')).text).toBe('a,b\n1,2\n');
    // a CR-only file never contains "\n": every row must still be separated
    expect(decodeText('cr.csv', bytes('a\rb\rc')).text.split('\n')).toEqual(['a', 'b', 'c']);
  });

  it('reads bytes that are not UTF-8 as Windows-1252 (Excel "CSV" on Windows) and says so', () => {
    // 0xB5 is µ and 0xE9 is é in Windows-1252; alone they are invalid UTF-8
    const r = decodeText('latin.csv', bytes('dose_', [0xb5], 'M,caf', [0xe9], '\n'));
    expect(r.encoding).toBe('windows-1252');
    expect(r.text).toBe('dose_µM,café\n');
  });

  it('keeps multi-byte UTF-8 (β-actin, µM) as UTF-8', () => {
    const r = decodeText('utf8.csv', bytes('β-actin,dose_µM\n'));
    expect(r).toEqual({ text: 'β-actin,dose_µM\n', encoding: 'utf-8' });
  });

  it('refuses an empty file with a hint', () => {
    const e = inputErrorOf(() => decodeText('empty.csv', new Uint8Array()));
    expect(e.code).toBe('empty-file');
    expect(e.format()).toBe(
      'empty.csv: the file is empty - export the densitometry table again; blotbypass needs a header row and one row per band or lane',
    );
  });

  it('refuses a binary file (NUL bytes); legacy .xls workbooks are refused before, by loadFile (tests/load/workbook.test.ts)', () => {
    const png = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    const e = inputErrorOf(() => decodeText('blot.png', png));
    expect(e.code).toBe('binary-file');
    expect(e.format()).toBe(
      'blot.png: the file is not text (it contains NUL bytes) - export the table as CSV or tab-separated text, or give the .xlsx workbook; an image cannot be read directly',
    );
    const xls = bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00, 0x00]);
    expect(inputErrorOf(() => decodeText('blot.xls', xls)).code).toBe('binary-file');
  });

  it('recognises an .xlsx workbook by its zip header even though the header holds NUL bytes', () => {
    // The first 30 bytes of a real .xlsx: local file header "PK\3\4", version 20, flags, method 8 (deflate),
    // time, date, crc, sizes, name length 19 ("[Content_Types].xml"): several NUL bytes.
    const xlsx = bytes(
      [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00, 0x62, 0xee,
        0x9d, 0x68, 0x5e, 0x01, 0x00, 0x00, 0x90, 0x04, 0x00, 0x00, 0x13, 0x00, 0x08, 0x02],
      '[Content_Types].xml',
    );
    const e = inputErrorOf(() => decodeText('densitometry.xlsx', xlsx));
    expect(e.code).toBe('xlsx-file');
    expect(e.format()).toBe(
      'densitometry.xlsx: this is an Excel workbook (.xlsx); this input is read as a text table (densitometry files and layout sheets may be workbooks, sequencing and mapping files not) - in Excel use File > Save As > "CSV UTF-8 (Comma delimited)" and give blotbypass the .csv',
    );
  });
});
