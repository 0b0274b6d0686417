/**
 * A throwaway page drawn by the PDF worker while the main thread is still analysing: pdfkit, fontkit
 * (text shaped in both fonts) and svg-to-pdfkit run once, so that V8 has compiled them when
 * report.pdf is laid out, which then takes about half as long. Nothing of it is kept: each
 * document's bytes depend on its own content only (tests/report/pdf/pdfThread.test.ts).
 */
import SVGtoPDF from 'svg-to-pdfkit';
import { PDFDocument } from './pdfDocument.js';
import type { PdfFonts } from './reportPdf.js';

const SAMPLE_SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="60"><g transform="translate(10,10)"><path d="M0,0h10v10h-10Z" fill="#1B3F66"/><line x2="50" y2="5" stroke="#888" stroke-dasharray="4,3"/><text font-family="Helvetica, Arial, sans-serif" font-size="10px" font-weight="bold">KM12-LR −</text></g></svg>';

export async function warmUpPdf(fonts: PdfFonts | null): Promise<void> {
  const doc = new PDFDocument({ size: 'A4', compress: true });
  doc.on('data', () => undefined);
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });
  const [regular, bold] = fonts === null ? ['Helvetica', 'Helvetica-Bold'] : ['Sans', 'Sans-Bold'];
  if (fonts !== null) {
    doc.registerFont(regular, fonts.regular as unknown as Buffer);
    doc.registerFont(bold, fonts.bold as unknown as Buffer);
  }
  doc.font(bold).fontSize(15).text('KM12-LR vs KM12: MAPK bypass (strong)');
  doc.font(regular).fontSize(9).text('pERK stays at 75 % of vehicle while pTRK falls to 11 % (p = 0.0123; 95 % CI 0.61 to 0.92).', { continued: true });
  doc.font(bold).text(' Next:', { continued: true });
  doc.font(regular).text(' sequence KRAS, BRAF and MET.');
  SVGtoPDF(doc, SAMPLE_SVG, 50, doc.y, { width: 120, height: 60, fontCallback: (_family: string, isBold: boolean) => (isBold ? bold : regular) });
  doc.end();
  await ended;
}
