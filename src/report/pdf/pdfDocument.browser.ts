/**
 * pdfkit's document class in the browser: pdfkit's browser build cannot read its standard fonts'
 * metrics from disk, so Helvetica (the document's initial font, and the PDF's font when no
 * Liberation Sans is embedded) is registered from pdfkit's own data modules.
 */
import * as pdfkit from 'pdfkit';
import Helvetica from 'pdfkit/standard-fonts/Helvetica';
import HelveticaBold from 'pdfkit/standard-fonts/HelveticaBold';

// The browser build exports registerStdFonts; @types/pdfkit describes the Node build, which has none.
const browserBuild = pdfkit as unknown as { default: typeof import('pdfkit'); registerStdFonts: (...fonts: unknown[]) => void };
browserBuild.registerStdFonts(Helvetica, HelveticaBold);

export const PDFDocument = browserBuild.default;
