/**
 * Writes docs/results.schema.json (JSON Schema 2020-12) from the `ResultsJson` type in src/results.ts,
 * with each field's doc comment as its description (ts-json-schema-generator, as Vega-Lite makes its
 * own schema). `npm run schema` runs it; tests/results.schema.test.ts checks the committed file is
 * up to date and validates every example's results.json against it.
 *
 *   node scripts/buildSchema.mjs          write the file
 *   node scripts/buildSchema.mjs --print  print it instead
 */
import { writeFileSync } from 'node:fs';
import { createGenerator } from 'ts-json-schema-generator';

export function buildSchema() {
  const generated = createGenerator({
    path: 'src/results.ts',
    tsconfig: 'tsconfig.json',
    type: 'ResultsJson',
    expose: 'export',
    topRef: false,
    jsDoc: 'extended',
    skipTypeCheck: true,
    additionalProperties: false,
    sortProps: false,
  }).createSchema('ResultsJson');
  const { $schema: _draft07, definitions, ...top } = generated;
  // 2020-12 names the definitions $defs.
  const text = JSON.stringify({
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://blotbypass.invalid/results.schema.json',
    title: 'blotbypass results.json',
    ...top,
    description: 'The machine-readable result of one blotbypass analysis. Field names are a contract: renaming or removing one changes the major schemaVersion, adding one the minor.',
    $defs: definitions,
  }, null, 2).replaceAll('#/definitions/', '#/$defs/');
  return `${text}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const schema = buildSchema();
  if (process.argv.includes('--print')) process.stdout.write(schema);
  else writeFileSync('docs/results.schema.json', schema);
}
