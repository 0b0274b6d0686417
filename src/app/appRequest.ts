/**
 * What the browser app's page sends its worker: the files the user chose (bytes and names) and the
 * options as typed into the form. `analyzeOptionsOf` turns them into the same AnalyzeOptions the
 * command line builds from its flags, with the same checks and the same messages, so the same files
 * and options give the same results.json.
 */
import type { AnalyzeOptions } from '../analyze.js';
import type { InputBytes, LoadOptions } from '../load/loadFile.js';
import { analysisEpoch, collectDrugClass, collectPair, decimalOf, experimentOf, parseNumberOption, UsageError } from '../optionValues.js';
import { readRules } from '../rules/readRules.js';
import type { ModelPair } from '../settings.js';
import { DEFAULT_SETTINGS } from '../settings.js';
import { appMessages as m } from '../messages/app.js';

/** Form fields, as text; an empty field is the command line's default. Names follow the CLI flags. */
export interface AppOptionValues {
  loading?: string;
  saturation?: string;
  keepSaturated?: boolean;
  /** --lanes-in-json: results.json embeds every normalised lane. */
  lanesInJson?: boolean;
  /** `R=S` pairs separated by commas, semicolons or new lines. */
  pairs?: string;
  /** `NAME=CLASS` entries (--drug-class) separated by commas, semicolons or new lines. */
  drugClasses?: string;
  driftFold?: string;
  weakReference?: string;
  confidence?: string;
  test?: string;
  decimal?: string;
  thousands?: string;
  /** Sheet of the workbooks to read (--sheet NAME). */
  sheet?: string;
  /** Antibody of instrument exports (--target): NAME, or FILE=NAME, several separated by commas or new lines. */
  target?: string;
  /** --experiment, --operator, --title. */
  experiment?: string;
  operator?: string;
  title?: string;
}

export interface AppRequest {
  /** The densitometry files (the CLI's FILES...). */
  files: InputBytes[];
  layout?: InputBytes;
  rules?: InputBytes;
  variants?: InputBytes[];
  sampleMap?: InputBytes;
  variantClasses?: InputBytes;
  options: AppOptionValues;
  /** Time of the run in milliseconds (the page's clock); the analysis is stamped with it, as the CLI is. */
  now?: number;
}

const TESTS = ['linear-model', 'paired', 'welch'] as const;

export function analyzeOptionsOf(request: AppRequest): AnalyzeOptions {
  const o = request.options;
  const text = (value: string | undefined): string | undefined => (value === undefined || value.trim() === '' ? undefined : value.trim());
  const number = (value: string | undefined, name: string, min: number, max: number, fallback: number): number => {
    const given = text(value);
    return given === undefined ? fallback : parseNumberOption(name, min, max)(given);
  };
  const decimal = decimalOf({ ...choice(o.decimal, ['dot', 'comma'] as const, 'decimal'), ...choice(o.thousands, [',', '.'] as const, 'thousands') });
  const saturation = text(o.saturation);
  const test = choice(o.test, TESTS, 'test').test ?? DEFAULT_SETTINGS.test;
  const load: LoadOptions = {
    ...(decimal ? { decimal } : {}),
    ...(request.layout ? { layout: request.layout } : {}),
    ...(text(o.sheet) ? { sheet: [text(o.sheet)!] } : {}),
    ...(listText(o.target).length > 0 ? { target: listText(o.target) } : {}),
  };
  return {
    ...load,
    sourceDateEpoch: analysisEpoch(undefined, request.now ?? Date.now()),
    experiment: experimentOf(o),
    rules: readRules(request.rules),
    ...drugClassesOf(o.drugClasses),
    ...(request.variants && request.variants.length > 0 ? { variants: request.variants } : {}),
    ...(request.sampleMap ? { sampleMap: request.sampleMap } : {}),
    ...(request.variantClasses ? { variantClasses: request.variantClasses } : {}),
    settings: {
      loadingControl: text(o.loading) ?? null,
      saturation: saturation === undefined ? null : parseNumberOption('saturation', 0, Number.MAX_VALUE)(saturation),
      keepSaturated: o.keepSaturated ?? false,
      loadingDriftFold: number(o.driftFold, 'drift-fold', 1, 100, DEFAULT_SETTINGS.loadingDriftFold),
      weakReferenceFraction: number(o.weakReference, 'weak-reference', 0, 1, DEFAULT_SETTINGS.weakReferenceFraction),
      confidenceLevel: number(o.confidence, 'confidence', 0.5, 0.999, DEFAULT_SETTINGS.confidenceLevel),
      pairs: pairsOf(o.pairs),
      test,
    },
  };
}

/** `KM12-R=KM12, HCT-R=HCT` (commas, semicolons or new lines between pairs). */
export function pairsOf(value: string | undefined): ModelPair[] {
  return listText(value).reduce<ModelPair[]>((pairs, part) => collectPair(part, pairs), []);
}

/** A field holding several values, separated by commas, semicolons or new lines. */
function listText(value: string | undefined): string[] {
  return (value ?? '').split(/[,;\n]/).map((p) => p.trim()).filter((p) => p !== '');
}

/** `TRKi-7=trk-first-generation, XR-88=mek`, as --drug-class given once for each. */
function drugClassesOf(value: string | undefined): Pick<AnalyzeOptions, 'drugClasses'> {
  const parts = (value ?? '').split(/[,;\n]/).map((p) => p.trim()).filter((p) => p !== '');
  return parts.length === 0 ? {} : { drugClasses: parts.reduce<Record<string, string>>((all, part) => collectDrugClass(part, all), {}) };
}

function choice<K extends string, T extends string>(value: string | undefined, allowed: readonly T[], name: K): Partial<Record<K, T>> {
  if (value === undefined || value === '') return {};
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError('bad-option', m.badChoice(name, value, allowed), undefined);
  return { [name]: value } as Partial<Record<K, T>>;
}
