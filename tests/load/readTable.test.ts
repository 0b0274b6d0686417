import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { detectDelimiter, isBlankRow, MAX_LINE_CHARS, readTable } from '../../src/load/readTable.js';
import { inputErrorOf } from '../helpers/inputs.js';

describe('detectDelimiter(text)', () => {
  it('picks the separator that splits the header line into the most fields', () => {
    expect(detectDelimiter('line,status,target,signal\n')).toBe(',');
    expect(detectDelimiter('line;status;target;signal\n')).toBe(';');
    expect(detectDelimiter('line\tstatus\ttarget\tsignal\n')).toBe('\t');
    expect(detectDelimiter('line|status|target|signal\n')).toBe('|');
  });

  it('reads the header, not the data rows, so decimal commas in a semicolon file do not win', () => {
    expect(detectDelimiter('line;status;signal\nA;sensitive;1,5\nB;resistant;2,25\n')).toBe(';');
  });

  it('ignores separators inside quoted header names and skips leading blank lines', () => {
    expect(detectDelimiter('\n\n"Adj. Volume (Int), bg";line;status\n')).toBe(';');
  });
});

describe('readTable(file, text)', () => {
  it('keeps rows at their spreadsheet position: blank rows stay as empty arrays', () => {
    const t = readTable('f.csv', 'a,b\n\n1,2\n');
    expect(t.rows).toEqual([['a', 'b'], [], ['1', '2']]);
    expect(isBlankRow(t.rows[1]!)).toBe(true);
  });

  it('reads quoted fields: separators, doubled quotes and decimal commas inside quotes', () => {
    const t = readTable('q.csv', 'target,signal,note\n"p-ERK1/2 (T202,Y204)","1,5","said ""n.d."""\n');
    expect(t.rows[1]).toEqual(['p-ERK1/2 (T202,Y204)', '1,5', 'said "n.d."']);
  });

  it('trims cells and keeps trailing empty columns (header "signal,,")', () => {
    const t = readTable('trailing.csv', ' line , signal ,,\nA,1,,\n');
    expect(t.rows).toEqual([['line', 'signal', '', ''], ['A', '1', '', '']]);
  });

  it('drops trailing blank rows (a final newline, or several)', () => {
    expect(readTable('f.csv', 'a\n1\n\n\n').rows).toEqual([['a'], ['1']]);
  });

  it('uses a forced delimiter over detection', () => {
    expect(readTable('f.csv', 'a,b;c\n', ';').rows).toEqual([['a,b', 'c']]);
  });

  it('reports an unclosed quote with the file and row and how to fix it', () => {
    const e = inputErrorOf(() => readTable('broken.csv', 'line,signal\nA,"12\nB,13\n'));
    expect(e.code).toBe('csv-syntax');
    expect(e.at).toEqual({ file: 'broken.csv', row: 2 });
    expect(e.format()).toBe(
      'broken.csv:2: the table cannot be parsed: quoted field unterminated - check for a quote (") that is opened but never closed',
    );
  });

  it('refuses a line longer than any densitometry table has, naming its row', () => {
    const long = 'x'.repeat(MAX_LINE_CHARS + 1);
    const e = inputErrorOf(() => readTable('huge.csv', `a\nb\n${long}\n`));
    expect(e.code).toBe('line-too-long');
    expect(e.format()).toBe(
      `huge.csv:3: a line of ${MAX_LINE_CHARS + 1} characters is longer than the ${MAX_LINE_CHARS} a densitometry table can have - this does not look like a densitometry export; check that the right file was given`,
    );
  });
  it('reads a screen-sized table cell for cell: repeated texts (one string each) and columns of distinct values alike', () => {
    const rows = Array.from({ length: 12_500 }, (_, i) => [` M${i % 7} `, 'KM12', `${i}.5`, i % 2 === 0 ? 'pERK' : 'GAPDH']);
    const t = readTable('screen.csv', `blot,line,signal,target\n${rows.map((r) => r.join(',')).join('\n')}\n`);
    expect(t.rows).toHaveLength(rows.length + 1);
    expect(t.rows.slice(1)).toEqual(rows.map(([blot, ...rest]) => [blot!.trim(), ...rest]));
  });

  it('reads a text without quotes a line at a time exactly as papaparse reads it whole (blank lines, CRLF, spaces, trailing separators)', () => {
    const texts = ['', '\n', 'a,b', 'a,b\n', 'a, b \r\n\r\n1,2,\n\n\n', ' \n,\n;x;\n', 'line;signal\nKM12;1,5\n  \nKM12-R;2\n\n'];
    for (const text of texts) {
      for (const delimiter of [',', ';'] as const) {
        const whole = Papa.parse<string[]>(text, { delimiter, header: false, skipEmptyLines: false, newline: '\n' }).data
          .map((cells) => (cells.length === 1 && cells[0] === '' ? [] : cells.map((c) => c.trim())));
        while (whole.length > 0 && whole[whole.length - 1]!.every((c) => c === '')) whole.pop();
        expect(readTable('f.csv', text, delimiter).rows, JSON.stringify(text)).toEqual(whole);
      }
    }
  });
});
