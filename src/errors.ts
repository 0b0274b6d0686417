/**
 * The one error type for problems in the user's input or options.
 *
 * Library code throws `InputError` (or collects several into `InputErrors`) and never
 * touches the process: `src/cli.ts` turns these into one line per problem and exit code 2.
 * Anything else that escapes is an internal error (exit code 1).
 */

/** Where in an input a problem or a value sits. Rows are 1-based and count the header row as row 1, as a spreadsheet does. */
export interface SourceLocation {
  file: string;
  row?: number;
  column?: string;
  /** Workbooks: the sheet read, and the cell (`C14`) of `row` and `column`. */
  sheet?: string;
  cell?: string;
}

export class InputError extends Error {
  override readonly name: string = 'InputError';
  readonly code: string;
  readonly at: SourceLocation | undefined;
  readonly hint: string | undefined;

  constructor(code: string, message: string, at?: SourceLocation, hint?: string) {
    super(message);
    this.code = code;
    this.at = at;
    this.hint = hint;
  }

  /** One line: `file:row: column "x": message - hint`. */
  format(): string {
    return formatLocated(this.message, this.at, this.hint);
  }
}

/**
 * Several input errors found in one pass, so the user can fix them all at once. It is an `InputError`
 * itself (code `several-problems`), so one `instanceof InputError` catches every refusal; `errors`
 * holds each problem with its own code.
 */
export class InputErrors extends InputError {
  override readonly name = 'InputErrors';
  readonly errors: readonly InputError[];

  constructor(errors: readonly InputError[]) {
    super(errors.length === 1 ? errors[0]!.code : 'several-problems', errors.map((e) => e.format()).join('\n'));
    this.errors = errors;
  }

  override format(): string {
    return this.message;
  }
}

/**
 * Codes of messages that inform rather than warn: how something was read, not a problem with it.
 * `analyze` puts them in results.json `notes`, apart from `warnings`.
 */
export const NOTE_CODES: ReadonlySet<string> = new Set(['signal-column', 'thousands-separator', 'name-spelling', 'windows-1252', 'sheet-read', 'title-rows', 'loading-repeated']);

/** A problem the analysis could work around, carried into results.json and the report. */
export interface AnalysisWarning {
  code: string;
  message: string;
  at?: SourceLocation;
}

export function formatLocation(at: SourceLocation | undefined): string {
  if (!at) return '';
  let where = at.file;
  if (at.sheet !== undefined) where += at.cell !== undefined ? `, ${at.sheet}!${at.cell}` : `, sheet ${JSON.stringify(at.sheet)}${at.row !== undefined ? ` row ${at.row}` : ''}`;
  else if (at.row !== undefined) where += `:${at.row}`;
  if (at.column !== undefined) where += ` (column "${at.column}")`;
  return where;
}

export function formatLocated(message: string, at?: SourceLocation, hint?: string): string {
  const where = formatLocation(at);
  return `${where ? `${where}: ` : ''}${message}${hint ? ` - ${hint}` : ''}`;
}

export function formatWarning(w: AnalysisWarning): string {
  return formatLocated(w.message, w.at);
}
