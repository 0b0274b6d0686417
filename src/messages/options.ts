/**
 * Every sentence about an option value given to the library (`analyze(inputs, options)`). They name
 * the option as the library spells it, not a command-line flag: a pipeline author reads them.
 */
export const optionMessages = {
  notAnObject: (name: string, got: string) => `${name} must be an object, got ${got}`,
  notANumber: (name: string, got: string) => `${name} must be a number, got ${got}`,
  outOfRange: (name: string, low: string, high: string, got: string) => `${name} must be from ${low} to ${high}, got ${got}`,
  notBoolean: (name: string, got: string) => `${name} must be true or false, got ${got}`,
  notText: (name: string, got: string) => `${name} must be a text or null, got ${got}`,
  notOneOf: (name: string, allowed: readonly string[], got: string) => `${name} must be one of ${allowed.map((a) => `"${a}"`).join(', ')}, got ${got}`,
  notPairs: (got: string) => `settings.pairs must be a list of { resistant, sensitive } model names, got ${got}`,
  notTextList: (name: string, got: string) => `${name} must be a list of texts, got ${got}`,
  notInput: (name: string) => `${name} must be { name: string, bytes: Uint8Array }`,
  notEpoch: (got: string) => `sourceDateEpoch must be a whole number of seconds since 1970-01-01 UTC, from 0 to 253402300799 (the year 9999), got ${got}`,
  unknownOption: (name: string, known: readonly string[]) => `unknown option ${name}; the options are ${known.join(', ')}`,
  notAFunction: (name: string, got: string) => `${name} must be a function, got ${got}`,
  notThreads: (max: number, got: string) => `threads must be a whole number from 1 to ${max}, got ${got}`,
  parallelOptions: (known: readonly string[], got: string) => `the third argument of analyzeParallel takes ${known.join(', ')}; got ${got}`,
  hint: () => 'see AnalyzeOptions in docs/api.md',
} as const;
