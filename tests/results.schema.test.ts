/**
 * docs/results.schema.json is the published contract of results.json: it is generated from the
 * `ResultsJson` type (npm run schema), so the committed file must equal a fresh generation, and every
 * bundled example's and every analysable fixture's results.json must validate against it (ajv, JSON
 * Schema 2020-12), the output folder's list of files included.
 */
import { readdirSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze, InputError } from '../src/index.js';
import { resultsToJson } from '../src/report/jsonOutput.js';
import { run } from '../src/cli.js';
// @ts-expect-error: a plain ES module script without declarations
import { buildSchema } from '../scripts/buildSchema.mjs';

const SCHEMA_PATH = 'docs/results.schema.json';
const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as object;
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
const dir = mkdtempSync(join(tmpdir(), 'blotbypass-schema-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const bytes = (path: string) => ({ name: path, bytes: new Uint8Array(readFileSync(path)) });
function problems(json: string): string[] {
  return validate(JSON.parse(json)) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}

describe('docs/results.schema.json', () => {
  it('is up to date with the ResultsJson type (run npm run schema after changing it)', () => {
    expect((buildSchema as () => string)()).toBe(readFileSync(SCHEMA_PATH, 'utf8'));
  }, 60_000);

  const examples: [string, string[]][] = [
    ['trk-bypass-long.csv', []],
    ['trk-bypass-wide.csv', ['--variants', 'examples/km12-lr-variants.maf']],
    ['trk-dose-response.csv', []],
    ['trk-time-course.csv', []],
  ];
  it.each(examples)('examples/%s: results.json written by the CLI (with its output list and lanes) validates', async (file, flags) => {
    const out = join(dir, file);
    expect(await run(['analyze', join('examples', file), ...flags, '--out', out, '--no-report', '--lanes-in-json'], { stdout: () => {}, stderr: () => {}, env: {}, cwd: process.cwd() })).toBe(0);
    expect(problems(readFileSync(join(out, 'results.json'), 'utf8'))).toEqual([]);
  }, 60_000);

  it('every analysable fixture\'s results.json validates', () => {
    const fixtures = readdirSync('tests/fixtures/core').filter((f) => f.endsWith('.csv'));
    let analysed = 0;
    for (const f of fixtures) {
      let json: string;
      try {
        json = resultsToJson(analyze([bytes(join('tests/fixtures/core', f))]));
      } catch (error) {
        if (error instanceof InputError) continue;
        throw error;
      }
      analysed++;
      expect(problems(json), f).toEqual([]);
    }
    expect(analysed).toBeGreaterThan(3);
  });

  it('refuses what the contract forbids: an unknown top-level field, a mechanism code that does not exist', () => {
    const json = JSON.parse(resultsToJson(analyze([bytes('examples/trk-bypass-long.csv')]))) as { verdicts: { mechanism: string }[] } & Record<string, unknown>;
    expect(validate({ ...json, extra: 1 })).toBe(false);
    json.verdicts[0]!.mechanism = 'mapk';
    expect(validate(json)).toBe(false);
  });
});
