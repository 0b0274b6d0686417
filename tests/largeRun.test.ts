/**
 * A large analysis re-starts node with a tighter old generation and `gc` (src/cli.ts, largeRunFlags): only
 * `analyze`, only from a total input size up, never twice, never over a flag the user gave.
 */
import { describe, expect, it } from 'vitest';
import { LARGE_RUN_BYTES, largeRunFlags } from '../src/largeRun.js';

const sizes: Record<string, number> = { 'screen.csv': LARGE_RUN_BYTES, 'small.csv': 1000, 'half.csv': LARGE_RUN_BYTES / 2 };
const sizeOf = (path: string) => sizes[path] ?? null;
const FLAG = ['--heap-growing-percent=15', '--expose-gc'];

describe('largeRunFlags', () => {
  it('asks for the larger young generation and the tighter old one for an analysis of large inputs, summed over the files', () => {
    expect(largeRunFlags(['analyze', 'screen.csv', '--out', 'out'], {}, [], sizeOf)).toEqual(FLAG);
    expect(largeRunFlags(['analyze', 'half.csv', 'half.csv'], {}, [], sizeOf)).toEqual(FLAG);
  });

  it('leaves small runs, other commands, a re-started run and a user\'s own flag alone', () => {
    expect(largeRunFlags(['analyze', 'small.csv'], {}, [], sizeOf)).toBeNull();
    expect(largeRunFlags(['analyze', 'half.csv', '-'], {}, [], sizeOf)).toBeNull();
    expect(largeRunFlags(['validate', 'screen.csv'], {}, [], sizeOf)).toBeNull();
    expect(largeRunFlags(['--version'], {}, [], sizeOf)).toBeNull();
    expect(largeRunFlags(['analyze', 'screen.csv'], { BLOTBYPASS_LARGE_RUN: '1' }, [], sizeOf)).toBeNull();
    expect(largeRunFlags(['analyze', 'screen.csv'], {}, ['--max-semi-space-size=32'], sizeOf)).toBeNull();
    expect(largeRunFlags(['analyze', 'screen.csv'], {}, ['--max-old-space-size=4096'], sizeOf)).toBeNull();
  });
});
