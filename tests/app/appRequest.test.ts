/**
 * The page's form values become the command line's AnalyzeOptions: an empty form is the CLI's
 * defaults, each field is the flag of the same name, and a bad value is refused with the flag named.
 */
import { describe, expect, it } from 'vitest';
import { analyzeOptionsOf, pairsOf, type AppRequest } from '../../src/app/appRequest.js';
import { buildProgram } from '../../src/cli.js';
import { analyzeOptions, type AnalyzeFlags } from '../../src/cliInputs.js';
import { UsageError } from '../../src/optionValues.js';
import { textInput } from '../helpers/inputs.js';

const data = textInput('bands.csv', 'line,status,treatment,target,signal\n');
const request = (options: AppRequest['options'], extra: Partial<AppRequest> = {}): AppRequest => ({ files: [data], options, ...extra });

/** The analyze command's flags when none is given: commander's defaults. */
function cliDefaultFlags(): AnalyzeFlags {
  const analyzeCommand = buildProgram({ stdout: () => {}, stderr: () => {}, env: {}, cwd: '.' }).commands.find((c) => c.name() === 'analyze')!;
  const flags: Record<string, unknown> = {};
  for (const option of analyzeCommand.options) if (option.defaultValue !== undefined) flags[option.attributeName()] = option.defaultValue;
  return flags as unknown as AnalyzeFlags;
}

describe('analyzeOptionsOf', () => {
  it('an empty form is the command line with no flags', async () => {
    const cli = await analyzeOptions(cliDefaultFlags(), {});
    const app = analyzeOptionsOf(request({ loading: '', saturation: '', pairs: '', driftFold: '', weakReference: '', confidence: '', test: '', decimal: '', thousands: '', sheet: '' }));
    expect(app.settings).toEqual(cli.settings);
    expect(app.rules).toEqual(cli.rules);
    expect(app.decimal).toBeUndefined();
  });

  it('each field sets the setting of its flag', () => {
    const app = analyzeOptionsOf(request({
      loading: ' GAPDH ', saturation: '65535', keepSaturated: true, pairs: 'KM12-LR=KM12; HCT-R = HCT', driftFold: '2', weakReference: '0.2',
      confidence: '0.9', test: 'paired', decimal: 'comma', sheet: 'Sheet 2',
    }));
    expect(app.settings).toEqual({
      loadingControl: 'GAPDH', saturation: 65535, keepSaturated: true, loadingDriftFold: 2, weakReferenceFraction: 0.2, confidenceLevel: 0.9,
      pairs: [{ resistant: 'KM12-LR', sensitive: 'KM12' }, { resistant: 'HCT-R', sensitive: 'HCT' }], test: 'paired',
    });
    expect(app.decimal).toBe('comma');
    expect(app.sheet).toEqual(['Sheet 2']);
  });

  it('a thousands separator implies the decimal mark, as --thousands does', () => {
    expect(analyzeOptionsOf(request({ thousands: '.' })).decimal).toBe('comma');
    expect(analyzeOptionsOf(request({ thousands: ',' })).decimal).toBe('dot');
  });

  it('the files chosen for layout, rules and genotype are passed on as bytes', () => {
    const rules = textInput('rules.json', JSON.stringify({ extends: 'default', thresholds: { alpha: 0.01 } }));
    const layout = textInput('layout.csv', 'lane,line\n1,KM12\n');
    const variants = [textInput('v.maf', 'Hugo_Symbol\n')];
    const app = analyzeOptionsOf(request({}, { rules, layout, variants }));
    expect(app.rules?.source).toBe('rules.json');
    expect(app.rules?.ruleSet.thresholds.alpha).toBe(0.01);
    expect(app.layout).toBe(layout);
    expect(app.variants).toBe(variants);
  });

  it.each([
    [{ confidence: '95%' }, /--confidence/],
    [{ confidence: '1.5' }, /--confidence/],
    [{ driftFold: '0.5' }, /--drift-fold/],
    [{ saturation: '-1' }, /--saturation/],
    [{ test: 'anova' }, /--test must be one of "linear-model", "paired", "welch", got "anova"/],
    [{ decimal: 'space' }, /--decimal/],
    [{ pairs: 'KM12-LR' }, /--pair|resistant=sensitive/],
  ])('refuses %o with the flag named', (options, message) => {
    expect(() => analyzeOptionsOf(request(options))).toThrow(UsageError);
    expect(() => analyzeOptionsOf(request(options))).toThrow(message);
  });

  it('splits model pairs at commas, semicolons and new lines', () => {
    expect(pairsOf('A=B,C=D\nE=F;')).toEqual([{ resistant: 'A', sensitive: 'B' }, { resistant: 'C', sensitive: 'D' }, { resistant: 'E', sensitive: 'F' }]);
    expect(pairsOf(undefined)).toEqual([]);
  });
});
