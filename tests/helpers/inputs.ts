/**
 * Test inputs: fixture files as bytes, and small tables written in the test with exact bytes
 * (separator, line ends, BOM) so a test states the quirk it exercises.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { InputError, InputErrors } from '../../src/errors.js';
import type { InputBytes } from '../../src/load/loadFile.js';

export const CORE_FIXTURES = fileURLToPath(new URL('../fixtures/core/', import.meta.url));

/** A committed fixture from tests/fixtures/core/, named by its base name in messages. */
export function fixture(name: string): InputBytes {
  return { name, bytes: readFileSync(`${CORE_FIXTURES}${name}`) };
}

export interface TableBytesOptions {
  delimiter?: string;
  /** Line end written after every row, the last one included (default '\n'). */
  eol?: '\n' | '\r\n' | '\r';
  /** Prefix the UTF-8 byte-order mark EF BB BF. */
  bom?: boolean;
}

/** Rows of cells (written as given, no quoting) to bytes. */
export function tableBytes(rows: readonly (readonly (string | number)[])[], options: TableBytesOptions = {}): Uint8Array {
  const { delimiter = ',', eol = '\n', bom = false } = options;
  const text = rows.map((r) => r.join(delimiter)).join(eol) + eol;
  const body = Buffer.from(text, 'utf8');
  return new Uint8Array(bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body);
}

/** A table as an input named `name`. */
export function tableInput(name: string, rows: readonly (readonly (string | number)[])[], options: TableBytesOptions = {}): InputBytes {
  return { name, bytes: tableBytes(rows, options) };
}

/** Text (written as given) as an input named `name`. */
export function textInput(name: string, text: string): InputBytes {
  return { name, bytes: new Uint8Array(Buffer.from(text, 'utf8')) };
}

/** Paths (like `comparisons[2].fractionOfVehicle.ciLow`) of every number in `value` that is NaN or infinite. */
export function nonFiniteNumbers(value: unknown, path = '$'): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => nonFiniteNumbers(v, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => nonFiniteNumbers(v, `${path}.${k}`));
  }
  return [];
}

/** Runs `fn` and returns what it threw (fails the test when it does not throw). */
export function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}

/** The InputError(s) `fn` throws, flattened: one for InputError, several for InputErrors. Fails on anything else. */
export function inputErrorsOf(fn: () => unknown): InputError[] {
  const error = thrown(fn);
  if (error instanceof InputErrors) return [...error.errors];
  if (error instanceof InputError) return [error];
  throw new Error(`expected an InputError, got ${String(error)}`);
}

/** The single InputError `fn` throws. */
export function inputErrorOf(fn: () => unknown): InputError {
  const errors = inputErrorsOf(fn);
  if (errors.length !== 1) throw new Error(`expected one InputError, got ${errors.length}: ${errors.map((e) => e.format()).join(' | ')}`);
  return errors[0]!;
}

/** Warnings without their location, for tests about what is said rather than where. */
export function said(warnings: readonly { code: string; message: string }[]): { code: string; message: string }[] {
  return warnings.map(({ code, message }) => ({ code, message }));
}
