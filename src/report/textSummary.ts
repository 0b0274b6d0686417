/**
 * The few lines `blotbypass analyze` prints on a terminal: what was read, what was written, and
 * the verdict for each resistant model at a glance.
 */
import { lineageSummaryHeading } from '../messages/lineage.js';
import { formatWarning } from '../errors.js';
import type { Results } from '../results.js';

/** Where the outputs went: the directory as the user should see it, and the file paths inside it. */
export interface WrittenFiles {
  dir: string;
  files: readonly string[];
}

/** `wrote out: results.json, report.html, charts/ (8 files)`: sub-folders are counted, not listed. */
export function describeWritten(written: WrittenFiles): string {
  const top: string[] = [];
  const folders = new Map<string, number>();
  for (const file of written.files) {
    const slash = file.indexOf('/');
    if (slash === -1) top.push(file);
    else folders.set(file.slice(0, slash), (folders.get(file.slice(0, slash)) ?? 0) + 1);
  }
  const parts = [...top, ...[...folders].map(([folder, n]) => `${folder}/ (${n} file${n > 1 ? 's' : ''})`)];
  return `wrote ${written.dir}: ${parts.join(', ')}`;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Replicates with at least one usable ratio: what the analysis rests on, not what the file names. */
export function analysedReplicates(results: Pick<Results, 'lanes'>): number {
  return new Set(results.lanes.filter((l) => l.phosphoTotalRatio !== null).map((l) => l.replicate)).size;
}

/** A screen has a thousand models: the terminal shows the first ones and says where the rest are. */
export const MAX_SUMMARY_MODELS = 8;
export const MAX_SUMMARY_VERDICTS = 20;

export function textSummary(results: Results, written: WrittenFiles | null, maxWarnings = 8): string {
  const lines: string[] = [];
  const bands = results.inputs.reduce((n, f) => n + f.rows, 0);
  const allModels = results.design.models;
  const models = allModels.slice(0, MAX_SUMMARY_MODELS).map((x) => `${x.line} (${x.status})`).join(', ')
    + (allModels.length > MAX_SUMMARY_MODELS ? ` and ${allModels.length - MAX_SUMMARY_MODELS} more` : '');
  const analysed = analysedReplicates(results);
  const read = results.design.replicates.length;
  const replicates = analysed === read ? plural(read, 'replicate') : `${analysed} of ${plural(read, 'replicate')} analysed`;
  lines.push(`blotbypass ${results.tool.version}: ${plural(results.inputs.length, 'file')}, ${bands} rows; models ${models}; ${plural(results.design.conditions.length, 'drug condition')}, ${plural(results.design.targets.length, 'target')}, ${replicates}`);
  for (const [list, word] of [[results.warnings, 'warning'], [results.notes, 'note']] as const) {
    if (list.length === 0) continue;
    // The same sentence from several files or lanes is said once.
    const unique = [...new Map(list.map((w) => [formatWarning(w).replace(/^[^:]*(?::\d+)?(?: \(column "[^"]*"\))?: /, ''), w])).values()];
    lines.push(`${plural(list.length, word)}:`);
    const shown = unique.slice(0, maxWarnings);
    for (const w of shown) lines.push(`  - ${formatWarning(w)}`);
    // The count above is every one: say where those not shown are, and which of them repeat a line shown.
    const others = unique.length - shown.length;
    const repeats = list.length - unique.length;
    if (others + repeats > 0) lines.push(`  ... and ${others + repeats} more in results.json${repeats === 0 ? '' : others === 0 ? `, each repeating a line above for another file or lane` : ` (${others} other, ${repeats} repeating a line above for another file or lane)`}`);
  }
  if (written && written.files.length > 0) lines.push(describeWritten(written));
  // One model status only: no verdict, the readings this design supports (rules/singleModelReading.ts).
  if (results.singleModelReadings && results.singleModelReadings.length > 0) {
    lines.push('', 'Readings (one model status, no comparison):', ...results.singleModelReadings.map((r) => `  ${r.sentence}`));
  }
  if (results.verdicts.length > 0) {
    const rules = results.rules.source === 'default' ? '' : ` (rules ${results.rules.name} from ${results.rules.source})`;
    lines.push('', `Verdicts${rules}:`);
    const shown = results.verdicts.slice(0, MAX_SUMMARY_VERDICTS);
    for (const v of shown) {
      lines.push(`  ${v.summary}`);
      // Hints that change what to do next; quality flags are among the warnings above.
      for (const h of v.hints) if (h.kind === 'amplification' || h.kind === 'fusion-loss' || h.kind === 'adaptive-rebound') lines.push(`    hint: ${h.sentence}`);
      if (v.concordance) lines.push(`    genotype (${v.concordance.status}): ${v.concordance.sentence}`);
    }
    if (results.verdicts.length > shown.length) {
      const counts = new Map<string, number>();
      for (const v of results.verdicts) counts.set(v.mechanism, (counts.get(v.mechanism) ?? 0) + 1);
      const perMechanism = [...counts].sort((a, b) => b[1] - a[1]).map(([mechanism, n]) => `${mechanism} ${n}`).join(', ');
      lines.push(`  ... and ${results.verdicts.length - shown.length} more verdicts (${results.verdicts.length} in all: ${perMechanism}); every one is in ${written === null || written.files.includes('report.html') ? 'results.json and report.html' : 'results.json'}`);
    }
  }
  if (results.trajectories?.length) lines.push('', lineageSummaryHeading(), ...results.trajectories.flatMap((t) => [`  ${t.summary}`, ...(t.trend ? [`    trend: ${t.trend.sentence}`] : [])]));
  return lines.join('\n');
}
