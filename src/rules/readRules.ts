/** The rule set of step 4: a rules file's bytes (`--rules`, the browser app's rules input), or the default TRK set. */
import type { InputBytes } from '../load/loadFile.js';
import type { ActiveRules } from './decideVerdicts.js';
import { defaultRuleSet } from './defaultRuleSet.js';
import { parseRuleSet } from './parseRuleSet.js';

export function readRules(input: InputBytes | undefined): ActiveRules {
  if (input === undefined) return { ruleSet: defaultRuleSet(), source: 'default' };
  // ignoreBOM keeps a byte-order mark as text, as the command line always read it; parseRuleSet decides.
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(input.bytes);
  return { ruleSet: parseRuleSet(text, input.name), source: input.name };
}
