/** pdfkit's standard-font data modules (used by pdfDocument.browser.ts); @types/pdfkit leaves them out. */
declare module 'pdfkit/standard-fonts/Helvetica' {
  const data: unknown;
  export default data;
}
declare module 'pdfkit/standard-fonts/HelveticaBold' {
  const data: unknown;
  export default data;
}
