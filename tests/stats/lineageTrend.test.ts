/**
 * lineageTrends(data, lineages, level) and the lineage's joint model in compareModels, on the bundled
 * lineage (examples/trk-lineage.csv, made by examples/make_lineage.py), checked against R `lm` +
 * `emmeans`. Phospho and total share each lane, so log2 phospho/total is log2(p / t) of the raw file.
 *
 * R 4.2.2, emmeans 1.8.4.1:
 * > library(emmeans)
 * > d <- read.csv("examples/trk-lineage.csv", check.names = FALSE)
 * > wide <- reshape(d[, c("blot", "lane", "line", "treatment", "replicate", "target", "signal")],
 * +   idvar = c("blot", "lane", "line", "treatment", "replicate"), timevar = "target", direction = "wide")
 * > wide$y <- log2(wide[["signal.pERK1/2"]] / wide[["signal.ERK1/2"]])
 * > wide$cell <- factor(paste(wide$line, ifelse(wide$treatment == "DMSO", "veh", "drug")))
 * > wide$block <- factor(wide$replicate)
 * > fit <- lm(y ~ block + cell, data = wide); emm <- emmeans(fit, ~ cell)
 * > lines <- c("KM12", "KM12-LR w2", "KM12-LR w4", "KM12-LR w8", "KM12-LR w16"); x <- c(0, 2, 4, 8, 16)
 * > cw <- (x - mean(x)) / sum((x - mean(x))^2)
 * > w <- setNames(rep(0, nlevels(wide$cell)), levels(wide$cell))
 * > for (k in seq_along(lines)) { w[paste(lines[k], "drug")] <- cw[k]; w[paste(lines[k], "veh")] <- -cw[k] }
 * > tr <- contrast(emm, list(trend = unname(w))); print(summary(tr, infer = TRUE), digits = 10)
 *  contrast   estimate          SE df   lower.CL   upper.CL t.ratio p.value
 *  trend    0.28079377 0.014746155 18 0.24981324 0.31177429  19.042  <.0001
 * > summary(tr)$p.value
 * 2.244123698e-13
 * > i8 <- setNames(rep(0, nlevels(wide$cell)), levels(wide$cell))
 * > i8[c("KM12-LR w8 drug", "KM12 veh")] <- 1; i8[c("KM12-LR w8 veh", "KM12 drug")] <- -1
 * > print(summary(contrast(emm, list(w8_vs_parental = unname(i8))), infer = TRUE), digits = 10)
 *  contrast       estimate         SE df lower.CL upper.CL t.ratio p.value
 *  w8_vs_parental 3.886266 0.26378723 18 3.332069 4.440462  14.733  <.0001
 * > # the same for pTRK / pan-TRK, per week, then per stage (x <- 0:4)
 * TRK trend 0.0226625508 [-0.0020758987, 0.04740100031] df 18 p = 0.07023060699
 * TRK per stage 0.117671209 [0.01871741096, 0.216625007] df 18 p = 0.02238615205
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadFile } from '../../src/load/loadFile.js';
import { lineagesOf, stagesOfLines } from '../../src/normalize/lineages.js';
import { normalize } from '../../src/normalize/normalize.js';
import { compareModels } from '../../src/stats/compareModels.js';
import { lineageTrends, trendWeights } from '../../src/stats/lineageTrend.js';
import { settings } from '../helpers/bands.js';

const exampleText = readFileSync(new URL('../../examples/trk-lineage.csv', import.meta.url), 'utf8');

/** The example, or the example with its weeks column turned into a stage order (1-4). */
function prepared(text = exampleText) {
  const bands = loadFile({ name: 'trk-lineage.csv', bytes: new Uint8Array(Buffer.from(text, 'utf8')) }).bands;
  const data = normalize(bands, settings());
  const lineages = lineagesOf(stagesOfLines(bands), data.design.models, data.design.pairs);
  return { data, lineages };
}

function asStageOrder(text: string): string {
  const order: Record<string, string> = { '': '', '2': '1', '4': '2', '8': '3', '16': '4' };
  return text.split('\n').map((row, i) => {
    const cells = row.split(',');
    if (cells.length < 5) return row;
    cells[4] = i === 0 ? 'Stage' : order[cells[4]!]!;
    return cells.join(',');
  }).join('\n');
}

describe('trendWeights(x)', () => {
  it('centres x and scales by its sum of squares: the least-squares slope; null when x is constant', () => {
    const c = trendWeights([0, 2, 4, 8, 16])!;
    expect(c.reduce((a, b) => a + b, 0)).toBeCloseTo(0, 14);
    // applied to a line y = 3 + 0.5 x, the weights give the slope 0.5
    expect(c.reduce((s, w, i) => s + w * (3 + 0.5 * [0, 2, 4, 8, 16][i]!), 0)).toBeCloseTo(0.5, 12);
    expect(trendWeights([4, 4])).toBeNull();
    expect(trendWeights([1])).toBeNull();
  });
});

describe('lineageTrends(data, lineages, level)', () => {
  it('reads one lineage of four stages in week order from the weeks_on_drug column', () => {
    const { lineages } = prepared();
    expect(lineages).toEqual([{
      name: 'KM12-LR', parental: 'KM12', scale: 'weeks',
      stages: [{ line: 'KM12-LR w2', value: 2 }, { line: 'KM12-LR w4', value: 4 }, { line: 'KM12-LR w8', value: 8 }, { line: 'KM12-LR w16', value: 16 }],
    }]);
  });

  it('gives the per-week trend of log2 f that R lm + emmeans gives (pERK, pTRK)', () => {
    const { data, lineages } = prepared();
    const trends = lineageTrends(data, lineages, 0.95);
    const erk = trends.find((t) => t.target === 'ERK')!;
    expect(erk).toMatchObject({ lineage: 'KM12-LR', treatment: 'larotrectinib', dose_nM: 100, scale: 'weeks', x: [0, 2, 4, 8, 16] });
    expect(erk.lines).toEqual(['KM12', 'KM12-LR w2', 'KM12-LR w4', 'KM12-LR w8', 'KM12-LR w16']);
    expect(erk.slope.estimate).toBeCloseTo(0.28079377, 7);
    expect(erk.slope.se).toBeCloseTo(0.014746155, 8);
    expect(erk.slope.df).toBe(18);
    expect(erk.slope.ciLow).toBeCloseTo(0.24981324, 7);
    expect(erk.slope.ciHigh).toBeCloseTo(0.31177429, 7);
    expect(erk.slope.p! / 2.244123698e-13).toBeCloseTo(1, 5);
    const trk = trends.find((t) => t.target === 'TRK')!.slope;
    expect(trk.estimate).toBeCloseTo(0.0226625508, 9);
    expect(trk.ciLow).toBeCloseTo(-0.0020758987, 9);
    expect(trk.ciHigh).toBeCloseTo(0.04740100031, 9);
    expect(trk.p).toBeCloseTo(0.07023060699, 9);
  });

  it('uses the stage position (parental 0, then 1, 2, ...) for a stage column', () => {
    const { data, lineages } = prepared(asStageOrder(exampleText));
    expect(lineages[0]!.scale).toBe('order');
    const trk = lineageTrends(data, lineages, 0.95).find((t) => t.target === 'TRK')!;
    expect(trk.x).toEqual([0, 1, 2, 3, 4]);
    expect(trk.slope.estimate).toBeCloseTo(0.117671209, 8);
    expect(trk.slope.ciLow).toBeCloseTo(0.01871741096, 8);
    expect(trk.slope.ciHigh).toBeCloseTo(0.216625007, 8);
    expect(trk.slope.p).toBeCloseTo(0.02238615205, 9);
  });

  it('returns nothing without lineages', () => {
    expect(lineageTrends(prepared().data, [], 0.95)).toEqual([]);
  });
});

describe('compareModels(data, level, test, lineages)', () => {
  it('fits every stage with the parental and the other stages in one model: the residual df of the lineage, as R', () => {
    const { data, lineages } = prepared();
    const joint = compareModels(data, 0.95, 'linear-model', lineages).comparisons.find((c) => c.line === 'KM12-LR w8' && c.target === 'ERK')!;
    expect(joint.resistantVsSensitive.log2Ratio).toBeCloseTo(3.886266, 6);
    expect(joint.resistantVsSensitive.se).toBeCloseTo(0.26378723, 8);
    expect(joint.resistantVsSensitive.df).toBe(18);
    expect(joint.resistantVsSensitive.ciLow).toBeCloseTo(3.332069, 6);
    expect(joint.resistantVsSensitive.ciHigh).toBeCloseTo(4.440462, 6);
    // Without lineages each stage is fitted with the parental alone, as before: 12 lanes, 6 residual df.
    const alone = compareModels(data, 0.95, 'linear-model').comparisons.find((c) => c.line === 'KM12-LR w8' && c.target === 'ERK')!;
    expect(alone.resistantVsSensitive.df).toBe(6);
  });
});
