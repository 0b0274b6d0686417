/**
 * The drug sections of a rules file, both optional (docs/follow-up.md):
 *
 *   "drugs":       { "TRKi-7": "trk-first-generation", "AZ-MEK": "mek" }   name as written -> class id
 *   "drugClasses": { "fak": { "label": "FAK inhibitor", "kind": "inhibitor", "readouts": ["FAK"] } }
 *
 * A class given again replaces the built-in one (its readouts, e.g. an ERK inhibitor read on pERK);
 * a drug named again replaces the built-in entry. A drug's class must be a built-in class or one
 * the file adds.
 */
import { followUpMessages } from '../messages/followUp.js';
import { ruleMessages } from '../messages/rules.js';
import { DRUG_CLASSES, type DrugClassSpec } from './drugClasses.js';
import { Checker, describeType, isObject, type Json } from './ruleFileChecker.js';
import type { RuleSet } from './ruleSetTypes.js';

export const DRUG_KEYS = ['drugs', 'drugClasses'] as const;
const CLASS_KEYS = ['label', 'kind', 'readouts'] as const;
const KINDS = ['trk-inhibitor', 'inhibitor', 'ligand'] as const;

/** Reads the drug sections of the file's top-level object into `out`. */
export function drugSections(top: Record<string, Json>, check: Checker, out: RuleSet): void {
  const classes: Record<string, DrugClassSpec> = {};
  if ('drugClasses' in top) {
    const given = isObject(top.drugClasses) ? top.drugClasses : null;
    if (!given) check.fail(ruleMessages.file.wrongType('drugClasses', 'an object of class id: {label, readouts}', describeType(top.drugClasses)), ruleMessages.file.typeHint());
    for (const [id, value] of Object.entries(given ?? {})) {
      const path = `drugClasses.${id}`;
      const o = check.object(value, path, CLASS_KEYS, ['label', 'readouts']);
      if (!o) continue;
      const label = 'label' in o ? check.string(o.label, `${path}.label`) : null;
      const kind = 'kind' in o ? check.choice(o.kind, `${path}.kind`, KINDS) : 'inhibitor';
      const readouts = 'readouts' in o ? check.targets(o.readouts, `${path}.readouts`, true) : null;
      if (label !== null && kind !== null && readouts !== null) classes[id] = { label, kind, readouts };
    }
    out.drugClasses = classes;
  }
  if ('drugs' in top) {
    const given = isObject(top.drugs) ? top.drugs : null;
    if (!given) check.fail(ruleMessages.file.wrongType('drugs', 'an object of drug name: class id', describeType(top.drugs)), ruleMessages.file.typeHint());
    const known = [...Object.keys(DRUG_CLASSES), ...Object.keys(classes).filter((c) => !(c in DRUG_CLASSES))];
    const drugs: Record<string, string> = {};
    for (const [name, cls] of Object.entries(given ?? {})) {
      const id = check.string(cls, `drugs.${name}`);
      if (id === null) continue;
      if (!known.includes(id)) check.fail(followUpMessages.drugClass.unknownClass(name, id, known), followUpMessages.drugClass.hint());
      else drugs[name] = id;
    }
    out.drugs = drugs;
  }
}
