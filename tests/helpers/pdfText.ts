/** A PDF read back with pdfjs-dist (Mozilla's PDF reader): its page count and the text of each page. */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfRead {
  pages: number;
  /** The text of each page, its items joined by spaces. */
  text: string[];
}

export async function readPdf(bytes: Uint8Array): Promise<PdfRead> {
  // pdfjs takes ownership of the buffer it is given: hand it a copy.
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const text: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    text.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' ').replace(/\s+/g, ' '));
  }
  await doc.destroy();
  return { pages: doc.numPages, text };
}
