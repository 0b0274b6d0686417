/**
 * The rule set in plain language, through `blotbypass rules` (run in process), and rules files on
 * the command line (`analyze --rules`).
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../src/cli.js';
import { defaultRuleSet } from '../../src/rules/defaultRuleSet.js';
import { describeRuleSet } from '../../src/rules/describeRuleSet.js';
import { parseRuleSet } from '../../src/rules/parseRuleSet.js';
import { experimentCsv, SUPPRESSED_SENSITIVE } from './ruleExperiments.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

async function cli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, env: {}, cwd: ROOT });
  return { code, stdout, stderr };
}

describe('describeRuleSet(active)', () => {
  it('prints every threshold with the key that sets it', () => {
    const text = describeRuleSet({ ruleSet: defaultRuleSet(), source: 'default' });
    for (const line of [
      'suppressed             f <= 0.20 (thresholds.suppressed)',
      'sustained              f >= 0.50 (thresholds.sustained)',
      'grey zone              0.20 < f < 0.50: no call',
      'log2 ratio >= 1 (2.0x, thresholds.minLog2Ratio) with p < 0.05 (thresholds.alpha) from the blocked linear model',
      'n >= 3 for a verdict (thresholds.minReplicates); n >= 2 provisional (thresholds.provisionalReplicates)',
      'total EGFR, HER2, MET, IGF1R, INSR, FGFR1, FGFR2, FGFR3, FGFR4, AXL, PDGFRA, PDGFRB, KIT, HER3, RET, ALK, ROS1, DDR1, DDR2, EPHA2 in resistant >= 3x sensitive (thresholds.amplificationFold)',
      'total TRK in resistant <= 0.50x sensitive (thresholds.fusionLossFold)',
      'pERK, pAKT suppressed at <= 2 h (thresholds.reboundEarlyMaxHours) and sustained at >= 24 h (thresholds.reboundLateMinHours)',
    ]) expect(text).toContain(line);
  });

  it('lists the rules in order of precedence, with the confidence grades', () => {
    const text = describeRuleSet({ ruleSet: defaultRuleSet(), source: 'default' });
    const order = ['0. assay validity', '1. on-target resistance (on-target)', '2. receptor bypass (rtk-bypass)', '3. MAPK bypass (mapk-bypass)', '4. PI3K-AKT bypass (pi3k-akt-bypass)', '5. non-genetic resistance (EMT) (non-genetic)', '6. no rule fits'];
    const positions = order.map((s) => text.indexOf(s));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text).toContain('strong: n >= 3, every interval lies inside its zone (suppressed: upper bound <= 0.20; sustained: lower bound >= 0.50)');
    expect(text).toContain('needs at least one X of EGFR, HER2, MET, IGF1R, INSR, FGFR1, FGFR2, FGFR3, FGFR4, AXL, PDGFRA, PDGFRB, KIT, HER3, RET, ALK, ROS1, DDR1, DDR2, EPHA2 for which pX in the resistant model is not suppressed (f > 0.20)');
    expect(text).toContain('either (total E-cadherin is lower in the resistant model) or (total claudin-1 is lower in the resistant model)');
    expect(text).toContain('pERK in the resistant model is not sustained (f < 0.50)');
  });

  it('shows changed thresholds and where the set came from', () => {
    const ruleSet = parseRuleSet('{"thresholds": {"suppressed": 0.15, "sustained": 0.6, "minReplicates": 4}}', 'lab.json');
    const text = describeRuleSet({ ruleSet, source: 'lab.json' });
    expect(text.split('\n')[0]).toBe('rule set trk-default 1 (from lab.json): NTRK-fusion models under a TRK inhibitor: on-target versus MAPK, PI3K-AKT and receptor bypass');
    expect(text).toContain('suppressed             f <= 0.15');
    expect(text).toContain('sustained              f >= 0.60');
    expect(text).toContain('provisional: n = 2 to 3 for some comparison');
  });
});

describe('blotbypass rules / analyze --rules', () => {
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'blotbypass-rules-')); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('`rules` prints the default set', async () => {
    const { code, stdout, stderr } = await cli(['rules']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toBe(describeRuleSet({ ruleSet: defaultRuleSet(), source: 'default' }));
  });

  it('`rules --json` prints a complete rules file that `rules --rules` reads back', async () => {
    const printed = await cli(['rules', '--json']);
    expect(printed.code).toBe(0);
    expect(JSON.parse(printed.stdout)).toMatchObject({ extends: 'none', name: 'trk-default' });
    const file = join(dir, 'full.json');
    writeFileSync(file, printed.stdout);
    const again = await cli(['rules', '--rules', file]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(`(from ${file})`);
  });

  it('`analyze --rules` with a malformed file exits 2 naming the bad key, and writes nothing', async () => {
    const rules = join(dir, 'bad.json');
    writeFileSync(rules, '{"thresholds": {"sustain": 0.4}}');
    const data = join(dir, 'data.csv');
    writeFileSync(data, experimentCsv());
    const out = join(dir, 'out');
    const { code, stdout, stderr } = await cli(['analyze', data, '--rules', rules, '--out', out, '--no-report']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(existsSync(out)).toBe(false);
    expect(stderr).toBe(`error: ${rules}: unknown key "thresholds.sustain" in the rules file - allowed here: suppressed, sustained, minLog2Ratio, alpha, amplificationFold, fusionLossFold, minReplicates, provisionalReplicates, reboundEarlyMaxHours, reboundLateMinHours, ic50FoldShift\n`);
  });

  it('`rules --rules` with a missing file exits 2', async () => {
    const { code, stderr } = await cli(['rules', '--rules', join(dir, 'nope.json')]);
    expect(code).toBe(2);
    expect(stderr).toContain('cannot read the file: no such file');
  });

  it('`analyze --rules` changes the verdict and records the rule set in results.json', async () => {
    const data = join(dir, 'grey.csv');
    writeFileSync(data, experimentCsv({ sensitive: SUPPRESSED_SENSITIVE, resistant: { f: { TRK: 0.08, ERK: 0.4, AKT: 0.1 } } }));
    const before = await cli(['analyze', data, '--json', '--out', join(dir, 'a'), '--no-report']);
    expect(before.code).toBe(0);
    expect(JSON.parse(before.stdout).verdicts[0].mechanism).toBe('inconclusive');
    const rules = join(dir, 'lower.json');
    writeFileSync(rules, '{"extends": "default", "thresholds": {"sustained": 0.3}}');
    const after = await cli(['analyze', data, '--json', '--rules', rules, '--out', join(dir, 'b'), '--no-report']);
    expect(after.code).toBe(0);
    const results = JSON.parse(after.stdout);
    expect(results.verdicts[0].mechanism).toBe('mapk-bypass');
    expect(results.rules).toMatchObject({ name: 'trk-default', source: rules, thresholds: { sustained: 0.3 } });
  });

  it('`analyze` ends its summary with one line per verdict', async () => {
    const data = join(dir, 'mapk.csv');
    writeFileSync(data, experimentCsv({ sensitive: SUPPRESSED_SENSITIVE, resistant: { f: { TRK: 0.08, ERK: 0.8, AKT: 0.1 } } }));
    const { code, stdout } = await cli(['analyze', data, '--out', join(dir, 'c'), '--no-report']);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    const at = lines.indexOf('Verdicts:');
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toMatch(/^ {2}KM12-LR vs KM12, larotrectinib 100 nM 2 h: MAPK bypass \(strong\) - pERK stays at 80 % of vehicle while pTRK falls to 8\.0 %; next: /);
  });

  it('`analyze` prints hints that change the next step under their verdict, and names a custom rule set', async () => {
    const data = join(dir, 'met.csv');
    writeFileSync(data, experimentCsv({ sensitive: SUPPRESSED_SENSITIVE, resistant: { f: { TRK: 0.08, ERK: 0.8, AKT: 0.1 }, total: { MET: 2 } } }));
    const rules = join(dir, 'same.json');
    writeFileSync(rules, '{"extends": "default"}');
    const { code, stdout } = await cli(['analyze', data, '--rules', rules, '--out', join(dir, 'd'), '--no-report']);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    const at = lines.indexOf(`Verdicts (rules trk-default from ${rules}):`);
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toContain('receptor bypass via MET');
    expect(lines[at + 2]).toMatch(/^ {4}hint: total MET in KM12-LR is 4\.0x KM12's \(p [^)]+\): possible MET amplification$/);
  });
});
