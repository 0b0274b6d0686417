/** Every user-facing sentence about command-line option values. */
export const cliMessages = {
  badNumberOption: (name: string, min: number, max: number, value: string) =>
    `--${name} must be a number ${max === Number.MAX_VALUE ? `of at least ${min}` : `from ${min} to ${max}`}, got "${value}"`,
  badNumberOptionHint: (name: string) => `e.g. --${name} ${name === 'confidence' ? '0.95' : name === 'weak-reference' ? '0.1' : name === 'drift-fold' ? '1.5' : '65535'}`,
  badThreads: (max: number, value: string) => `--threads must be a whole number from 1 to ${max}, got "${value}"`,
  badThreadsHint: () => 'e.g. --threads 2; --threads 1 runs the analysis on one thread',
  badPair: (value: string) => `--pair must look like RESISTANT=SENSITIVE, got "${value}"`,
  badPairHint: () => 'write the model names as in the line column, e.g. --pair KM12-LR=KM12',
  conflictingNumberFormat: (thousands: string, decimal: string) => `--thousands "${thousands}" and --decimal ${decimal} contradict each other`,
  conflictingNumberFormatHint: () => 'give one: --thousands , means a decimal dot; --thousands . means a decimal comma',
  helpFooter: () => '\nThe guide is in the docs/ folder of the blotbypass package (docs/README.md): results.json field by field in\ndocs/results.schema.json (JSON Schema), error codes in docs/errors.md, the library in docs/api.md. Exit codes: 0 done, 2 your input or options, 1 a bug in blotbypass.',
  badOut: (value: string) => `--out needs a folder name, got "${value}"`,
  badOutHint: () => 'name a folder, e.g. --out results; to get results.json on standard output alone, give --json without --out',
  badSourceDateEpoch: (value: string) => `SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01 UTC, got "${value}"`,
  badSourceDateEpochHint: () => 'e.g. SOURCE_DATE_EPOCH=$(date +%s) for now, or unset it to stamp the time of the run',
} as const;
