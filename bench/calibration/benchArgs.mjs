/** The command line of the n = 3 calibration scripts (bench/doseSeries.mjs, bench/followUps.mjs): --runs, --cv, --n. */

/** The arguments after the script's name over `defaults` ({ runs, cv: number[], n }); an unknown one throws. */
export function benchArgs(argv, defaults) {
  const args = { ...defaults };
  for (let i = 2; i < argv.length; i++) {
    if (argv[i] === '--runs') args.runs = Number(argv[++i]);
    else if (argv[i] === '--cv') args.cv = argv[++i].split(',').map(Number);
    else if (argv[i] === '--n') args.n = Number(argv[++i]);
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  return args;
}

/** `a` of `b` as a percentage with one decimal: "93.4 %". */
export const pct = (a, b) => `${((100 * a) / b).toFixed(1)} %`;
