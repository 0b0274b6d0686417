/**
 * Fixture access for the importer tests: instrument exports under tests/fixtures/vendors/ (built from
 * documented headers, see NOTES.md there) and the real files under tests/fixtures/realworld/.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { InputBytes } from '../../../src/load/loadFile.js';
import { decodeText } from '../../../src/load/decodeText.js';
import { readTable, type Table } from '../../../src/load/readTable.js';

export const VENDOR_FIXTURES = fileURLToPath(new URL('../../fixtures/vendors/', import.meta.url));
export const REALWORLD_FIXTURES = fileURLToPath(new URL('../../fixtures/realworld/', import.meta.url));

/** A fixture under tests/fixtures/vendors/, named by its relative path (e.g. `imagelab/M1_ERK.txt`). */
export function vendorFixture(path: string): InputBytes {
  return { name: path, bytes: readFileSync(`${VENDOR_FIXTURES}${path}`) };
}

/** A real file under tests/fixtures/realworld/. */
export function realworldFixture(name: string): InputBytes {
  return { name, bytes: readFileSync(`${REALWORLD_FIXTURES}${name}`) };
}

/** The 8-lane layout sheet shared by the built fixtures (no membrane column). */
export const LAYOUT_8 = (): InputBytes => vendorFixture('layout-8-lanes.csv');

/** An input's table, as the loader splits it. */
export function tableOf(input: InputBytes): Table {
  return readTable(input.name, decodeText(input.name, input.bytes).text);
}

/** The cells of one spreadsheet row (1-based) of a fixture, for expectations read from the file itself. */
export function cellsOfRow(input: InputBytes, row: number, delimiter?: ',' | '\t'): string[] {
  const text = decodeText(input.name, input.bytes).text;
  return readTable(input.name, text, delimiter).rows[row - 1] ?? [];
}
