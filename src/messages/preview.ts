/** Every sentence of the `blotbypass validate` preview. */
import { formatWarning, type AnalysisWarning } from '../errors.js';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
const list = (xs: readonly string[]): string => (xs.length > 0 ? xs.join(', ') : 'none');

export const previewMessages = {
  file: (file: string, layout: string, rows: number, bands: number, encoding: string, delimiter: string, decimal: string, sheet?: string) =>
    `${file}: ok - ${layout} layout, ${plural(rows, 'row')}, ${plural(bands, 'band')}, ${sheet === undefined ? `${encoding}, delimiter ${JSON.stringify(delimiter)}` : `workbook sheet ${JSON.stringify(sheet)}`}, decimal ${decimal}`,
  models: (models: readonly string[]) => `models: ${list(models)}`,
  model: (line: string, status: string, comparedWith: string | null) => `${line} (${status}${comparedWith ? `, compared with ${comparedWith}` : ''})`,
  treatments: (treatments: readonly string[]) => `treatments: ${list(treatments)}`,
  treatment: (name: string, vehicle: 'no' | 'yes' | 'dose 0') => (vehicle === 'yes' ? `${name} (vehicle)` : vehicle === 'dose 0' ? `${name} (its dose-0 lanes are vehicle)` : name),
  series: (doseSeries: readonly string[], timeCourses: readonly string[]) =>
    doseSeries.length === 0 && timeCourses.length === 0 ? 'dose series, time courses: none (one verdict per drug condition)'
      : [...(doseSeries.length > 0 ? [`dose series: ${doseSeries.join('; ')} (a curve per model and target, one verdict per series)`] : []),
        ...(timeCourses.length > 0 ? [`time courses: ${timeCourses.join('; ')} (one verdict each, read at the latest time)`] : [])].join('\n'),
  doseSeries: (treatment: string, time: number | null, doses: number) => `${treatment}${time === null ? '' : ` ${time} h`}, ${doses} doses`,
  timeCourse: (treatment: string, dose: number | null, times: readonly number[]) => `${treatment}${dose === null ? '' : ` ${dose} nM`} at ${times.join(', ')} h`,
  dosesAndTimes: (doses: readonly number[], times: readonly number[]) =>
    `doses: ${doses.length > 0 ? `${doses.join(', ')} nM` : 'none given'}; times: ${times.length > 0 ? `${times.join(', ')} h` : 'none given'}`,
  replicates: (read: readonly string[], analysed: number) =>
    `replicates: ${read.length} (${list(read)})${analysed === read.length ? '' : `; ${analysed} with a usable ratio`}`,
  antibodies: (antibodies: readonly string[]) => `antibodies: ${list(antibodies)}`,
  antibody: (label: string, protein: string, form: string, known: boolean) =>
    `${label} = ${form === 'loading' ? `${protein} (loading control)` : `${protein} ${form}`}${known ? '' : ' (unknown: kept under its own name)'}`,
  loading: (controls: readonly { membrane: string; control: string | null }[]) => {
    const byControl = new Map<string, string[]>();
    for (const { membrane, control } of controls) byControl.set(control ?? 'none', [...(byControl.get(control ?? 'none') ?? []), membrane]);
    return `loading control: ${[...byControl].map(([control, membranes]) => `${control} on ${plural(membranes.length, 'membrane')} (${membranes.join(', ')})`).join('; ') || 'none'}`;
  },
  leftOut: (flags: readonly string[]) => `left out or flagged: ${list(flags)}`,
  leftOutFlag: (flag: string, bands: number) => `${plural(bands, 'band')} ${flag}`,
  warning: (w: AnalysisWarning) => `  warning: ${formatWarning(w)}`,
  note: (w: AnalysisWarning) => `  note: ${formatWarning(w)}`,
} as const;
