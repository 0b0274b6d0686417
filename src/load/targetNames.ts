/**
 * Antibody / target labels as users write them ("p-Akt (Ser473)", "β-actin", "Phospho-p44/42 MAPK (Erk1/2)")
 * resolved to a canonical protein and a form (phospho, total or loading control).
 */
import type { TargetForm, TargetIdentity } from './types.js';

interface ProteinEntry {
  readonly protein: string;
  readonly form: 'pair' | 'loading';
  /** Tested against the compact key: lower case, Greek spelt out, spaces / hyphens / underscores / dots removed. */
  readonly pattern: RegExp;
  /** Example spellings for documentation; every one resolves to `protein`. */
  readonly aliases: readonly string[];
}

const PROTEINS: readonly ProteinEntry[] = [
  { protein: 'TRK', form: 'pair', pattern: /^(?:trk[abc]?|ntrk[123]?|tropomyosinreceptorkinase[abc]?)$/, aliases: ['TRK', 'TrkA', 'TrkB', 'TrkC', 'pan-TRK', 'NTRK1'] },
  { protein: 'AKT', form: 'pair', pattern: /^(?:akt[123]?|pkb(?:alpha)?|proteinkinaseb)$/, aliases: ['AKT', 'Akt1', 'PKB', 'pan-Akt'] },
  { protein: 'ERK', form: 'pair', pattern: /^(?:erk[12]?|erk1\/2|erk1\/erk2|mapk[13]?|mapkinase|p44\/42(?:mapk|mapkinase)?|p42\/44(?:mapk|mapkinase)?|p4[24](?:mapk|mapkinase))$/, aliases: ['ERK', 'ERK1/2', 'p44/42 MAPK', 'MAPK', 'MAPK3'] },
  { protein: 'EGFR', form: 'pair', pattern: /^(?:egfr|egfreceptor|erbb1|her1)$/, aliases: ['EGFR', 'EGF Receptor', 'ErbB1', 'HER1'] },
  { protein: 'HER2', form: 'pair', pattern: /^(?:her2|erbb2|neu|her2neu|cd340)$/, aliases: ['HER2', 'ErbB2', 'HER2/neu', 'Neu'] },
  { protein: 'MET', form: 'pair', pattern: /^(?:c?met|hgfr|hgfreceptor)$/, aliases: ['MET', 'c-Met', 'HGFR'] },
  { protein: 'MEK', form: 'pair', pattern: /^(?:mek[12]?|mek1\/2|map2k[12]?|mapkk)$/, aliases: ['MEK', 'MEK1/2', 'MAP2K1'] },
  { protein: 'IGF1R', form: 'pair', pattern: /^igf(?:1|i)r(?:eceptor)?(?:beta)?$/, aliases: ['IGF1R', 'IGF-1R', 'IGF-IR β', 'IGF-I Receptor'] },
  { protein: 'S6', form: 'pair', pattern: /^(?:s6|rps6|s6rp|s6ribosomalprotein|ribosomalproteins6)$/, aliases: ['S6', 'RPS6', 'S6 Ribosomal Protein'] },
  { protein: 'STAT3', form: 'pair', pattern: /^stat3$/, aliases: ['STAT3'] },
  { protein: 'SRC', form: 'pair', pattern: /^(?:c?src|srcfamily)$/, aliases: ['SRC', 'c-Src', 'Src Family'] },
  { protein: 'RAF', form: 'pair', pattern: /^(?:c?raf|raf1)$/, aliases: ['RAF', 'c-Raf', 'Raf1'] },
  // Receptor tyrosine kinases beyond EGFR, HER2 and MET: bypass candidates (SCIENCE.md).
  { protein: 'INSR', form: 'pair', pattern: /^(?:insr|insulinreceptor)(?:beta)?$/, aliases: ['INSR', 'Insulin Receptor beta'] },
  ...[1, 2, 3, 4].map((n) => ({ protein: `FGFR${n}`, form: 'pair' as const, pattern: new RegExp(`^(?:fgfr${n}|fgfreceptor${n})$`), aliases: [`FGFR${n}`, `FGF Receptor ${n}`] })),
  { protein: 'AXL', form: 'pair', pattern: /^(?:axl|ufo)$/, aliases: ['AXL', 'Axl'] },
  { protein: 'PDGFRA', form: 'pair', pattern: /^pdgfr(?:alpha|a)$/, aliases: ['PDGFRA', 'PDGFR alpha', 'PDGFRα'] },
  { protein: 'PDGFRB', form: 'pair', pattern: /^pdgfr(?:beta|b)$/, aliases: ['PDGFRB', 'PDGFR beta', 'PDGFRβ'] },
  { protein: 'KIT', form: 'pair', pattern: /^(?:c?kit|cd117)$/, aliases: ['KIT', 'c-Kit', 'CD117'] },
  { protein: 'HER3', form: 'pair', pattern: /^(?:her3|erbb3)$/, aliases: ['HER3', 'ErbB3', 'HER3/ErbB3'] },
  { protein: 'RET', form: 'pair', pattern: /^c?ret$/, aliases: ['RET', 'c-Ret'] },
  { protein: 'ALK', form: 'pair', pattern: /^alk$/, aliases: ['ALK'] },
  { protein: 'ROS1', form: 'pair', pattern: /^ros1$/, aliases: ['ROS1'] },
  { protein: 'DDR1', form: 'pair', pattern: /^ddr1$/, aliases: ['DDR1'] },
  { protein: 'DDR2', form: 'pair', pattern: /^ddr2$/, aliases: ['DDR2'] },
  { protein: 'EPHA2', form: 'pair', pattern: /^epha2$/, aliases: ['EPHA2', 'EphA2'] },
  // Pathway markers: MAPK (MEK, RAF above; RSK below ERK) and mTORC1 downstream of AKT.
  { protein: 'RSK', form: 'pair', pattern: /^(?:p90rsk|rsk[1-4]?|rps6ka[1-3]?|p90ribosomals6kinase)$/, aliases: ['p90RSK', 'RSK1', 'RPS6KA1'] },
  { protein: '4E-BP1', form: 'pair', pattern: /^(?:4ebp1?|eif4ebp1)$/, aliases: ['4E-BP1', 'EIF4EBP1'] },
  // EMT markers (non-genetic resistance): total protein over the loading control.
  { protein: 'E-cadherin', form: 'pair', pattern: /^(?:ecadherin|cdh1|cd324)$/, aliases: ['E-cadherin', 'CDH1'] },
  { protein: 'claudin-1', form: 'pair', pattern: /^(?:claudin1|cldn1)$/, aliases: ['Claudin-1', 'CLDN1'] },
  { protein: 'ZO-1', form: 'pair', pattern: /^(?:zo1|tjp1)$/, aliases: ['ZO-1', 'TJP1'] },
  { protein: 'EpCAM', form: 'pair', pattern: /^(?:epcam|cd326)$/, aliases: ['EpCAM', 'CD326'] },
  { protein: 'vimentin', form: 'pair', pattern: /^(?:vimentin|vim)$/, aliases: ['Vimentin', 'VIM'] },
  { protein: 'N-cadherin', form: 'pair', pattern: /^(?:ncadherin|cdh2|cd325)$/, aliases: ['N-cadherin', 'CDH2'] },
  { protein: 'fibronectin', form: 'pair', pattern: /^(?:fibronectin|fn1?)$/, aliases: ['Fibronectin', 'FN1'] },
  { protein: 'ZEB1', form: 'pair', pattern: /^(?:zeb1|tcf8)$/, aliases: ['ZEB1'] },
  { protein: 'SNAI1', form: 'pair', pattern: /^(?:snai1|snail1?)$/, aliases: ['Snail', 'SNAI1'] },
  { protein: 'SNAI2', form: 'pair', pattern: /^(?:snai2|slug)$/, aliases: ['Slug', 'SNAI2'] },
  { protein: 'TWIST1', form: 'pair', pattern: /^twist1?$/, aliases: ['Twist', 'TWIST1'] },
  { protein: 'total-protein', form: 'loading', pattern: /^(?:totalprotein(?:stain)?|revert(?:700)?(?:totalproteinstain)?|ponceau(?:s|red)?(?:stain)?|(?:tgx)?stainfree|coomassie(?:blue|stain)?|tps|sypro(?:ruby)?)$/, aliases: ['Total protein', 'REVERT Total Protein Stain', 'Ponceau S', 'Stain-free', 'Coomassie', 'TPS'] },
  { protein: 'GAPDH', form: 'loading', pattern: /^gapdh$/, aliases: ['GAPDH'] },
  { protein: 'beta-actin', form: 'loading', pattern: /^(?:(?:beta|b)?actin|actb)$/, aliases: ['beta-actin', 'β-actin', 'b-actin', 'Actin', 'ACTB'] },
  { protein: 'vinculin', form: 'loading', pattern: /^(?:vinculin|vcl)$/, aliases: ['Vinculin', 'VCL'] },
  { protein: 'alpha-tubulin', form: 'loading', pattern: /^(?:(?:alpha|a)?tubulin|tuba1[ab]?)$/, aliases: ['alpha-tubulin', 'α-tubulin', 'Tubulin', 'TUBA1A'] },
  { protein: 'beta-tubulin', form: 'loading', pattern: /^(?:(?:beta|b)tubulin|tubb)$/, aliases: ['beta-tubulin', 'β-tubulin', 'TUBB'] },
  { protein: 'HSP90', form: 'loading', pattern: /^hsp90(?:alpha|beta|a|b|aa1|ab1)?$/, aliases: ['HSP90', 'Hsp90α'] },
  { protein: 'histone-H3', form: 'loading', pattern: /^(?:histone)?h3$/, aliases: ['histone-H3', 'Histone H3', 'H3'] },
];

/** The core phospho/total panel, in display order. */
export const CORE_PAIRS: readonly string[] = Object.freeze(['TRK', 'AKT', 'ERK', 'EGFR', 'HER2', 'MET']);

/** Receptor tyrosine kinases that can bypass TRK inhibition (SCIENCE.md), core three first: the bypass candidates of the default rule set. */
export const BYPASS_RECEPTORS: readonly string[] = Object.freeze([
  'EGFR', 'HER2', 'MET', 'IGF1R', 'INSR', 'FGFR1', 'FGFR2', 'FGFR3', 'FGFR4', 'AXL', 'PDGFRA', 'PDGFRB', 'KIT', 'HER3', 'RET', 'ALK', 'ROS1', 'DDR1', 'DDR2', 'EPHA2',
]);

/** EMT markers read as total protein: epithelial ones fall and mesenchymal ones rise in the transition. */
export const EPITHELIAL_MARKERS: readonly string[] = Object.freeze(['E-cadherin', 'claudin-1', 'ZO-1', 'EpCAM']);
export const MESENCHYMAL_MARKERS: readonly string[] = Object.freeze(['vimentin', 'N-cadherin', 'fibronectin', 'ZEB1', 'SNAI1', 'SNAI2', 'TWIST1']);

/** Loading controls in order of preference when one is chosen automatically. */
export const LOADING_CONTROLS: readonly string[] = Object.freeze(['total-protein', 'GAPDH', 'beta-actin', 'vinculin', 'alpha-tubulin', 'beta-tubulin', 'HSP90', 'histone-H3']);

/** Every recognised protein with example spellings (for documentation and `--help`). Returns fresh copies. */
export function knownProteins(): readonly { protein: string; form: 'pair' | 'loading'; aliases: string[] }[] {
  return PROTEINS.map(({ protein, form, aliases }) => ({ protein, form, aliases: [...aliases] }));
}

/**
 * A phosphorylation-site annotation: Ser/Thr/Tyr (or S/T/Y with two or more digits) plus a position,
 * optionally `p`-prefixed, optionally a `/`-list ("Thr202/Tyr204", "pT202/pY204", "Tyr1221/1222").
 */
const SITE = String.raw`p?(?:(?:ser|thr|tyr)\d{1,4}|[sty]\d{2,4})(?:\s*[/,&]\s*p?(?:ser|thr|tyr|[sty])?\d{1,4})*`;
const SITE_ONLY = new RegExp(`^${SITE}$`, 'i');
const TRAILING_SITE = new RegExp(`[\\s_-]+${SITE}$`, 'i');
/** Clone or catalogue ids in parentheses: "D13.14.4E", "137F5", "D9E", "sc-7383". Never contain '/'. */
const CLONE = /^[a-z]{0,2}-?\d[\w.-]*$/i;
/** Trailing antibody words: "antibody", "Ab", "mAb", "XP", host species, "#4060". */
const SUFFIX = /[\s_-]+(?:antibody|antibodies|ab|mab|pab|xp|rabbit|mouse|goat|rat|monoclonal|polyclonal|igg|#\s*\w+)$/i;
const TRAILING_FORM = /[\s_-]+(total|pan|phospho(?:rylated)?)$/i;
const GREEK: readonly (readonly [string, string])[] = [['α', 'alpha'], ['β', 'beta'], ['ß', 'beta'], ['γ', 'gamma'], ['δ', 'delta'], ['κ', 'kappa'], ['μ', 'mu'], ['µ', 'mu']];
/** Real proteins that only look like a phospho prefix glued to a name (PERK is EIF2AK3, not pERK). */
const LOOKALIKES: readonly RegExp[] = [/^PERK$/, /^p[\s_-]?(?:gp|glycoprotein|cadherin|selectin)$/i];

interface PrefixRule {
  readonly re: RegExp;
  readonly phospho: boolean;
  /** Also strip it when the rest is not a known protein (the label clearly says phospho / total). */
  readonly unknownToo: boolean;
}

/** Tried in order; the first rule whose remainder resolves (or that has `unknownToo`) wins. */
const PREFIXES: readonly PrefixRule[] = [
  { re: /^phospho(?:rylated)?[\s_-]+/i, phospho: true, unknownToo: true },
  { re: /^phospho(?:rylated)?/i, phospho: true, unknownToo: false },
  { re: /^total[\s_-]+/i, phospho: false, unknownToo: true },
  { re: /^total/i, phospho: false, unknownToo: false },
  { re: /^pan[\s_-]*/i, phospho: false, unknownToo: false },
  { re: /^p[\s_.-]+(?=[a-z])/i, phospho: true, unknownToo: true },
  { re: /^p[\s_.-]+(?=\d)/, phospho: true, unknownToo: false },
  { re: /^t[\s_.-]+(?=[A-Z])/, phospho: false, unknownToo: true },
  { re: /^t[\s_.-]+(?=[a-z])/i, phospho: false, unknownToo: false },
  { re: /^p(?=[A-Z])/, phospho: true, unknownToo: true },
  { re: /^p(?=[a-z])/i, phospho: true, unknownToo: false },
  { re: /^t(?=[a-z])/i, phospho: false, unknownToo: false },
];

interface Resolved {
  name: string;
  entry?: ProteinEntry;
  phospho: boolean;
}

function compact(name: string): string {
  return name.toLowerCase().replace(/[\s._-]+/g, '');
}

function trimSeparators(text: string): string {
  return text.replace(/^[\s_.,:;/-]+|[\s_.,:;/-]+$/g, '');
}

function resolveSingle(name: string, depth: number): Resolved {
  const key = compact(name);
  const entry = PROTEINS.find((e) => e.pattern.test(key));
  if (entry) return { name, entry, phospho: false };
  if (depth < 3 && !LOOKALIKES.some((re) => re.test(name))) {
    for (const rule of PREFIXES) {
      const m = rule.re.exec(name);
      const rest = m ? trimSeparators(name.slice(m[0].length)) : '';
      if (!rest) continue;
      const inner = resolveSingle(rest, depth + 1);
      if (inner.entry || rule.unknownToo) return { ...inner, phospho: inner.phospho || rule.phospho };
    }
  }
  return { name, phospho: false };
}

/** Resolves a name, then each `/`-separated part ("HER2/ErbB2", "Phospho-TrkA /TrkB") if the whole is unknown. */
function resolve(name: string): Resolved {
  const whole = resolveSingle(name, 0);
  if (whole.entry || !name.includes('/')) return whole;
  for (const part of name.split('/')) {
    const r = resolveSingle(trimSeparators(part), 0);
    if (r.entry) return { ...r, phospho: r.phospho || whole.phospho };
  }
  return whole;
}

/** Splits a label into its core name, other parenthesised names, and whether any annotation says phospho. */
function parseLabel(text: string): { core: string; alternatives: string[]; phospho: boolean } {
  let phospho = false;
  const alternatives: string[] = [];
  let s = text.replace(/[®™©]/g, '').normalize('NFKC');
  for (const [from, to] of GREEK) s = s.replaceAll(from, to);
  s = s.replace(/[\u2010-\u2015\u2212]/g, '-').replace(/^anti[\s_-]+/i, '');
  s = s.replace(/\(([^()]*)\)|\[([^[\]]*)\]/g, (_m, round?: string, square?: string) => {
    const inner = (round ?? square ?? '').trim();
    if (SITE_ONLY.test(inner) || /^phospho(?:rylated)?$/i.test(inner)) phospho = true;
    else if (inner && !/^(?:total|pan)$/i.test(inner) && !CLONE.test(inner)) alternatives.push(inner);
    return ' ';
  });
  for (let prev = ''; prev !== s; ) {
    prev = s;
    s = s.replace(/\s+/g, ' ').trim().replace(SUFFIX, '');
    const form = TRAILING_FORM.exec(s) ?? TRAILING_SITE.exec(s);
    if (form && form.index > 0) {
      phospho ||= !/^(?:total|pan)$/i.test(form[1] ?? '');
      s = s.slice(0, form.index);
    }
  }
  return { core: trimSeparators(s), alternatives, phospho };
}

/**
 * Resolves an antibody / target label to a canonical protein and form. Pure and deterministic; case-insensitive;
 * Greek letters are spelt out (β-actin = beta-actin); spaces, hyphens, underscores and dots inside names are ignored.
 *
 * Precedence:
 * 1. Clean-up: "anti-" prefix, parenthesised clone / catalogue ids ("(D9E)", "(137F5)"), antibody suffixes
 *    ("antibody", "mAb", "XP", host species) are dropped; "(total)"/"(pan)" markers are dropped; a phospho-site
 *    annotation ("(Tyr490)", "S473", "(pT202/pY204)") or "(phospho)" marks the label phospho.
 * 2. The whole cleaned name is tried as a protein alias first, so "p44/42 MAPK" (total ERK), "Tubulin" and
 *    "Total protein" resolve before any prefix is considered, and "PTEN" is not read as phospho-"TEN".
 * 3. Then phospho / total prefixes: "phospho", "p-", "p" glued, "total", "t-", "t" glued, "pan-". A glued
 *    "p"/"t" or a "pan-"/"T-" is stripped only when the rest is a known protein, except a lower-case "p"
 *    (or "t-") followed by a capital ("pSTAT1", "t-STAT1"), which clearly says phospho (total).
 * 4. Then each "/"-separated part ("HER2/ErbB2"), then each other parenthesised name ("(Erk1/2)").
 *
 * Unknown labels come back with `known: false` under their own name, without a phospho / total prefix;
 * they are phospho only if the label clearly says so (rule 3, "p-", "phospho", or a site annotation).
 * A phospho label of a loading-control protein (phospho-histone H3) is `phospho`, not `loading`.
 */
export function identifyTarget(label: string): TargetIdentity {
  const trimmed = label.trim();
  const parsed = parseLabel(trimmed);
  let best = resolve(parsed.core);
  for (const alt of parsed.alternatives) {
    if (best.entry) break;
    const r = resolve(alt);
    if (r.entry) best = { ...r, phospho: r.phospho || best.phospho };
  }
  const phospho = best.phospho || parsed.phospho;
  if (best.entry) {
    const form: TargetForm = phospho ? 'phospho' : best.entry.form === 'loading' ? 'loading' : 'total';
    return { label: trimmed, protein: best.entry.protein, form, known: true };
  }
  const name = [best.name, ...parsed.alternatives.map((a) => `(${a})`)].filter(Boolean).join(' ');
  return { label: trimmed, protein: name || trimmed, form: phospho ? 'phospho' : 'total', known: false };
}
