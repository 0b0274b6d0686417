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
  /** Vehicle phospho/total, resistant / sensitive, and its p. */
  basalFold: number | null;
  basalP: number | null;
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
  nodeTitle: (n: NodeFacts) => [
    `${phospho(n.protein)} in ${n.line}: ${percent(n.f)} of vehicle${n.ciLow !== null && n.ciHigh !== null ? ` (95 % CI ${percent(n.ciLow)} to ${percent(n.ciHigh)})` : ''}, ${STATE[n.state] ?? n.state}`,
    n.sensitiveF === null ? null : `${n.versus}: ${percent(n.sensitiveF)}`,
    n.fold === null ? null : `${fold(n.fold)} ${n.versus} (p ${pValue(n.p)})`,
    n.basalFold === null ? null : `basal ${phospho(n.protein)}/${n.protein} ${fold(n.basalFold)} ${n.versus} (p ${pValue(n.basalP)})`,
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
  legendReceptorRaised: () => 'receptor raised vs sensitive',
  legendReceptorUnchanged: () => 'receptor unchanged',
  legendReceptorLower: () => 'receptor lower vs sensitive',
  legendSensitive: () => 'strip: the sensitive model under the drug',
  receptorShort: (state: string, baselineFold: number | null) =>
    `${state === 'raised' ? '↑' : state === 'lower' ? '↓' : '='}${baselineFold === null ? '' : ` ${fold(baselineFold)}`}`,
  responseShort: (f: number, sensitiveF: number | null) =>
    `R ${Math.round(f * 100)}%${sensitiveF === null ? '' : ` · S ${Math.round(sensitiveF * 100)}%`}`,
  groupsMaps: () => 'maps (verdicts)',
  sectionIntro: () => 'Each map shows one verdict. TRK and the proteins downstream: the resistant model\'s state under the drug (fill; R = resistant, S = sensitive, percent of vehicle) with the sensitive model\'s state in the strip at the node\'s left. The other receptors, which a TRK inhibitor is not expected to touch: raised (↑, dark purple), unchanged (=, white) or lower (↓, dotted) in the resistant model than in the sensitive one at baseline (vehicle phospho/total, or total protein amplified). ▲ raised versus the sensitive partner; thick outline: named by the verdict. Each node, focused with the keyboard or touched, reads out all its numbers.',
} as const;
