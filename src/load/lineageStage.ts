/**
 * A lineage stage cell (docs/resistance-over-time.md): how long a resistant population had been on
 * the drug, or where it sits in an order.
 *
 * - weeks columns (`weeks_on_drug`, `time_on_drug`, `days_on_drug` read as days / 7): a number, or a
 *   number with its unit (`8 weeks`, `8 wk`, `56 d`, `56 days`);
 * - order columns (`passage`, `stage`): a number, or `parental` / `early` / `intermediate` / `late`
 *   (0, 1, 2, 3).
 *
 * Blank, `parental`, `baseline` and `0` mark the parental (stage 0). Returns null for a blank cell and
 * `undefined` for a cell that is none of these (the caller reports it, located).
 */
import { parseNumberCell, type DecimalMark } from './numberCells.js';
import type { BandStage } from './types.js';

const ORDER_WORDS: Readonly<Record<string, number>> = {
  parental: 0, parent: 0, baseline: 0, pre: 0, pre_treatment: 0, naive: 0,
  early: 1, intermediate: 2, mid: 2, middle: 2, late: 3,
};

const UNIT_WEEKS: Readonly<Record<string, number>> = {
  w: 1, wk: 1, wks: 1, week: 1, weeks: 1, d: 1 / 7, day: 1 / 7, days: 1 / 7, mo: 52 / 12, month: 52 / 12, months: 52 / 12,
};

export function parseStageCell(text: string, scale: BandStage['scale'], toWeeks: number, decimal: DecimalMark): BandStage | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const key = trimmed.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  const word = ORDER_WORDS[key];
  if (word === 0) return { value: 0, scale };
  if (word !== undefined) return scale === 'order' ? { value: word, scale } : undefined;
  const parsed = parseNumberCell(trimmed, decimal);
  if (parsed.kind === 'number') return parsed.value < 0 ? undefined : { value: round(parsed.value * (scale === 'weeks' ? toWeeks : 1)), scale };
  if (scale !== 'weeks') return undefined;
  const withUnit = /^(\d+(?:[.,]\d+)?)\s*([a-z]+)\.?$/i.exec(trimmed);
  const factor = withUnit ? UNIT_WEEKS[withUnit[2]!.toLowerCase()] : undefined;
  if (!withUnit || factor === undefined) return undefined;
  return { value: round(Number(withUnit[1]!.replace(',', '.')) * factor), scale };
}

/** Binary noise from days / 7 away (56 days = 8 weeks exactly). */
function round(x: number): number {
  return Number(x.toPrecision(12));
}
