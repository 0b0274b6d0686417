/**
 * The error codes are a contract (docs/errors.md): the page must list every code the sources throw,
 * so it is compared with a fresh reading of the sources (npm run error-codes writes it).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script without declarations
import { errorCodes, errorsPage } from '../scripts/errorCodes.mjs';

describe('docs/errors.md', () => {
  it('lists every error code thrown in src/ (run npm run error-codes after adding one)', () => {
    expect(readFileSync('docs/errors.md', 'utf8')).toBe((errorsPage as () => string)());
  });

  it('finds the codes the sources throw, including ones chosen by a condition', () => {
    const codes = (errorCodes as () => Map<string, unknown>)();
    for (const code of ['no-files', 'bad-option', 'missing-columns', 'no-signals', 'nothing-normalised', 'negative-number', 'output-is-input']) expect(codes.has(code), code).toBe(true);
    expect(codes.size).toBeGreaterThan(60);
  });
});
