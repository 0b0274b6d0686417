/**
 * Which sensitive model each resistant model is compared with.
 *
 * Explicit `--pair R=S` first; otherwise the only sensitive model, the longest sensitive name that
 * the resistant name starts with (KM12-LR -> KM12; CL1-R -> CL1, not CL10), or else the one sharing
 * the longest name prefix. A tie is an error that asks for `--pair`, never a guess.
 */
import { InputError, type SourceLocation } from '../errors.js';
import { normalizeMessages as m } from '../messages/normalize.js';
import type { ModelPair } from '../settings.js';
import type { ModelSummary } from './types.js';

/** `statusAt` locates the "no sensitive / no resistant model" errors: the input files and their status column. */
export function resolveModelPairs(models: readonly ModelSummary[], explicit: readonly ModelPair[], statusAt?: SourceLocation): ModelPair[] {
  const sensitive = models.filter((x) => x.status === 'sensitive').map((x) => x.line);
  const resistant = models.filter((x) => x.status === 'resistant').map((x) => x.line);
  if (sensitive.length === 0) throw new InputError('no-sensitive', m.noSensitive(), statusAt, m.noSensitiveHint());
  if (resistant.length === 0) throw new InputError('no-resistant', m.noResistant(), statusAt, m.noResistantHint());

  for (const pair of explicit) {
    for (const [name, expected] of [[pair.resistant, 'resistant'], [pair.sensitive, 'sensitive']] as const) {
      const model = models.find((x) => x.line === name);
      if (!model) throw new InputError('bad-pair', m.unknownPairModel(name), undefined, m.pairHint());
      if (model.status !== expected) throw new InputError('bad-pair', m.wrongPairStatus(name, expected), undefined, m.pairHint());
    }
  }
  return resistant.map((r) => {
    const given = explicit.find((p) => p.resistant === r);
    if (given) return given;
    if (sensitive.length === 1) return { resistant: r, sensitive: sensitive[0]! };
    // Whole names first: the longest sensitive name the resistant name starts with.
    const whole = sensitive.filter((s) => s.length < r.length && r.toLowerCase().startsWith(s.toLowerCase()));
    const longest = Math.max(0, ...whole.map((s) => s.length));
    const wholeWinners = whole.filter((s) => s.length === longest);
    if (wholeWinners.length === 1) return { resistant: r, sensitive: wholeWinners[0]! };
    const scored = sensitive.map((s) => ({ s, score: commonPrefixLength(r.toLowerCase(), s.toLowerCase()) }));
    const best = Math.max(...scored.map((x) => x.score));
    const winners = scored.filter((x) => x.score === best).map((x) => x.s);
    if (best === 0 || winners.length > 1) {
      throw new InputError('ambiguous-pair', m.ambiguousPair(r, best === 0 ? sensitive : winners), undefined, m.pairHint());
    }
    return { resistant: r, sensitive: winners[0]! };
  });
}

function commonPrefixLength(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}
