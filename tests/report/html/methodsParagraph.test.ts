import { describe, expect, it } from 'vitest';
import { methodsParagraph } from '../../../src/report/html/methodsParagraph.js';
import { designResults, exampleResults } from '../reportDatasets.js';

describe('methodsParagraph(results)', () => {
  it('describes the example: loading control per membrane, phospho/total, the blocked linear model, the multiplicity procedure, thresholds of the rule set', () => {
    const results = exampleResults();
    const text = methodsParagraph(results);
    expect(text).toContain('blotbypass 0.1.0');
    expect(text).toContain('3 biological replicates');
    expect(text).toContain('(GAPDH on M1, M2, M3)');
    expect(text).toContain('divided by the total signal of the same protein in the same sample (TRK, AKT, ERK, EGFR, HER2, MET)');
    expect(text).toContain('95 % t-based confidence intervals');
    expect(text).toContain('log2 ratio ~ block + model × condition');
    expect(text).not.toContain('Welch');
    expect(text).toContain('serial gatekeeping');
    expect(text).toContain('Panel-wide Benjamini-Hochberg p values in the tables are for exploration only');
    expect(text).toContain('more than 1.5-fold');
    const { suppressed, sustained, alpha } = results.rules.thresholds;
    expect(text).toContain(`suppressed by the drug when f ≤ ${suppressed} and as sustained when f ≥ ${sustained}`);
    expect(text).toContain(`with p below ${alpha}`);
    expect(text).toContain(`rule set ${results.rules.name} ${results.rules.version}`);
    expect(text).not.toMatch(/undefined|NaN|null/);
  });

  it('says how the residual variance was chosen and which fits used one per model', () => {
    const text = methodsParagraph(exampleResults());
    expect(text).toContain('varIdent(form = ~ 1 | model)');
    expect(text).toContain('with Satterthwaite degrees of freedom (as emmeans for gls): KM12-LR vs KM12, ERK total protein; otherwise one pooled residual variance.');
    const paired = methodsParagraph(designResults({ seed: 11, replicateName: (line, r) => `${line}-${r}` }, 'design.csv', { settings: { test: 'paired' } }));
    expect(paired).not.toContain('varIdent');
  });

  it('prints the options actually used', () => {
    const text = methodsParagraph(exampleResults({ settings: { confidenceLevel: 0.9, loadingDriftFold: 2, keepSaturated: true, saturation: 65535 } }));
    expect(text).toContain('90 % t-based confidence intervals');
    expect(text).toContain('more than 2-fold');
    expect(text).toContain('with a signal of 65535 or more were kept in the analysis and flagged');
  });

  it("says Welch's t-test under --test paired when the models share no replicate", () => {
    const results = designResults({ seed: 11, replicateName: (line, r) => `${line}-${r}` }, 'design.csv', { settings: { test: 'paired' } });
    expect(results.comparisons[0]!.resistantVsSensitive.test).toBe('welch-t');
    const text = methodsParagraph(results);
    expect(text).toContain("Welch's two-sided t-tests");
    expect(text).not.toContain('paired t-tests');
  });
});
