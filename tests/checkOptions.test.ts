/**
 * analyze(inputs, options) checks its options at run time, as the command line checks its flags: a
 * script passing a wrong value gets a typed InputErrors (code bad-option, one entry per problem,
 * worded for the library, not for CLI flags) instead of a silently different analysis or a bare
 * RangeError/TypeError.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, InputError, InputErrors } from '../src/index.js';

const example = [{ name: 'trk-bypass-long.csv', bytes: new Uint8Array(readFileSync('examples/trk-bypass-long.csv')) }];

function refusal(options: unknown): InputErrors {
  try {
    analyze(example, options as never);
  } catch (error) {
    expect(error).toBeInstanceOf(InputErrors);
    expect(error).toBeInstanceOf(InputError);
    return error as InputErrors;
  }
  throw new Error('analyze accepted the options');
}

describe('analyze(inputs, options) checks its options', () => {
  it.each([
    [{ settings: { test: 'Paired' } }, 'settings.test must be one of "linear-model", "paired", "welch", got "Paired" (a text)'],
    [{ settings: { confidenceLevel: '0.9' } }, 'settings.confidenceLevel must be a number, got "0.9" (a text)'],
    [{ settings: { loadingDriftFold: -2 } }, 'settings.loadingDriftFold must be from 1 to 100, got -2'],
    [{ settings: { pairs: 'KM12-LR=KM12' } }, 'settings.pairs must be a list of { resistant, sensitive } model names, got "KM12-LR=KM12" (a text)'],
    [{ settings: { confidence: 0.9 } }, /^unknown option settings\.confidence; the options are settings\.loadingControl, /],
    [{ sourceDateEpoch: -1 }, /^sourceDateEpoch must be a whole number of seconds/],
    [{ decimal: ',' }, 'decimal must be one of "dot", "comma", got "," (a text)'],
    [{ sheet: 'Sheet1' }, 'sheet must be a list of texts, got "Sheet1" (a text)'],
  ])('%j is refused with a typed error', (options, message) => {
    const e = refusal(options);
    expect(e.errors).toHaveLength(1);
    expect(e.errors[0]!.code).toBe('bad-option');
    expect(e.errors[0]!.message).toMatch(message);
    expect(e.errors[0]!.message).not.toMatch(/--/);
  });

  it('lists every problem at once', () => {
    const e = refusal({ settings: { test: 'x', confidenceLevel: 2 }, decimal: 'x' });
    expect(e.errors.map((x) => x.message.split(' ')[0])).toEqual(['settings.confidenceLevel', 'settings.test', 'decimal']);
    expect(e.code).toBe('several-problems');
  });

  it('inputs that are not { name, bytes } are refused, not a TypeError', () => {
    expect(() => analyze([{ name: 'x.csv', bytes: 'a,b' }] as never)).toThrow(InputErrors);
  });

  it('valid options run, and the settings recorded are the ones used', () => {
    const results = analyze(example, { settings: { test: 'paired', confidenceLevel: 0.9 } });
    expect(results.settings.test).toBe('paired');
    expect(results.settings.confidenceLevel).toBe(0.9);
  });
});
