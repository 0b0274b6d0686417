/** pdfkit's document class in Node (pdfkit reads the standard fonts' metrics from its own files). */
export { default as PDFDocument } from 'pdfkit';
