/** stagesOfLines(bands) and lineagesOf(stages, models, pairs): which lines form a lineage, in which order. */
import { describe, expect, it } from 'vitest';
import { lineageName, lineagesOf, stagesOfLines, type LineStage } from '../../src/normalize/lineages.js';
import { loadFile } from '../../src/load/loadFile.js';
import { inputErrorOf, tableInput } from '../helpers/inputs.js';

const HEADER = ['line', 'status', 'weeks_on_drug', 'treatment', 'target', 'signal'];
const bandsOf = (rows: (string | number)[][], header = HEADER) => loadFile(tableInput('lineage.csv', [header, ...rows])).bands;
const models = (...lines: [string, 'sensitive' | 'resistant'][]) => lines.map(([line, status]) => ({ line, status }));
const stage = (line: string, value: number, status: 'sensitive' | 'resistant' = 'resistant', scale: 'weeks' | 'order' = 'weeks'): [string, LineStage] =>
  [line, { line, status, stage: { value, scale }, at: { file: 'lineage.csv', row: 2 } }];

describe('stagesOfLines(bands)', () => {
  it('keeps one stage per line and skips blank cells', () => {
    const stages = stagesOfLines(bandsOf([['KM12', 'sensitive', '', 'DMSO', 'pERK', 1], ['LR-w4', 'resistant', 4, 'DMSO', 'pERK', 1], ['LR-w4', 'resistant', 4, 'laro', 'pERK', 1]]));
    expect([...stages.keys()]).toEqual(['LR-w4']);
    expect(stages.get('LR-w4')!.stage).toEqual({ value: 4, scale: 'weeks' });
  });

  it('refuses a line at two stages, with both rows', () => {
    const error = inputErrorOf(() => stagesOfLines(bandsOf([['LR', 'resistant', 4, 'DMSO', 'pERK', 1], ['LR', 'resistant', 8, 'laro', 'pERK', 1]])));
    expect(error.code).toBe('conflicting-stage');
    expect(error.at).toEqual({ file: 'lineage.csv', row: 3 });
    expect(error.message).toBe('line "LR" has two stages: 8 here and 4 on row 2');
  });
});

describe('lineagesOf(stages, models, pairs)', () => {
  const pairs = [{ resistant: 'LR w8', sensitive: 'KM12' }, { resistant: 'LR w2', sensitive: 'KM12' }, { resistant: 'Other', sensitive: 'KM12' }];
  const design = models(['KM12', 'sensitive'], ['LR w8', 'resistant'], ['LR w2', 'resistant'], ['Other', 'resistant']);

  it('groups the staged resistant lines by their parental, earliest first; an unstaged line stays out', () => {
    expect(lineagesOf(new Map([stage('LR w8', 8), stage('LR w2', 2)]), design, pairs)).toEqual([
      { name: 'LR', parental: 'KM12', scale: 'weeks', stages: [{ line: 'LR w2', value: 2 }, { line: 'LR w8', value: 8 }] },
    ]);
  });

  it('accepts a lineage of one stage, named by its line', () => {
    expect(lineagesOf(new Map([stage('LR w8', 8)]), design, pairs)[0]).toMatchObject({ name: 'LR w8', stages: [{ line: 'LR w8', value: 8 }] });
  });

  it('counts a passage order from the parental\'s own passage (a parental at passage 12), and refuses a stage not after it', () => {
    expect(lineagesOf(new Map([stage('KM12', 12, 'sensitive', 'order'), stage('LR w2', 15, 'resistant', 'order'), stage('LR w8', 20, 'resistant', 'order')]), design, pairs)).toEqual([
      { name: 'LR', parental: 'KM12', scale: 'order', stages: [{ line: 'LR w2', value: 3 }, { line: 'LR w8', value: 8 }] },
    ]);
    const before = inputErrorOf(() => lineagesOf(new Map([stage('KM12', 12, 'sensitive', 'order'), stage('LR w2', 10, 'resistant', 'order')]), design, pairs));
    expect(before.code).toBe('resistant-stage-zero');
    expect(before.message).toBe('the resistant line "LR w2" is at stage 10, not after its parental "KM12" (stage 12)');
  });

  it('gives no lineage without stages', () => {
    expect(lineagesOf(new Map(), design, pairs)).toEqual([]);
  });

  it('refuses a parental off stage 0, a resistant line at 0, two lines at one stage, and weeks mixed with an order', () => {
    expect(inputErrorOf(() => lineagesOf(new Map([stage('KM12', 2, 'sensitive')]), design, pairs)).code).toBe('parental-stage');
    expect(inputErrorOf(() => lineagesOf(new Map([stage('LR w2', 0)]), design, pairs)).code).toBe('resistant-stage-zero');
    const duplicate = inputErrorOf(() => lineagesOf(new Map([stage('LR w2', 4), stage('LR w8', 4)]), design, pairs));
    expect(duplicate.code).toBe('duplicate-stage');
    expect(duplicate.message).toBe('two populations of the lineage of "KM12" are at the same stage (4): "LR w2" and "LR w8"');
    expect(inputErrorOf(() => lineagesOf(new Map([stage('LR w2', 2), stage('LR w8', 3, 'resistant', 'order')]), design, pairs)).code).toBe('mixed-stage-scales');
  });
});

describe('lineageName(lines, parental)', () => {
  it('takes the whole words the stages share', () => {
    expect(lineageName(['KM12-LR w2', 'KM12-LR w4'], 'KM12')).toBe('KM12-LR');
    expect(lineageName(['KM12-LR-w2', 'KM12-LR-w16'], 'KM12')).toBe('KM12-LR');
    expect(lineageName(['KM12-LR-P5', 'KM12-LR-P10'], 'KM12')).toBe('KM12-LR');
  });

  it('falls back to the parental when the stages share no word', () => {
    expect(lineageName(['early', 'late'], 'KM12')).toBe('KM12 lineage');
  });
});
