import { describe, expect, it } from 'vitest';
import { readTable } from '../../../src/load/readTable.js';
import { diagnoseTable } from '../../../src/load/vendors/diagnose.js';

const diagnose = (text: string) => diagnoseTable('t.csv', readTable('t.csv', text))?.format() ?? null;

describe('diagnoseTable(file, table)', () => {
  it('mean and SD columns are summary statistics', () => {
    expect(diagnose('drug,Mean,SEM\nlaro,0.5,0.1\n')).toBe(
      't.csv:1: the values are already summary statistics (Mean, SEM), not band signals: blotbypass needs the raw signal of each band - export the per-lane band signals (before averaging) from the imaging software, one row per band or lane',
    );
  });

  it('value columns that are all ratios are already normalised; one raw column among them is not', () => {
    expect(diagnose('line,treatment,pERK/ERK ratio,fold change\nKM12,DMSO,1,1\n')).toMatch(/^t\.csv:1: the values are already normalised ratios \(pERK\/ERK ratio, fold change\), not band signals/);
    expect(diagnose('line,treatment,pERK,ratio\nKM12,DMSO,100,1\n')).toBeNull();
  });

  it('a group column without sensitive/resistant values is named with its values and the missing columns', () => {
    expect(diagnose('group,treatment,pERK\nsham,DMSO,5\ninjury,DMSO,6\n')).toBe(
      't.csv:1 (column "group"): column "group" holds "sham", "injury", not sensitive or resistant, and there is no line column - blotbypass compares drug and vehicle lanes of a sensitive model and its resistant derivative: give line, status (sensitive/resistant) and treatment columns (blotbypass template writes an example)',
    );
  });

  it('says nothing about a table with a usable status, or an empty one', () => {
    expect(diagnose('status,pERK\nsensitive,5\n')).toBeNull();
    expect(diagnose('\n\n')).toBeNull();
  });
});
