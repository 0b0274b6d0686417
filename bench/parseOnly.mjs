/**
 * The floor: the same file parsed by papaparse alone, streamed from disk in chunks, rows counted and
 * nothing else done. `blotbypass analyze` cannot be faster than reading its input, so its time is
 * judged against this one.
 *
 * Usage: node bench/parseOnly.mjs <file.csv>   (prints the row count)
 */
import { createReadStream } from 'node:fs';
import Papa from 'papaparse';

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: node bench/parseOnly.mjs <file.csv>\n');
  process.exit(2);
}
let rows = 0;
Papa.parse(createReadStream(file, { encoding: 'utf8' }), {
  delimiter: ',',
  header: false,
  skipEmptyLines: false,
  chunk: (results) => {
    rows += results.data.length;
  },
  complete: () => {
    process.stdout.write(`${rows}\n`);
  },
  error: (error) => {
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
  },
});
