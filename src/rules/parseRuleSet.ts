/**
 * A rules file (`--rules file.json`) to a rule set, validated strictly: an unknown key, a wrong
 * type or a value out of range is an `InputError` naming the file and the key's JSON path.
 *
 * Format: `{"extends": "default", "thresholds": {"suppressed": 0.15}}` changes thresholds of the
 * default set (thresholds and hints merge key by key; any other section given replaces the
 * default's). `{"extends": "none", ...}` is a complete rule set: every section must be given.
 * Protein names are read as in the data files (`Her2`, `pERK` -> HER2, ERK); `$candidate` stands
 * for each driver candidate inside `drivers.candidateWhen`. The drug table's sections are read by
 * parseDrugSection.ts; the JSON values by ruleFileChecker.ts.
 */
import { InputError, InputErrors } from '../errors.js';
import { ruleMessages } from '../messages/rules.js';
import { QUALITY_FLAGS, type QualityFlagCode } from '../normalize/types.js';
import { defaultRuleSet } from './defaultRuleSet.js';
import { canonicalTarget, Checker, describeType, isObject, type Json, type Range } from './ruleFileChecker.js';
import { DRUG_KEYS, drugSections } from './parseDrugSection.js';
import { CANDIDATE, type Condition, type DriverSpec, type MechanismRule, type RuleSet, type Thresholds } from './ruleSetTypes.js';

const m = ruleMessages.file;

const TOP_KEYS = ['extends', 'name', 'version', 'description', 'thresholds', 'assay', 'mechanisms', 'hints', 'qualityFlagsLowerConfidence', ...DRUG_KEYS] as const;
/** Sections a complete rule set (`"extends": "none"`) may leave out. */
const OPTIONAL_KEYS: readonly string[] = ['extends', 'description', ...DRUG_KEYS];
const RULE_KEYS = ['id', 'mechanism', 'label', 'when', 'drivers', 'nextSteps', 'driverNextSteps'] as const;
const DRIVER_KEYS = ['always', 'candidates', 'candidateWhen', 'required'] as const;
const HINT_KEYS = ['amplification', 'fusionLoss', 'adaptiveRebound'] as const;
const MECHANISMS = ['on-target', 'mapk-bypass', 'pi3k-akt-bypass', 'rtk-bypass', 'non-genetic'] as const;
const STATES = ['suppressed', 'sustained', 'not-suppressed', 'not-sustained'] as const;
const ROLES = ['resistant', 'sensitive'] as const;
const MEASURES = ['fraction', 'basal', 'total'] as const;
const FLAGS: readonly QualityFlagCode[] = QUALITY_FLAGS;

const THRESHOLD_RANGES: Readonly<Record<keyof Thresholds, Range>> = {
  suppressed: { min: 0, max: 1, minOpen: true, maxOpen: true, text: 'a fraction between 0 and 1 (exclusive)' },
  sustained: { min: 0, max: 1, minOpen: true, text: 'a fraction above 0, at most 1' },
  minLog2Ratio: { min: 0, max: 10, minOpen: true, text: 'a log2 ratio above 0, at most 10 (1 = 2-fold)' },
  alpha: { min: 0, max: 0.5, minOpen: true, text: 'a p value above 0, at most 0.5' },
  amplificationFold: { min: 1, max: 1000, minOpen: true, text: 'a fold above 1' },
  fusionLossFold: { min: 0, max: 1, minOpen: true, maxOpen: true, text: 'a fold between 0 and 1 (exclusive)' },
  minReplicates: { min: 2, max: 100, integer: true, text: 'a whole number from 2 to 100' },
  provisionalReplicates: { min: 1, max: 100, integer: true, text: 'a whole number from 1 to 100' },
  reboundEarlyMaxHours: { min: 0, max: 10000, text: 'hours, 0 or more' },
  reboundLateMinHours: { min: 0, max: 10000, minOpen: true, text: 'hours, above 0' },
  ic50FoldShift: { min: 1, max: 1e6, minOpen: true, text: 'a fold above 1' },
};

/** Thresholds added after rules files with `"extends": "none"` were first written: they take the default when left out. */
const OPTIONAL_THRESHOLDS: readonly (keyof Thresholds)[] = ['ic50FoldShift'];

/** Parses and validates a rules file; throws `InputError` (one problem) or `InputErrors` (several). */
export function parseRuleSet(text: string, file: string): RuleSet {
  let json: Json;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new InputError('bad-rules', m.notJson((error as Error).message), { file, ...rowOf(text, (error as Error).message) }, m.notJsonHint());
  }
  const check = new Checker(file);
  const ruleSet = buildRuleSet(json, check);
  if (check.errors.length === 1) throw check.errors[0]!;
  if (check.errors.length > 1) throw new InputErrors(check.errors);
  return ruleSet!;
}

/** The line of a JSON syntax error, from the "position N" Node reports. */
function rowOf(text: string, message: string): { row?: number } {
  const match = /position (\d+)/.exec(message);
  if (!match) return {};
  return { row: text.slice(0, Number(match[1])).split('\n').length };
}

function buildRuleSet(json: Json, check: Checker): RuleSet | null {
  const extendsValue = isObject(json) && 'extends' in json ? check.choice(json.extends, 'extends', ['default', 'none'] as const) : 'default';
  check.complete = extendsValue === 'none';
  const top = check.object(json, '', TOP_KEYS, check.complete ? TOP_KEYS.filter((k) => !OPTIONAL_KEYS.includes(k)) : []);
  if (!top) return null;
  const base = defaultRuleSet();
  const out: RuleSet = { ...base };
  if ('name' in top) out.name = check.string(top.name, 'name') ?? base.name;
  if ('version' in top) out.version = check.string(top.version, 'version') ?? base.version;
  if ('description' in top) out.description = typeof top.description === 'string' ? top.description : (check.string(top.description, 'description') ?? '');
  else if (extendsValue === 'none') out.description = '';
  if ('thresholds' in top) out.thresholds = thresholdsOf(top.thresholds, check, extendsValue === 'none', base.thresholds);
  if ('assay' in top) {
    const assay = check.object(top.assay, 'assay', ['suppressedInSensitive'], ['suppressedInSensitive']);
    const targets = assay && 'suppressedInSensitive' in assay ? check.targets(assay.suppressedInSensitive, 'assay.suppressedInSensitive', true) : null;
    if (targets) out.assay = { suppressedInSensitive: targets };
  }
  if ('mechanisms' in top) out.mechanisms = mechanismsOf(top.mechanisms, check);
  if ('hints' in top) {
    const hints = check.object(top.hints, 'hints', HINT_KEYS, extendsValue === 'none' ? HINT_KEYS : []);
    if (hints) {
      out.hints = { ...base.hints };
      for (const key of HINT_KEYS) {
        if (!(key in hints)) continue;
        const targets = check.targets(hints[key], `hints.${key}`);
        if (targets) out.hints[key] = targets;
      }
    }
  }
  drugSections(top, check, out);
  if ('qualityFlagsLowerConfidence' in top) {
    const v = top.qualityFlagsLowerConfidence;
    if (!Array.isArray(v)) check.fail(m.wrongType('qualityFlagsLowerConfidence', 'an array of quality flags', describeType(v)), m.typeHint());
    else {
      const flags = v.map((x, i) => check.choice(x, `qualityFlagsLowerConfidence[${i}]`, FLAGS));
      if (flags.every((f) => f !== null)) out.qualityFlagsLowerConfidence = flags as QualityFlagCode[];
    }
  }
  return out;
}

function thresholdsOf(v: Json, check: Checker, complete: boolean, base: Thresholds): Thresholds {
  const keys = Object.keys(THRESHOLD_RANGES) as (keyof Thresholds)[];
  const given = check.object(v, 'thresholds', keys, complete ? keys.filter((k) => !OPTIONAL_THRESHOLDS.includes(k)) : []);
  const out: Thresholds = { ...base };
  if (!given) return out;
  for (const key of keys) {
    if (!(key in given)) continue;
    const n = check.number(given[key], `thresholds.${key}`, THRESHOLD_RANGES[key]);
    if (n !== null) out[key] = n;
  }
  const order = (low: keyof Thresholds, high: keyof Thresholds, strict: boolean) => {
    if (strict ? out[low] >= out[high] : out[low] > out[high]) check.fail(m.order(`thresholds.${low}`, out[low], `thresholds.${high}`, out[high]), m.rangeHint());
  };
  order('suppressed', 'sustained', true);
  order('provisionalReplicates', 'minReplicates', false);
  order('reboundEarlyMaxHours', 'reboundLateMinHours', true);
  return out;
}

function mechanismsOf(v: Json, check: Checker): MechanismRule[] {
  if (!Array.isArray(v) || v.length === 0) {
    check.fail(m.wrongType('mechanisms', 'a non-empty array of rules', describeType(v)), m.typeHint());
    return [];
  }
  const ids = new Set<string>();
  const rules: MechanismRule[] = [];
  v.forEach((item, i) => {
    const path = `mechanisms[${i}]`;
    const rule = ruleOf(item, path, check);
    if (!rule) return;
    if (ids.has(rule.id)) check.fail(m.duplicateId(`${path}.id`, rule.id), m.typeHint());
    ids.add(rule.id);
    rules.push(rule);
  });
  return rules;
}

function ruleOf(v: Json, path: string, check: Checker): MechanismRule | null {
  const o = check.object(v, path, RULE_KEYS, ['id', 'mechanism', 'label', 'when', 'nextSteps']);
  if (!o) return null;
  const id = 'id' in o ? check.string(o.id, `${path}.id`) : null;
  const mechanism = 'mechanism' in o ? check.choice(o.mechanism, `${path}.mechanism`, MECHANISMS) : null;
  const label = 'label' in o ? check.string(o.label, `${path}.label`) : null;
  const when = 'when' in o ? conditionsOf(o.when, `${path}.when`, check, false) : null;
  const nextSteps = 'nextSteps' in o ? check.strings(o.nextSteps, `${path}.nextSteps`) : null;
  const drivers = 'drivers' in o ? driversOf(o.drivers, `${path}.drivers`, check) : { always: [], candidates: [], candidateWhen: [], required: false };
  const driverNextSteps: Record<string, string[]> = {};
  if ('driverNextSteps' in o) {
    const d = isObject(o.driverNextSteps) ? o.driverNextSteps : null;
    if (!d) check.fail(m.wrongType(`${path}.driverNextSteps`, 'an object of protein: [next steps]', describeType(o.driverNextSteps)), m.typeHint());
    for (const [key, steps] of Object.entries(d ?? {})) {
      const list = check.strings(steps, `${path}.driverNextSteps.${key}`);
      if (list) driverNextSteps[canonicalTarget(key)] = list;
    }
  }
  if (id === null || mechanism === null || label === null || when === null || nextSteps === null || drivers === null) return null;
  return { id, mechanism, label, when, drivers, nextSteps, driverNextSteps };
}

function driversOf(v: Json, path: string, check: Checker): DriverSpec | null {
  const o = check.object(v, path, DRIVER_KEYS, []);
  if (!o) return null;
  const always = 'always' in o ? check.targets(o.always, `${path}.always`) : [];
  const candidates = 'candidates' in o ? check.targets(o.candidates, `${path}.candidates`) : [];
  const candidateWhen = 'candidateWhen' in o ? conditionsOf(o.candidateWhen, `${path}.candidateWhen`, check, true, false) : [];
  const required = 'required' in o ? check.boolean(o.required, `${path}.required`) : false;
  if (always === null || candidates === null || candidateWhen === null || required === null) return null;
  if (candidates.length > 0 && !candidateWhen.some(namesCandidate)) check.fail(m.candidateMissing(`${path}.candidateWhen`), m.conditionHint());
  for (const [key, list] of [['always', always], ['candidates', candidates]] as const) {
    const at = list.indexOf(CANDIDATE);
    if (at >= 0) check.fail(m.candidateOutside(`${path}.${key}[${at}]`), m.conditionHint());
  }
  return { always, candidates, candidateWhen, required };
}

function namesCandidate(c: Condition): boolean {
  if ('anyOf' in c) return c.anyOf.some(namesCandidate);
  if ('allOf' in c) return c.allOf.some(namesCandidate);
  return c.target === CANDIDATE;
}

function conditionsOf(v: Json, path: string, check: Checker, allowCandidate: boolean, nonEmpty = true): Condition[] | null {
  if (!Array.isArray(v) || (nonEmpty && v.length === 0)) {
    check.fail(m.wrongType(path, nonEmpty ? 'a non-empty array of conditions' : 'an array of conditions', describeType(v)), m.conditionHint());
    return null;
  }
  const out = v.map((c, i) => conditionOf(c, `${path}[${i}]`, check, allowCandidate));
  return out.every((c) => c !== null) ? (out as Condition[]) : null;
}

function conditionOf(v: Json, path: string, check: Checker, allowCandidate: boolean): Condition | null {
  if (!isObject(v)) {
    check.fail(m.wrongType(path, 'a condition object', describeType(v)), m.conditionHint());
    return null;
  }
  if ('anyOf' in v || 'allOf' in v) {
    const key = 'anyOf' in v ? 'anyOf' : 'allOf';
    if (!check.object(v, path, [key], [key])) return null;
    const inner = conditionsOf(v[key], `${path}.${key}`, check, allowCandidate);
    if (!inner) return null;
    return key === 'anyOf' ? { anyOf: inner } : { allOf: inner };
  }
  const direction = 'higher' in v ? 'higher' : 'lower' in v ? 'lower' : null;
  const keys = direction ? ['target', direction] : ['target', 'in', 'is'];
  const o = check.object(v, path, keys, keys);
  if (!o || !('target' in o)) return null;
  const target = check.string(o.target, `${path}.target`);
  if (target === CANDIDATE && !allowCandidate) check.fail(m.candidateOutside(`${path}.target`), m.conditionHint());
  if (target === null) return null;
  if (direction === 'higher') {
    const measure = check.choice(o.higher, `${path}.higher`, MEASURES);
    return measure === null ? null : { target: canonicalTarget(target), higher: measure };
  }
  if (direction === 'lower') {
    const measure = check.choice(o.lower, `${path}.lower`, MEASURES);
    return measure === null ? null : { target: canonicalTarget(target), lower: measure };
  }
  if (!('in' in o) || !('is' in o)) return null;
  const role = check.choice(o.in, `${path}.in`, ROLES);
  const state = check.choice(o.is, `${path}.is`, STATES);
  return role === null || state === null ? null : { target: canonicalTarget(target), in: role, is: state };
}
