/**
 * The decimal mark of a file, decided once from every numeric cell (numberCells.ts'
 * `detectDecimalMark`), or an error that names the cells that conflict: a file mixing a dot and a
 * comma decimal, or one where `7,258` could be 7258 or 7.258 because values above 999 are also written
 * without a separator. Shared by every reader of numbers (tidy layouts, instrument exports, the lane
 * layout sheet, variant tables).
 */
import { InputError, type AnalysisWarning, type SourceLocation } from '../errors.js';
import { loadMessages as m } from '../messages/load.js';
import { detectDecimalMark, type DecimalMark } from './numberCells.js';

export interface DecimalDecision {
  mark: DecimalMark;
  /** A note when commas were read as thousands separators. */
  note: AnalysisWarning | null;
}

export interface DecimalContext {
  file: string;
  /** Where a cell with this text first stands (row and column), for the error's location. */
  locate?: (text: string) => Omit<SourceLocation, 'file'> | null;
  /** The error of a file mixing conventions, when a reader words it its own way. */
  mixed?: (dot: string, comma: string) => InputError;
}

export function decideDecimalMark(cells: Iterable<string>, ctx: DecimalContext): DecimalDecision {
  const evidence = detectDecimalMark(cells);
  const at = (...examples: string[]): SourceLocation => {
    const found = examples.map((e) => ctx.locate?.(e) ?? null).filter((x) => x !== null);
    // The later of the examples: the odd one out, in a table read top-down.
    const later = found.sort((a, b) => (b.row ?? 0) - (a.row ?? 0))[0];
    return { file: ctx.file, ...(later ?? {}) };
  };
  if (evidence.mixed) {
    const { dotExample, commaExample } = evidence.mixed;
    throw ctx.mixed?.(dotExample, commaExample) ?? new InputError('mixed-decimals', m.mixedDecimals(dotExample, commaExample), at(dotExample, commaExample), m.mixedDecimalsHint());
  }
  if (evidence.ambiguous) {
    const { withSeparator, withoutSeparator } = evidence.ambiguous;
    throw new InputError('ambiguous-thousands', m.ambiguousThousands(withSeparator, withoutSeparator), at(withSeparator, withoutSeparator), m.ambiguousThousandsHint());
  }
  const note = evidence.thousandsExample === null ? null
    : { code: 'thousands-separator', message: m.thousandsSeparator(evidence.thousandsExample), at: at(evidence.thousandsExample) };
  return { mark: evidence.mark ?? 'dot', note };
}
