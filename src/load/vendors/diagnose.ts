/**
 * Tables that are neither a tidy layout nor an instrument export, but that people reasonably try:
 * summary statistics (mean and SD), already-normalised ratios, or a two-group design that is not
 * sensitive vs resistant. Each gets one precise message that says what the file is and what
 * blotbypass needs, instead of a list of missing columns.
 */
import { InputError } from '../../errors.js';
import { vendorMessages as m } from '../../messages/vendors.js';
import { headerKey } from '../designColumns.js';
import { parseStatus } from '../designValues.js';
import { parseNumberCell } from '../numberCells.js';
import { isBlankRow, type Table } from '../readTable.js';
import { firstNonBlankRow, mapDesignColumns } from '../tidyColumns.js';

/** How many data rows are looked at: enough to tell, and O(1) in the file's length. */
const SAMPLE_ROWS = 200;

const MEAN = /^(?:average|mean|avg|mean_value|average_value)$/;
const SPREAD = /^(?:std|sd|stdev|std_dev|stddev|standard_deviation|sem|se|s_e_m|standard_error|std_err|std_error|std_error_of_mean)$/;
/** Column names that say the values were divided by something already. */
const NORMALISED = /ratio|norm|relative|fold|house|percent|fraction|(?:^|_)(?:rel|fc|hk|cont|pct)(?:_|$)/;

function isNumeric(cell: string): boolean {
  return parseNumberCell(cell, 'dot').kind === 'number' || parseNumberCell(cell, 'comma').kind === 'number';
}

/** An error that explains why the table cannot be analysed, or null when nothing specific is found. */
export function diagnoseTable(file: string, table: Table): InputError | null {
  const headerIndex = firstNonBlankRow(table);
  if (headerIndex === -1) return null;
  const header = table.rows[headerIndex]!;
  const keys = header.map(headerKey);
  const at = { file, row: headerIndex + 1 };
  const sample: string[][] = [];
  for (let i = headerIndex + 1; i < table.rows.length && sample.length < SAMPLE_ROWS; i++) {
    if (!isBlankRow(table.rows[i]!)) sample.push(table.rows[i]!);
  }

  const means = header.filter((_, i) => MEAN.test(keys[i]!));
  const spreads = header.filter((_, i) => SPREAD.test(keys[i]!));
  if (means.length > 0 && spreads.length > 0) {
    return new InputError('summary-statistics', m.summaryStatistics([...means, ...spreads]), at, m.summaryStatisticsHint());
  }

  const design = mapDesignColumns(header);
  const designIndexes = new Set([...design.values()].map((c) => c.index));
  const valueColumns = header.filter((name, i) => name !== '' && !designIndexes.has(i) && sample.some((cells) => isNumeric(cells[i] ?? '')));
  if (valueColumns.length > 0 && valueColumns.every((name) => NORMALISED.test(headerKey(name)))) {
    return new InputError('normalised-values', m.normalisedValues(valueColumns), at, m.normalisedValuesHint());
  }

  const status = design.get('status');
  if (status) {
    const values = [...new Set(sample.map((cells) => cells[status.index] ?? '').filter((v) => v !== ''))];
    if (values.length > 0 && values.every((v) => parseStatus(v) === null)) {
      const missing = (['line', 'treatment'] as const).filter((f) => !design.has(f));
      return new InputError('unknown-status', m.statusNotStatus(status.header, values, missing), { ...at, column: status.header }, m.statusNotStatusHint());
    }
  }
  return null;
}
