/** Every user-facing text of the pathway map (report/charts/pathwayMap.ts). */
import { fold, percent, pValue, phospho } from './rules.js';

export interface NodeFacts {
  protein: string;
  line: string;
  versus: string;
  state: string;
  f: number;
  ciLow: number | null;
  ciHigh: number | null;
  sensitiveF: number | null;
  fold: number | null;
  p: number | null;
  totalFold: number | null;
  driver: boolean;
}

const STATE: Record<string, string> = { suppressed: 'suppressed', grey: 'grey zone', sustained: 'sustained' };

export const pathwayMessages = {
  svgTitle: (maps: number) => `pathway map${maps > 1 ? 's' : ''}: each probed protein's state under the drug in the resistant model`,
  mapCall: (mechanism: string, drivers: readonly string[], confidence: string) =>
    `${mechanism}${drivers.length > 0 ? ` (${drivers.join(', ')})` : ''}, ${confidence}`,
  notProbed: (label: string) => `${label}: not probed`,
  notProbedShort: () => 'not probed',
  stateShort: (state: string) => (state === 'grey' ? 'grey' : state === 'suppressed' ? 'suppr.' : 'sust.'),
  nodeTitle: (n: NodeFacts) => [
    `${phospho(n.protein)} in ${n.line}: ${percent(n.f)} of vehicle${n.ciLow !== null && n.ciHigh !== null ? ` (95 % CI ${percent(n.ciLow)} to ${percent(n.ciHigh)})` : ''}, ${STATE[n.state] ?? n.state}`,
    n.sensitiveF === null ? null : `${n.versus}: ${percent(n.sensitiveF)}`,
    n.fold === null ? null : `${fold(n.fold)} ${n.versus} (p ${pValue(n.p)})`,
    n.totalFold === null ? null : `total ${n.protein} ${fold(n.totalFold)} ${n.versus}`,
    n.driver ? 'named by the verdict' : null,
  ].filter((s) => s !== null).join('; '),
  markers: (items: readonly string[]) => `EMT markers (total, vs sensitive): ${items.join(', ')}`,
  marker: (protein: string, f: number | null, p: number | null, alpha: number) =>
    `${protein} ${f === null ? 'n/a' : fold(f)}${p !== null && p < alpha ? '*' : ''}`,
  legendSuppressed: (t: number) => `suppressed (f ≤ ${t.toFixed(2)})`,
  legendGrey: () => 'grey zone',
  legendSustained: (t: number) => `sustained (f ≥ ${t.toFixed(2)})`,
  legendNotProbed: () => 'not probed',
  legendDriver: () => 'named by the verdict (driver)',
  legendRaised: () => 'raised vs sensitive',
  groupsMaps: () => 'maps (verdicts)',
  sectionIntro: () => 'Each map shows one verdict: the resistant model\'s state under the drug for every protein probed (fill), raised versus the sensitive partner (▲), and the proteins the verdict names (thick outline). Hover a node for its numbers.',
} as const;
