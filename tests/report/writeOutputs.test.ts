import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeOutputSet } from '../../src/report/writeOutputs.js';
import { inputErrorOf } from '../helpers/inputs.js';

describe('writeOutputSet(outDir, files, inputPaths)', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'blotbypass-write-'));
  });
  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it('creates the folder and writes every file, returning their paths; no staging folder remains', () => {
    const out = join(root, 'a', 'b');
    const written = writeOutputSet(out, [{ path: 'results.json', content: '{}\n' }, { path: 'figures/x.svg', content: new Uint8Array([60, 47, 62]) }], []);
    expect(written).toEqual([join(out, 'results.json'), join(out, 'figures', 'x.svg')]);
    expect(readFileSync(join(out, 'results.json'), 'utf8')).toBe('{}\n');
    expect(readFileSync(join(out, 'figures', 'x.svg'), 'utf8')).toBe('</>');
    expect(readdirSync(out).sort()).toEqual(['figures', 'results.json']);
  });

  it('replaces a previous set', () => {
    writeOutputSet(root, [{ path: 'results.json', content: 'old' }], []);
    writeOutputSet(root, [{ path: 'results.json', content: 'new' }], []);
    expect(readFileSync(join(root, 'results.json'), 'utf8')).toBe('new');
  });

  it('refuses to overwrite an input file, and writes nothing', () => {
    const input = join(root, 'results.json');
    writeFileSync(input, 'my data');
    const e = inputErrorOf(() => writeOutputSet(root, [{ path: 'normalized.csv', content: 'x' }, { path: 'results.json', content: 'y' }], [input]));
    expect(e.code).toBe('output-is-input');
    expect(e.format()).toBe(`refusing to write ${input}: it is one of the input files - choose another --out directory; blotbypass never overwrites an input`);
    expect(readFileSync(input, 'utf8')).toBe('my data');
    expect(readdirSync(root)).toEqual(['results.json']);
  });

  it('a failure part-way leaves the previous files as they were', () => {
    // The second file needs "a.txt" to be a folder, but the first file makes it a file: the set cannot be written.
    writeFileSync(join(root, 'a.txt'), 'previous');
    mkdirSync(join(root, 'keep'));
    expect(() => writeOutputSet(root, [{ path: 'a.txt', content: 'new' }, { path: 'a.txt/b.txt', content: 'x' }], [])).toThrow();
    expect(readFileSync(join(root, 'a.txt'), 'utf8')).toBe('previous');
    expect(readdirSync(root).sort()).toEqual(['a.txt', 'keep']);
  });

  it('writes streamed content piece by piece, multi-byte characters included', () => {
    const pieces = ['{"a": "β-actin', ' µg"', '}\n'];
    writeOutputSet(root, [{ path: 'results.json', content: { chunks: () => pieces } }], []);
    expect(readFileSync(join(root, 'results.json'), 'utf8')).toBe(pieces.join(''));
  });

  it('writes streamed content of any size exactly: many pieces past the write buffer, and pieces larger than it', () => {
    const pieces = [...Array.from({ length: 400 }, (_, i) => `${i}:β-actin µg ✓ `.repeat(300)), 'x'.repeat(3_000_000), 'end\n'];
    writeOutputSet(root, [{ path: 'big.txt', content: { chunks: () => pieces } }], []);
    expect(readFileSync(join(root, 'big.txt'), 'utf8')).toBe(pieces.join(''));
  });

  it('leaves no file and no staging folder when producing streamed content fails', () => {
    const failing = function* (): Generator<string> {
      yield 'partial';
      throw new Error('broken generator');
    };
    expect(() => writeOutputSet(root, [{ path: 'a.txt', content: 'a' }, { path: 'results.json', content: { chunks: failing } }], [])).toThrow('broken generator');
    expect(readdirSync(root)).toEqual([]);
  });
});
