/**
 * The baseline the verdicts are calibrated against: the decision logic of the pandas + scipy script
 * a lab would otherwise write (../shared/peers/reference.py), ported line by line to JavaScript so
 * that it runs on the same simulated files in the same process. Per-lane phospho/total (phospho and
 * total joined by blot and lane), per-replicate fraction of vehicle, an unadjusted Welch t-test on
 * log2 f, and the script's rules. Where the script would stop with an error (no total bands) the
 * baseline gives no verdict, counted as withheld.
 */
const SUPPRESSED = 0.2;
const SUSTAINED = 0.5;
const FOLD = 2;
const ALPHA = 0.05;
const PROTEINS = ['TRK', 'AKT', 'ERK', 'EGFR', 'HER2', 'MET'];

const mean = (xs) => xs.reduce((s, x) => s + x, 0) / xs.length;

/** @param {string} csv @param {(a: number[], b: number[], level: number) => { p: number } | null} welchT */
export function baselineVerdict(csv, welchT) {
  const [header, ...lines] = csv.trim().split('\n');
  const cols = header.split(',');
  const rows = lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [cols[i], v])));
  // pivot: one record per (blot, lane, line, status, treatment, replicate), a column per target
  const wide = new Map();
  for (const r of rows) {
    const key = [r.blot, r.lane, r.line, r.status, r.treatment, r.replicate].join('|');
    const rec = wide.get(key) ?? { line: r.line, status: r.status, vehicle: ['dmso', 'vehicle', 'control'].includes(r.treatment.toLowerCase()), replicate: r.replicate, values: {} };
    if (!(r.target in rec.values)) rec.values[r.target] = r.signal === 'NA' ? NaN : Number(r.signal);
    wide.set(key, rec);
  }
  const records = [...wide.values()];
  if (!PROTEINS.every((p) => records.some((r) => `p${p}` in r.values) && records.some((r) => p in r.values))) return { mechanism: 'inconclusive', drivers: [], error: 'KeyError' };
  const ratio = (r, p) => (r.values[`p${p}`] ?? NaN) / (r.values[p] ?? NaN);
  const frac = new Map();
  const status = new Map();
  for (const line of new Set(records.map((r) => r.line))) {
    const own = records.filter((r) => r.line === line);
    status.set(line, own[0].status);
    for (const p of PROTEINS) {
      const f = [];
      for (const drug of own.filter((r) => !r.vehicle)) {
        const veh = own.find((r) => r.vehicle && r.replicate === drug.replicate);
        const x = ratio(drug, p) / (veh ? ratio(veh, p) : NaN);
        if (!Number.isNaN(x)) f.push(Math.log2(x));
      }
      frac.set(`${line}|${p}`, f);
    }
  }
  const sensitive = [...status].find(([, s]) => s === 'sensitive')[0];
  const resistant = [...status].find(([, s]) => s === 'resistant')[0];
  const summ = {};
  for (const p of PROTEINS) {
    const lr = frac.get(`${resistant}|${p}`);
    const ls = frac.get(`${sensitive}|${p}`);
    const finite = lr.every(Number.isFinite) && ls.every(Number.isFinite);
    const test = finite ? welchT(lr, ls, 0.95) : null;
    summ[p] = { fR: 2 ** mean(lr), fS: 2 ** mean(ls), dlog2: mean(lr) - mean(ls), p: test ? test.p : NaN };
  }
  const basal = {};
  for (const p of ['EGFR', 'HER2', 'MET']) {
    const g = (line) => records.filter((r) => r.line === line && r.vehicle).map((r) => Math.log2(ratio(r, p)));
    basal[p] = 2 ** (mean(g(resistant)) - mean(g(sensitive)));
  }
  const fS = (p) => 2 ** mean(frac.get(`${sensitive}|${p}`));
  // NaN comparisons are false in Python as in JavaScript.
  if (fS('TRK') > SUPPRESSED || fS('ERK') > 0.3) return { mechanism: 'assay-invalid', drivers: [] };
  const clear = (x) => x.dlog2 >= Math.log2(FOLD) && x.p < ALPHA;
  const { TRK: trk, ERK: erk, AKT: akt } = summ;
  if (trk.fR >= SUSTAINED && clear(trk)) return { mechanism: 'on-target', drivers: [] };
  if (trk.fR <= SUPPRESSED) {
    const drivers = Object.entries(basal).filter(([, v]) => v >= FOLD).map(([p]) => p);
    if (erk.fR >= SUSTAINED && clear(erk)) return drivers.length > 0 ? { mechanism: 'rtk-bypass', drivers } : { mechanism: 'mapk-bypass', drivers: [] };
    if (akt.fR >= SUSTAINED && clear(akt)) return drivers.length > 0 ? { mechanism: 'rtk-bypass', drivers } : { mechanism: 'pi3k-akt-bypass', drivers: [] };
  }
  return { mechanism: 'inconclusive', drivers: [] };
}
