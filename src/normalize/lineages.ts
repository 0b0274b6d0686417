/**
 * Lineages (docs/resistance-over-time.md): the parental and the resistant populations taken from it
 * after weeks on the drug (or at passages / stages of an order), read from a stage column.
 *
 *   bands -> 1. one stage per line (`stagesOfLines`; a line with two stages is an error, located)
 *         -> 2. with the pairs of the design (`--pair`, or the parental by name as today): the
 *               resistant lines with a stage that share a parental form its lineage, in stage order
 *               (`lineagesOf`)
 *
 * Without a stage column there is no lineage, and nothing downstream changes. A resistant line with
 * a blank stage in a file that has the column stays an unrelated model, compared with its parental as
 * before. One lineage per parental: two lineages grown from one parental need two parental names.
 */
import { InputError, type SourceLocation } from '../errors.js';
import type { Band, BandStage } from '../load/types.js';
import { lineageMessages as m } from '../messages/lineage.js';
import type { ModelPair } from '../settings.js';
import type { ModelSummary } from './types.js';

export interface LineStage {
  line: string;
  status: Band['status'];
  stage: BandStage;
  at: SourceLocation;
}

/** One resistant population of a lineage. `value` is weeks on drug, or the stage's position in its order. */
export interface LineageStage {
  line: string;
  value: number;
}

export interface Lineage {
  /** The stages' common name (`KM12-LR` from `KM12-LR w2`, `KM12-LR w4`), else `<parental> lineage`. */
  name: string;
  parental: string;
  scale: BandStage['scale'];
  /** In stage order, earliest first. */
  stages: LineageStage[];
}

/** Step 1: the stage of every line that has one (blank cells are no stage). */
export function stagesOfLines(bands: readonly Band[]): Map<string, LineStage> {
  const byLine = new Map<string, LineStage>();
  for (const b of bands) {
    if (b.stage === undefined || b.stage === null) continue;
    const seen = byLine.get(b.line);
    if (!seen) {
      byLine.set(b.line, { line: b.line, status: b.status, stage: b.stage, at: b.at });
      continue;
    }
    if (seen.stage.value !== b.stage.value || seen.stage.scale !== b.stage.scale) {
      throw new InputError('conflicting-stage', m.conflictingStage(b.line, seen.stage.value, b.stage.value, seen.at.row ?? 0), stageAt(b.at), m.conflictingStageHint());
    }
  }
  return byLine;
}

/** Step 2: the lineages of the design, in the order of their parentals' first pair. */
export function lineagesOf(stages: ReadonlyMap<string, LineStage>, models: readonly ModelSummary[], pairs: readonly ModelPair[]): Lineage[] {
  if (stages.size === 0) return [];
  const scales = new Set([...stages.values()].map((s) => s.stage.scale));
  if (scales.size > 1) {
    const order = [...stages.values()].find((s) => s.stage.scale === 'order')!;
    throw new InputError('mixed-stage-scales', m.mixedScales(), stageAt(order.at), m.mixedScalesHint());
  }
  for (const model of models) {
    const s = stages.get(model.line);
    // On weeks on drug the parental is week 0. A passage or stage order may start anywhere (a parental
    // at passage 12): its lineage is then counted from the parental's value.
    if (model.status === 'sensitive' && s && s.stage.value !== 0 && s.stage.scale !== 'order') throw new InputError('parental-stage', m.parentalStage(model.line, s.stage.value), stageAt(s.at), m.parentalStageHint());
    if (model.status === 'resistant' && s && s.stage.value === 0) throw new InputError('resistant-stage-zero', m.resistantAtZero(model.line), stageAt(s.at), m.resistantAtZeroHint());
  }
  const byParental = new Map<string, LineStage[]>();
  for (const pair of pairs) {
    const s = stages.get(pair.resistant);
    if (!s) continue;
    const list = byParental.get(pair.sensitive) ?? [];
    list.push(s);
    byParental.set(pair.sensitive, list);
  }
  return [...byParental].map(([parental, list]) => {
    const start = stages.get(parental)?.stage.value ?? 0;
    const notAfter = list.find((s) => s.stage.value <= start);
    if (notAfter && start !== 0) throw new InputError('resistant-stage-zero', m.resistantNotAfterParental(notAfter.line, notAfter.stage.value, parental, start), stageAt(notAfter.at), m.resistantAtZeroHint());
    const sorted = [...list].sort((a, b) => a.stage.value - b.stage.value || (a.line < b.line ? -1 : 1));
    sorted.forEach((s, i) => {
      const before = sorted[i - 1];
      if (before && before.stage.value === s.stage.value) {
        throw new InputError('duplicate-stage', m.duplicateStage(parental, s.stage.value, before.line, s.line), stageAt(s.at), m.duplicateStageHint());
      }
    });
    const lines = sorted.map((s) => s.line);
    return { name: lineageName(lines, parental), parental, scale: sorted[0]!.stage.scale, stages: sorted.map((s) => ({ line: s.line, value: s.stage.value - start })) };
  });
}

/** The band's location with the column named as the stage column (its signal column is what `at` names). */
function stageAt(at: SourceLocation): SourceLocation {
  return { file: at.file, ...(at.row !== undefined ? { row: at.row } : {}) };
}

/**
 * The name the stages share, cut back to a whole word: `KM12-LR w2`, `KM12-LR w4` -> `KM12-LR`. A
 * lineage of one stage is named by its line; with no shared word, by its parental.
 */
export function lineageName(lines: readonly string[], parental: string): string {
  if (lines.length === 1) return lines[0]!;
  let prefix = lines[0]!;
  for (const line of lines.slice(1)) {
    let i = 0;
    while (i < prefix.length && i < line.length && prefix[i] === line[i]) i++;
    prefix = prefix.slice(0, i);
  }
  // Cut a word the stages continue differently (`KM12-LR-w` of `KM12-LR-w2`, `KM12-LR-w4`).
  const endsInWord = lines.some((l) => /[A-Za-z0-9]/.test(l[prefix.length] ?? '') && /[A-Za-z0-9]$/.test(prefix));
  if (endsInWord) prefix = prefix.replace(/[A-Za-z0-9]+$/, '');
  const name = prefix.replace(/[^A-Za-z0-9]+$/, '');
  return name.length >= 2 ? name : m.lineageOf(parental);
}
