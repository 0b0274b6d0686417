/**
 * `blotbypass power`: from a pilot's residual SD per target, the probability that a 2-, 4- and 8-fold
 * resistant-versus-sensitive difference is called with n = 2 to 8 replicates per model; as text for
 * the terminal and as a JSON-ready value.
 */
import { powerMessages as m } from '../messages/power.js';
import { differencePower } from '../stats/differencePower.js';
import type { PilotVariance } from '../stats/pilotVariance.js';
import type { Thresholds } from '../rules/ruleSetTypes.js';

export const POWER_FOLDS = [2, 4, 8] as const;
export const POWER_REPLICATES = [2, 3, 4, 5, 6, 7, 8] as const;

export interface PowerRow {
  line: string;
  versus: string;
  target: string;
  sigma: number | null;
  df: number;
  pilotReplicates: number;
  conditions: number;
  /** Per-sample coefficient of variation implied by sigma (log-normal). */
  cv: number | null;
  /** probability[fold][n]: the chance of calling a difference of that fold with n replicates per model. */
  probability: Record<string, Record<string, number | null>>;
}

export function powerTable(pilot: readonly PilotVariance[], thresholds: Pick<Thresholds, 'alpha' | 'minLog2Ratio'>): PowerRow[] {
  return pilot.map((p) => ({
    line: p.line, versus: p.versus, target: p.target, sigma: p.sigma, df: p.df, pilotReplicates: p.replicates, conditions: p.conditions,
    cv: p.sigma === null ? null : Math.sqrt(Math.exp((p.sigma * Math.LN2) ** 2) - 1),
    probability: Object.fromEntries(POWER_FOLDS.map((fold) => [`${fold}x`, Object.fromEntries(POWER_REPLICATES.map((n) => [String(n), p.sigma === null ? null : differencePower({
      sigma: p.sigma, n, conditions: p.conditions, log2Difference: Math.log2(fold), alpha: thresholds.alpha, minLog2Ratio: thresholds.minLog2Ratio,
    })]))])),
  }));
}

const cell = (x: number | null): string => (x === null ? '   n/a' : `${Math.round(x * 100).toString().padStart(5)}%`);

export function powerText(rows: readonly PowerRow[], thresholds: Pick<Thresholds, 'alpha' | 'minLog2Ratio'>): string {
  if (rows.length === 0) return `${m.nothing()}\n`;
  const lines: string[] = [m.header(2 ** thresholds.minLog2Ratio, thresholds.alpha)];
  const pairs = [...new Set(rows.map((r) => `${r.line}\u0000${r.versus}`))];
  for (const pair of pairs) {
    const [line, versus] = pair.split('\u0000') as [string, string];
    const own = rows.filter((r) => r.line === line && r.versus === versus);
    lines.push('', m.pairHeader(line, versus, own[0]!.pilotReplicates, own[0]!.conditions - 1));
    lines.push(`  ${'target'.padEnd(8)} ${'fold'.padEnd(5)} ${POWER_REPLICATES.map((n) => `n=${n}`.padStart(6)).join('')}   residual SD (log2), df, CV`);
    for (const r of own) {
      POWER_FOLDS.forEach((fold, i) => {
        const spread = i === 0 ? `   ${r.sigma === null ? 'n/a' : r.sigma.toFixed(2)}, ${r.df}, ${r.cv === null ? 'n/a' : `${Math.round(r.cv * 100)} %`}` : '';
        lines.push(`  ${(i === 0 ? r.target : '').padEnd(8)} ${`${fold}x`.padEnd(5)} ${POWER_REPLICATES.map((n) => cell(r.probability[`${fold}x`]![String(n)] ?? null)).join('')}${spread}`);
      });
    }
  }
  lines.push('', m.footer());
  return `${lines.join('\n')}\n`;
}
