/**
 * Reading a rules file's JSON values: a checker that collects every problem of one file (an
 * `InputError` naming the file and the key's JSON path) so the user can fix them at once, and the
 * small readers of strings, protein names, choices, numbers in a range and booleans. What the
 * sections are is the schema's business (parseRuleSet.ts, parseDrugSection.ts).
 */
import { InputError } from '../errors.js';
import { identifyTarget } from '../load/targetNames.js';
import { ruleMessages } from '../messages/rules.js';
import { CANDIDATE } from './ruleSetTypes.js';

const m = ruleMessages.file;

export interface Range { min: number; max: number; minOpen?: boolean; maxOpen?: boolean; integer?: boolean; text: string }

export type Json = unknown;

export const describeType = (v: Json): string => (v === null ? 'null' : Array.isArray(v) ? (v.length === 0 ? 'an empty array' : 'an array') : typeof v === 'object' ? 'an object' : `${typeof v} ${JSON.stringify(v)}`);
export const isObject = (v: Json): v is Record<string, Json> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Collects every problem of one file so the user can fix them at once. */
export class Checker {
  readonly errors: InputError[] = [];
  /** `"extends": "none"`: every section is required. */
  complete = false;
  constructor(readonly file: string) {}

  fail(message: string, hint: string): void {
    this.errors.push(new InputError('bad-rules', message, { file: this.file }, hint));
  }

  object(v: Json, path: string, allowed: readonly string[], required: readonly string[]): Record<string, Json> | null {
    if (!isObject(v)) {
      this.fail(m.wrongType(path, 'an object', describeType(v)), m.typeHint());
      return null;
    }
    for (const key of Object.keys(v)) if (!allowed.includes(key)) this.fail(m.unknownKey(join(path, key)), m.unknownKeyHint(allowed));
    for (const key of required) if (!(key in v)) this.fail(m.missingKey(join(path, key)), m.missingKeyHint(this.complete));
    return v;
  }

  string(v: Json, path: string): string | null {
    if (typeof v === 'string' && v.trim() !== '') return v.trim();
    this.fail(m.wrongType(path, 'a non-empty string', describeType(v)), m.typeHint());
    return null;
  }

  strings(v: Json, path: string, nonEmpty = false): string[] | null {
    if (!Array.isArray(v) || (nonEmpty && v.length === 0)) {
      this.fail(m.wrongType(path, nonEmpty ? 'a non-empty array of strings' : 'an array of strings', describeType(v)), m.typeHint());
      return null;
    }
    const out = v.map((x, i) => this.string(x, `${path}[${i}]`));
    return out.every((x) => x !== null) ? (out as string[]) : null;
  }

  targets(v: Json, path: string, nonEmpty = false): string[] | null {
    const names = this.strings(v, path, nonEmpty);
    return names ? names.map(canonicalTarget) : null;
  }

  choice<T extends string>(v: Json, path: string, choices: readonly T[]): T | null {
    if (typeof v === 'string' && (choices as readonly string[]).includes(v)) return v as T;
    this.fail(typeof v === 'string' ? m.badChoice(path, choices, v) : m.wrongType(path, `one of ${choices.join(', ')}`, describeType(v)), m.typeHint());
    return null;
  }

  number(v: Json, path: string, r: Range): number | null {
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      this.fail(m.wrongType(path, 'a number', describeType(v)), m.rangeHint());
      return null;
    }
    const low = r.minOpen ? v <= r.min : v < r.min;
    const high = r.maxOpen ? v >= r.max : v > r.max;
    if (low || high || (r.integer && !Number.isInteger(v))) {
      this.fail(m.outOfRange(path, r.text, v), m.rangeHint());
      return null;
    }
    return v;
  }

  boolean(v: Json, path: string): boolean | null {
    if (typeof v === 'boolean') return v;
    this.fail(m.wrongType(path, 'true or false', describeType(v)), m.typeHint());
    return null;
  }
}

export const join = (path: string, key: string): string => (path === '' ? key : `${path}.${key}`);

/** `Her2` -> HER2, `pERK` -> ERK; `$candidate` and unknown names are kept. */
export function canonicalTarget(name: string): string {
  return name === CANDIDATE ? name : identifyTarget(name).protein;
}
