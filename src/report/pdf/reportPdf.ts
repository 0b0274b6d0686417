/**
 * report.pdf: the result on one to three A4 pages for a lab notebook's inline preview (Benchling,
 * eLabFTW and LabArchives show PDFs, and strip scripts from HTML):
 *
 *   header (title, experiment, operator, date, tool) -> the answer per model (or, for a screen, the
 *   counts per mechanism) -> the key chart and the pathway map as vector graphics (the report's
 *   SVGs, drawn by svg-to-pdfkit) -> methods -> provenance (every input with its SHA-256)
 *
 * Text is real text (selectable, searchable) in Liberation Sans, embedded as a subset. The bytes are
 * a function of the results alone: the creation date and the file ID come from `generatedAt`.
 */
import { concatBytes } from '../../arrays.js';
import SVGtoPDF from 'svg-to-pdfkit';
import { paperMessages as pm } from '../../messages/paper.js';
import { reportMessages as m } from '../../messages/report.js';
import type { PdfResults } from './pdfResults.js';
import type { Verdict } from '../../rules/types.js';
import { PDFDocument } from './pdfDocument.js';

export interface PdfFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

export interface PdfFigure {
  title: string;
  svg: string;
}

export interface PdfInput {
  results: PdfResults;
  /** The report's key chart (the drug effect, or a screen's heat map); null when there is none. */
  keyChart: PdfFigure | null;
  pathway: PdfFigure;
  methods: string;
}

/** At most this many answer lines; a screen gets the counts per mechanism instead of a page per model. */
export const MAX_PDF_ANSWERS = 12;
/** At most this many input files listed; every one is in results.json. */
export const MAX_PDF_INPUTS = 20;

const MARGIN = 50;
const A4_HEIGHT = 841.89;
const WIDTH = 595.28 - 2 * MARGIN;
const BOTTOM = A4_HEIGHT - MARGIN;
/** The tallest a figure is drawn: two fit on a page below the header. */
const MAX_FIGURE_HEIGHT = 300;

/** Font names registered with pdfkit: embedded Liberation Sans, or the standard Helvetica when it is missing. */
interface FontNames {
  regular: string;
  bold: string;
}

export async function reportPdf(input: PdfInput, fonts: PdfFonts | null): Promise<Uint8Array> {
  const { results } = input;
  const date = new Date(results.generatedAt ?? 0);
  const title = results.experiment.title ?? m.pageTitle(results.design.models.map((x) => x.line));
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    lang: 'en',
    displayTitle: true,
    compress: true,
    info: {
      Title: title,
      Author: results.experiment.operator ?? '',
      Subject: pm.pdfSubject(results.experiment.id),
      Creator: `${results.tool.name} ${results.tool.version}`,
      Producer: `${results.tool.name} ${results.tool.version}`,
      CreationDate: date,
      ModDate: date,
    },
  });
  const chunks: Uint8Array[] = [];
  doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });
  const names = registerFonts(doc, fonts);

  header(doc, names, title, results);
  answers(doc, names, results);
  for (const figure of [input.keyChart, input.pathway]) if (figure) drawFigure(doc, names, figure);
  heading(doc, names, m.sectionMethods());
  doc.font(names.regular).fontSize(8.5).text(input.methods, { align: 'left' });
  provenance(doc, names, results);
  doc.end();
  await ended;
  return concatBytes(chunks);
}

function registerFonts(doc: PDFKit.PDFDocument, fonts: PdfFonts | null): FontNames {
  if (fonts === null) return { regular: 'Helvetica', bold: 'Helvetica-Bold' };
  doc.registerFont('Sans', fonts.regular as unknown as Buffer);
  doc.registerFont('Sans-Bold', fonts.bold as unknown as Buffer);
  return { regular: 'Sans', bold: 'Sans-Bold' };
}

function header(doc: PDFKit.PDFDocument, f: FontNames, title: string, results: PdfResults): void {
  doc.font(f.bold).fontSize(15).text(title);
  doc.moveDown(0.2);
  doc.font(f.regular).fontSize(9).text(pm.experimentLine(results.experiment, results.generatedAt));
  doc.text(m.pageSubtitle(results.tool.version, results.inputs.length, results.design.targets.length, results.design.replicates.length));
}

function heading(doc: PDFKit.PDFDocument, f: FontNames, text: string, room = 40): void {
  if (doc.y + room > BOTTOM) doc.addPage();
  doc.moveDown(0.8);
  doc.font(f.bold).fontSize(11).text(capitalise(text));
  doc.moveDown(0.2);
}

function answers(doc: PDFKit.PDFDocument, f: FontNames, results: PdfResults): void {
  heading(doc, f, m.sectionAnswer());
  if (results.verdicts.length === 0) {
    doc.font(f.regular).fontSize(9).text(m.noVerdict());
    return;
  }
  if (results.verdicts.length > MAX_PDF_ANSWERS) {
    doc.font(f.regular).fontSize(9).text(pm.pdfScreenOverview(results.verdicts.length, new Set(results.verdicts.map((v) => v.line)).size));
    for (const [mechanism, count] of countBy(results.verdicts, (v) => m.mechanismLabel(v.mechanism) ?? v.mechanism)) {
      doc.text(pm.pdfScreenCount(mechanism, count), { indent: 12 });
    }
    doc.text(pm.pdfScreenWhere());
    return;
  }
  for (const v of results.verdicts) {
    const who = m.verdictHeading(v.line, v.versus, m.conditionLabel(v.treatment, v.dose_nM, v.time_h));
    const call = m.answerCall(m.mechanismLabel(v.mechanism) ?? v.mechanism, v.drivers, v.mechanism === 'inconclusive' || v.mechanism === 'assay-invalid');
    const next = v.nextSteps[0];
    doc.font(f.regular).fontSize(9).text(`${who}: `, { continued: true });
    doc.font(f.bold).text(call, { continued: true });
    doc.font(f.regular).text(` ${m.answerConfidence(v.confidence, v.replicates ?? null)}${next ? m.answerNext(next) : ''}`);
    doc.moveDown(0.3);
  }
}

function drawFigure(doc: PDFKit.PDFDocument, f: FontNames, figure: PdfFigure): void {
  const size = svgSize(figure.svg);
  const scale = Math.min(WIDTH / size.width, MAX_FIGURE_HEIGHT / size.height);
  const height = size.height * scale;
  heading(doc, f, figure.title, height + 30);
  SVGtoPDF(doc, figure.svg, MARGIN, doc.y, {
    width: size.width * scale,
    height,
    preserveAspectRatio: 'xMinYMin meet',
    fontCallback: (_family, bold) => (bold ? f.bold : f.regular),
  });
  doc.y += height;
  doc.x = MARGIN;
}

function provenance(doc: PDFKit.PDFDocument, f: FontNames, results: PdfResults): void {
  heading(doc, f, m.sectionProvenance());
  doc.font(f.regular).fontSize(8.5);
  doc.text(`${m.provenanceTool()}: ${results.tool.name} ${results.tool.version}; results.json schema ${results.schemaVersion}`);
  doc.text(`${m.provenanceRules()}: ${m.provenanceRuleSet(results.rules.name, results.rules.version, results.rules.source, results.rules.precedence)}`);
  doc.moveDown(0.3);
  doc.font(f.bold).text(capitalise(m.provenanceInputs()));
  doc.font(f.regular);
  for (const input of results.inputs.slice(0, MAX_PDF_INPUTS)) doc.text(pm.pdfInputLine(input.file, input.sha256, input.rows));
  if (results.inputs.length > MAX_PDF_INPUTS) doc.text(pm.pdfMoreInputs(results.inputs.length - MAX_PDF_INPUTS));
}

/** The drawing size of an SVG from its width and height attributes (the report's charts all carry them). */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const width = Number(/\bwidth="([\d.]+)"/.exec(root)?.[1]);
  const height = Number(/\bheight="([\d.]+)"/.exec(root)?.[1]);
  return Number.isFinite(width) && Number.isFinite(height) && width > 0 && height > 0 ? { width, height } : { width: WIDTH, height: MAX_FIGURE_HEIGHT };
}

function countBy(verdicts: readonly Verdict[], key: (v: Verdict) => string): [string, number][] {
  const counts = new Map<string, number>();
  for (const v of verdicts) counts.set(key(v), (counts.get(key(v)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

