/**
 * A sequencing-results file to typed variant records: a MAF (Hugo_Symbol, HGVSp_Short,
 * Tumor_Sample_Barcode, Variant_Classification, t_alt_count, t_depth) or a plain table (gene,
 * protein change, sample, optional VAF and copy number), told apart by the header.
 *
 *   bytes -> decodeText -> `#` comment lines blanked (row numbers kept) -> readTable
 *         -> header columns by alias -> one record per row, numbers through parseNumberCell
 *
 * Errors (missing columns, empty gene or sample, numbers that are not numbers or out of range)
 * are `InputError`s located by file:row:column, collected so they can be fixed at once. A protein
 * change blotbypass cannot read is a warning: the variant is kept, as class `other`.
 */
import { InputError, InputErrors, type AnalysisWarning } from '../errors.js';
import { genotypeMessages as m } from '../messages/genotype.js';
import { decodeText } from '../load/decodeText.js';
import { headerKey } from '../load/designColumns.js';
import { sha256Hex, type InputBytes } from '../load/loadFile.js';
import { decideDecimalMark } from '../load/decimalMark.js';
import { parseNumberCell, type DecimalMark } from '../load/numberCells.js';
import { isBlankRow, readTable } from '../load/readTable.js';
import { AMPLIFICATION_WORDS, canonicalGene } from './knownVariants.js';
import { parseProteinChange, type ProteinChangeReading } from './proteinChange.js';
import type { VariantFile, VariantRecord } from './types.js';

type VariantField = 'gene' | 'change' | 'sample' | 'classification' | 'vaf' | 'altCount' | 'depth' | 'refCount' | 'copyNumber';

/** Header names per field, compared after `headerKey()`, in preference order (MAF names first). */
const ALIASES: Readonly<Record<VariantField, readonly string[]>> = {
  gene: ['hugo_symbol', 'gene', 'gene_symbol', 'hugo_gene_symbol', 'symbol', 'gene_name'],
  change: ['hgvsp_short', 'protein_change', 'hgvsp', 'amino_acid_change', 'aa_change', 'aachange', 'hgvs_p', 'p_change', 'protein_alteration', 'alteration', 'mutation', 'variant', 'change', 'protein'],
  sample: ['tumor_sample_barcode', 'sample', 'sample_id', 'sample_name', 'sample_barcode', 'tumor_sample', 'line', 'cell_line', 'model'],
  classification: ['variant_classification', 'classification', 'alteration_type', 'mutation_type', 'type', 'consequence'],
  // Never `af`: vcf2maf MAFs carry population allele frequencies (AF, gnomAD_AF), not the tumour's.
  vaf: ['vaf', 'tumor_f', 't_vaf', 'tumor_vaf', 'allele_frequency', 'variant_allele_frequency', 'allele_fraction', 'variant_allele_fraction', 'vaf_percent', 'vaf_pct'],
  altCount: ['t_alt_count', 'alt_count', 'tumor_alt_count'],
  depth: ['t_depth', 'depth', 'tumor_depth', 'total_depth', 'read_depth'],
  refCount: ['t_ref_count', 'ref_count', 'tumor_ref_count'],
  copyNumber: ['copy_number', 'cn', 'copies', 'copy_num', 'copynumber', 'gene_copy_number', 'absolute_copy_number', 'total_copy_number'],
};

/** Stop collecting after this many errors: the first ones are what a user fixes first. */
const MAX_ERRORS = 25;

/** A column header that says its values are percentages (`VAF %`, `vaf_percent`). */
const PERCENT_HEADER = /%|percent|pct/i;

/** Cell texts that mean "unknown" in variant files beyond the shared missing tokens (MAF writes `.`). */
const EXTRA_MISSING: ReadonlySet<string> = new Set(['.']);

interface Columns {
  index: Partial<Record<VariantField, number>>;
  header: Partial<Record<VariantField, string>>;
}

function findColumns(header: readonly string[]): Columns {
  const keys = header.map(headerKey);
  const index: Partial<Record<VariantField, number>> = {};
  const names: Partial<Record<VariantField, string>> = {};
  for (const field of Object.keys(ALIASES) as VariantField[]) {
    for (const alias of ALIASES[field]) {
      const i = keys.indexOf(alias);
      if (i !== -1) {
        index[field] = i;
        names[field] = header[i] ?? alias;
        break;
      }
    }
  }
  return { index, header: names };
}

/** Blank every line that starts with `#` (MAF `#version 2.4` headers), so row numbers stay those of the file. */
function blankComments(text: string): string {
  return text.split('\n').map((line) => (line.startsWith('#') ? '' : line)).join('\n');
}

export function readVariants(input: InputBytes): VariantFile {
  const file = input.name;
  const { text, encoding } = decodeText(file, input.bytes);
  const table = readTable(file, blankComments(text));
  const headerIndex = table.rows.findIndex((cells) => !isBlankRow(cells));
  if (headerIndex === -1) throw new InputError('variants-header-only', m.headerOnly(), { file }, m.headerOnlyHint());
  const header = table.rows[headerIndex]!;
  const headerRow = headerIndex + 1;
  const columns = findColumns(header);
  const missing = (['gene', 'sample'] as const).filter((f) => columns.index[f] === undefined);
  if (missing.length > 0) {
    throw new InputError('variants-missing-columns', m.missingColumns(missing.map((f) => (f === 'gene' ? 'the gene (Hugo_Symbol)' : 'the sample (Tumor_Sample_Barcode)'))), { file, row: headerRow }, m.missingColumnsHint());
  }
  if (columns.index.change === undefined && columns.index.copyNumber === undefined && columns.index.classification === undefined) {
    throw new InputError('variants-no-change-column', m.noChangeColumn(), { file, row: headerRow }, m.noChangeColumnHint());
  }
  const format = header.map(headerKey).includes('hugo_symbol') ? 'maf' : 'table';

  const dataRows: { row: number; cells: string[] }[] = [];
  for (let i = headerIndex + 1; i < table.rows.length; i++) {
    const cells = table.rows[i]!;
    if (!isBlankRow(cells)) dataRows.push({ row: i + 1, cells });
  }
  if (dataRows.length === 0) throw new InputError('variants-header-only', m.headerOnly(), { file, row: headerRow }, m.headerOnlyHint());

  const numeric = (['vaf', 'altCount', 'depth', 'refCount', 'copyNumber'] as const).filter((f) => columns.index[f] !== undefined);
  const decimal = decideDecimal(file, dataRows, numeric.map((f) => columns.index[f]!));
  const errors: InputError[] = [];
  const warnings: AnalysisWarning[] = [];
  const records: VariantRecord[] = [];
  const cell = (cells: readonly string[], field: VariantField): string => {
    const i = columns.index[field];
    return i === undefined ? '' : (cells[i] ?? '');
  };
  const vafIsPercent = columns.header.vaf !== undefined && PERCENT_HEADER.test(columns.header.vaf);

  for (const { row, cells } of dataRows) {
    if (errors.length >= MAX_ERRORS) break;
    const at = (field: VariantField) => ({ file, row, ...(columns.header[field] === undefined ? {} : { column: columns.header[field] }) });
    const number = (field: VariantField): number | null | undefined => {
      const text = cell(cells, field);
      if (EXTRA_MISSING.has(text)) return null;
      const parsed = parseNumberCell(text, decimal);
      if (parsed.kind === 'missing') return null;
      if (parsed.kind === 'number') {
        if (parsed.value < 0) {
          errors.push(new InputError('variants-negative', m.negative(columns.header[field] ?? field, parsed.value), at(field), m.negativeHint()));
          return undefined;
        }
        return parsed.value;
      }
      errors.push(new InputError('variants-not-a-number', m.notANumber(columns.header[field] ?? field, text), at(field), m.notANumberHint()));
      return undefined;
    };

    const geneText = cell(cells, 'gene');
    const sample = cell(cells, 'sample');
    if (geneText === '') errors.push(new InputError('variants-empty-cell', m.emptyCell('gene'), at('gene'), m.emptyGeneHint()));
    if (sample === '') errors.push(new InputError('variants-empty-cell', m.emptyCell('sample'), at('sample'), m.emptySampleHint()));

    let vaf = number('vaf');
    if (typeof vaf === 'number') {
      if (vafIsPercent) vaf /= 100;
      if (vaf > 1) {
        errors.push(new InputError('variants-vaf-range', m.vafOutOfRange(vaf), at('vaf'), m.vafOutOfRangeHint()));
        vaf = undefined;
      }
    }
    const altCount = number('altCount');
    const depth = number('depth');
    const refCount = number('refCount');
    const copyNumber = number('copyNumber');
    if (vaf === null && typeof altCount === 'number') {
      const total = typeof depth === 'number' ? depth : typeof refCount === 'number' ? altCount + refCount : null;
      if (total !== null && altCount > total) {
        errors.push(new InputError('variants-alt-above-depth', m.altAboveDepth(altCount, total), at('altCount'), m.altAboveDepthHint()));
      } else if (total !== null && total > 0) {
        vaf = altCount / total;
      }
    }
    if (geneText === '' || sample === '' || vaf === undefined || altCount === undefined || depth === undefined || refCount === undefined || copyNumber === undefined) continue;

    const changeText = cell(cells, 'change');
    const classification = cell(cells, 'classification');
    const amplified = AMPLIFICATION_WORDS.has(changeText.toLowerCase()) || AMPLIFICATION_WORDS.has(classification.toLowerCase());
    const change = readChange(changeText, classification, amplified);
    if (change.kind === 'unreadable') {
      warnings.push({ code: 'unreadable-protein-change', message: `${m.unreadableChange(changeText)} - ${m.unreadableChangeHint()}`, at: at('change') });
    }
    if (change.kind === 'none' && !amplified && copyNumber === null && classification === '') {
      warnings.push({ code: 'variant-without-change', message: m.noChange(), at: { file, row } });
      continue;
    }
    records.push({
      gene: canonicalGene(geneText), change, proteinChangeText: changeText === '' ? null : changeText,
      variantClassification: classification === '' ? null : classification, amplified, sample, vaf, copyNumber, at: { file, row },
    });
  }
  if (errors.length === 1) throw errors[0]!;
  if (errors.length > 1) throw new InputErrors(errors);
  return { file, sha256: sha256Hex(input.bytes), format, encoding, rows: dataRows.length, records, warnings };
}

function readChange(text: string, classification: string, amplified: boolean): ProteinChangeReading {
  if (amplified && AMPLIFICATION_WORDS.has(text.toLowerCase())) return { kind: 'none' };
  const reading = parseProteinChange(text);
  // Fusions are reported by some panels in the same table; they are not variants this stage classifies.
  if (reading.kind === 'unreadable' && (/fusion/i.test(text) || /fusion/i.test(classification))) return { kind: 'other-hgvs', text: reading.text };
  return reading;
}

function decideDecimal(file: string, rows: readonly { cells: string[] }[], indexes: readonly number[]): DecimalMark {
  return decideDecimalMark(rows.flatMap((r) => indexes.map((i) => r.cells[i] ?? '')), {
    file, mixed: (dot, comma) => new InputError('variants-mixed-decimals', m.mixedDecimals(dot, comma), { file }, m.mixedDecimalsHint()),
  }).mark;
}
