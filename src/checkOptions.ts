/**
 * The library's front door: `analyze(inputs, options)` checks every option value before anything
 * runs, as the command line checks its flags, and throws the same `InputErrors` (code `bad-option`,
 * one entry per problem). Without this a script that passes `test: 'Paired'` or `confidenceLevel:
 * '0.9'` would get silently wrong results (Welch run while "Paired" is recorded; every interval null).
 */
import { InputError, InputErrors } from './errors.js';
import { optionMessages as m } from './messages/options.js';

const SETTING_NAMES = ['loadingControl', 'saturation', 'keepSaturated', 'loadingDriftFold', 'weakReferenceFraction', 'confidenceLevel', 'pairs', 'test'] as const;
/** The largest SOURCE_DATE_EPOCH a Date can print as an ISO year of four digits (9999-12-31T23:59:59Z). */
export const MAX_SOURCE_DATE_EPOCH = 253402300799;

/** What a value is, for a message: `"0.9" (a text)`, `-1`, `null`, `an object`. */
function describe(value: unknown): string {
  if (typeof value === 'string') return `${JSON.stringify(value)} (a text)`;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return 'a list';
  return `a ${typeof value}`;
}

type Problem = string;

function numberIn(name: string, value: unknown, low: number, high: number, show = [String(low), String(high)] as const): Problem | null {
  if (typeof value !== 'number' || Number.isNaN(value)) return m.notANumber(name, describe(value));
  return value >= low && value <= high ? null : m.outOfRange(name, show[0], show[1], describe(value));
}

function isInput(value: unknown): boolean {
  return typeof value === 'object' && value !== null && typeof (value as { name?: unknown }).name === 'string' && (value as { bytes?: unknown }).bytes instanceof Uint8Array;
}

function textList(name: string, value: unknown): Problem | null {
  return Array.isArray(value) && value.every((v) => typeof v === 'string') ? null : m.notTextList(name, describe(value));
}

function settingsProblems(settings: unknown): Problem[] {
  if (typeof settings !== 'object' || settings === null || Array.isArray(settings)) return [m.notAnObject('settings', describe(settings))];
  const s = settings as Record<string, unknown>;
  const problems: (Problem | null)[] = Object.keys(s).filter((k) => !(SETTING_NAMES as readonly string[]).includes(k)).map((k) => m.unknownOption(`settings.${k}`, SETTING_NAMES.map((n) => `settings.${n}`)));
  const has = (k: string) => s[k] !== undefined;
  if (has('loadingControl') && s.loadingControl !== null && typeof s.loadingControl !== 'string') problems.push(m.notText('settings.loadingControl', describe(s.loadingControl)));
  if (has('saturation') && s.saturation !== null) problems.push(numberIn('settings.saturation', s.saturation, Number.MIN_VALUE, Number.MAX_VALUE, ['more than 0', 'the largest number'] as const));
  if (has('keepSaturated') && typeof s.keepSaturated !== 'boolean') problems.push(m.notBoolean('settings.keepSaturated', describe(s.keepSaturated)));
  if (has('loadingDriftFold')) problems.push(numberIn('settings.loadingDriftFold', s.loadingDriftFold, 1, 100));
  if (has('weakReferenceFraction')) problems.push(numberIn('settings.weakReferenceFraction', s.weakReferenceFraction, 0, 1));
  if (has('confidenceLevel')) problems.push(numberIn('settings.confidenceLevel', s.confidenceLevel, 0.5, 0.999));
  if (has('test') && !['linear-model', 'paired', 'welch'].includes(s.test as string)) problems.push(m.notOneOf('settings.test', ['linear-model', 'paired', 'welch'], describe(s.test)));
  if (has('pairs') && !(Array.isArray(s.pairs) && s.pairs.every((p: unknown) => typeof p === 'object' && p !== null && typeof (p as { resistant?: unknown }).resistant === 'string' && typeof (p as { sensitive?: unknown }).sensitive === 'string'))) {
    problems.push(m.notPairs(describe(s.pairs)));
  }
  return problems.filter((p): p is Problem => p !== null);
}

/**
 * Throws InputErrors (code `bad-option`) listing every problem with `options`; returns quietly when
 * there is none. `known` names every option (analyze.ts derives it from the AnalyzeOptions type, so a
 * new option cannot be forgotten here).
 */
export function checkAnalyzeOptions(options: unknown, known: readonly string[]): void {
  if (options === undefined) return;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) throw new InputErrors([new InputError('bad-option', m.notAnObject('options', describe(options)), undefined, m.hint())]);
  const o = options as Record<string, unknown>;
  const problems: (Problem | null)[] = Object.keys(o).filter((k) => !known.includes(k)).map((k) => m.unknownOption(k, known));
  const has = (k: string) => o[k] !== undefined;
  if (has('settings')) problems.push(...settingsProblems(o.settings));
  if (has('sourceDateEpoch') && (typeof o.sourceDateEpoch !== 'number' || !Number.isInteger(o.sourceDateEpoch) || o.sourceDateEpoch < 0 || o.sourceDateEpoch > MAX_SOURCE_DATE_EPOCH)) problems.push(m.notEpoch(describe(o.sourceDateEpoch)));
  if (has('decimal') && !['dot', 'comma'].includes(o.decimal as string)) problems.push(m.notOneOf('decimal', ['dot', 'comma'], describe(o.decimal)));
  if (has('delimiter') && ![',', ';', '\t', '|'].includes(o.delimiter as string)) problems.push(m.notOneOf('delimiter', [',', ';', '\\t', '|'], describe(o.delimiter)));
  if (has('format') && typeof o.format !== 'string') problems.push(m.notText('format', describe(o.format)));
  for (const k of ['target', 'channel', 'sheet'] as const) if (has(k)) problems.push(textList(k, o[k]));
  for (const k of ['layout', 'sampleMap', 'variantClasses'] as const) if (has(k) && !isInput(o[k])) problems.push(m.notInput(k));
  if (has('variants') && !(Array.isArray(o.variants) && o.variants.every(isInput))) problems.push(m.notInput('variants[]'));
  if (has('experiment')) {
    const e = o.experiment;
    const fieldsOk = typeof e === 'object' && e !== null && !Array.isArray(e)
      && Object.entries(e).every(([k, v]) => ['id', 'operator', 'title'].includes(k) && (v === null || v === undefined || typeof v === 'string'));
    if (!fieldsOk) problems.push(m.notAnObject('experiment ({ id, operator, title }: texts or null)', describe(e)));
  }
  if (has('drugClasses') && !(typeof o.drugClasses === 'object' && o.drugClasses !== null && !Array.isArray(o.drugClasses) && Object.values(o.drugClasses).every((v) => typeof v === 'string'))) {
    problems.push(m.notAnObject('drugClasses ({ drug name: class })', describe(o.drugClasses)));
  }
  if (has('onProgress') && typeof o.onProgress !== 'function') problems.push(m.notOneOf('onProgress', ['a function'], describe(o.onProgress)));
  if (has('rules') && (typeof o.rules !== 'object' || o.rules === null || typeof (o.rules as { source?: unknown }).source !== 'string' || typeof (o.rules as { ruleSet?: unknown }).ruleSet !== 'object')) {
    problems.push(m.notAnObject('rules ({ ruleSet, source }, e.g. from readRules)', describe(o.rules)));
  }
  const found = problems.filter((p): p is Problem => p !== null);
  if (found.length > 0) throw new InputErrors(found.map((p) => new InputError('bad-option', p, undefined, m.hint())));
}
