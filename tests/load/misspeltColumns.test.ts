/**
 * misspeltDesignColumns(header, found): a header one or two typing slips from an optional design
 * column the table lacks is named with what it was probably meant to be, and is neither passed over
 * in silence (long layout) nor analysed as an antibody (wide).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import type { InputErrors } from '../../src/errors.js';
import { mapDesignColumns, misspeltDesignColumns } from '../../src/load/tidyColumns.js';

const slips = (header: string[]) => misspeltDesignColumns(header, mapDesignColumns(header)).map((s) => [s.header, s.meant]);

describe('misspeltDesignColumns(header, found)', () => {
  it('names replicte, does_nM and tiem_h with the column they were meant to be', () => {
    expect(slips(['line', 'status', 'treatment', 'replicte', 'does_nM', 'tiem_h', 'target', 'signal'])).toEqual([['replicte', 'replicate'], ['does_nM', 'dose_nm'], ['tiem_h', 'time_h']]);
  });

  it('leaves antibodies, notes and columns the table already has alone', () => {
    expect(slips(['line', 'status', 'treatment', 'replicate', 'pERK', 'GAPDH', 'pAKT (S473)', 'notes', 'comment', 'replicates'])).toEqual([]);
  });

  it('a wide table with a slip: a warning, and the column is not analysed as an antibody', () => {
    // One membrane per replicate (blot), so the analysis goes on without the replicate column.
    const rows = ['line,status,treatment,blot,does_nM,pERK,ERK,GAPDH'];
    for (const [line, status] of [['KM12', 'sensitive'], ['KM12-LR', 'resistant']]) {
      for (const [treatment, dose] of [['DMSO', 0], ['larotrectinib', 100]] as const) for (const r of [1, 2, 3]) rows.push(`${line},${status},${treatment},M${r},${dose},${100 + r},${200 + r},${300 + r}`);
    }
    const results = analyze([{ name: 'wide.csv', bytes: new TextEncoder().encode(`${rows.join('\n')}\n`) }]);
    expect(results.warnings.find((w) => w.code === 'misspelt-column')?.message).toBe('column "does_nM" is not a column blotbypass knows and was left out: did you mean "dose_nm"? Rename it to use it (until then its default applies)');
    expect(results.design.targets.map((t) => t.protein)).not.toContain('does_nM');
  });
});

describe('a refusal a slip may have caused', () => {
  it('names the slip first: replicte left out makes the replicates look like repeats of one band', () => {
    const rows = ['line,status,treatment,replicte,target,signal'];
    for (const [line, status] of [['KM12', 'sensitive'], ['KM12-LR', 'resistant']]) {
      for (const treatment of ['DMSO', 'larotrectinib']) for (const r of [1, 2, 3]) for (const target of ['pERK', 'ERK', 'GAPDH']) rows.push(`${line},${status},${treatment},${r},${target},${100 + r}`);
    }
    let messages: string[] = [];
    try {
      analyze([{ name: 'slip.csv', bytes: new TextEncoder().encode(`${rows.join('\n')}\n`) }]);
    } catch (error) {
      messages = (error as InputErrors).errors.map((e) => e.format());
    }
    expect(messages[0]).toMatch(/^slip\.csv:1 \(column "replicte"\): column "replicte" is not a column blotbypass knows and was left out: did you mean "replicate"\?/);
    expect(messages.length).toBeGreaterThan(1);
  });
});
