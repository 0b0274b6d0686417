/** The report's stylesheet: readable on screen, and on A4 paper when printed. */
export const PAGE_STYLES = `
:root { --ink: #1a1a1a; --muted: #555; --rule: #d0d0d0; }
* { box-sizing: border-box; }
body { font: 14px/1.45 Helvetica, Arial, sans-serif; color: var(--ink); max-width: 980px; margin: 0 auto; padding: 24px; background: #fff; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 18px; border-bottom: 1px solid var(--rule); padding-bottom: 4px; margin: 32px 0 12px; }
h3 { font-size: 15px; margin: 18px 0 6px; }
h4 { font-size: 13px; margin: 12px 0 4px; }
.subtitle, .stamp { color: var(--muted); margin: 0; }
nav.toc ol { columns: 3 13em; font-size: 13px; padding-left: 20px; }
nav.toc a { display: inline-block; min-height: 24px; padding: 3px 0; }
ul.answers { list-style: none; padding-left: 0; margin: 8px 0 4px; }
li.answer { font-size: 18px; line-height: 1.4; margin: 6px 0; padding: 6px 12px; border-left: 6px solid #555; background: #f7f7f7; }
li.answer .who { color: var(--muted); font-size: 14px; display: block; }
li.answer .next { display: block; font-size: 14px; margin-top: 2px; }
li.answer .follow-up { display: block; font-size: 14px; margin-top: 2px; }
.verdict { border: 1px solid var(--rule); border-left: 6px solid #555; padding: 6px 16px 10px; margin: 12px 0; }
.verdict .summary { font-size: 15px; font-weight: bold; }
.no-verdict { border: 1px dashed #767676; padding: 10px 16px; color: var(--muted); }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 14px; margin: 8px 0; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; }
ul.evidence { list-style: none; padding-left: 0; }
ul.evidence li { margin: 3px 0; }
.badge { display: inline-block; min-width: 7.5em; font-size: 11px; padding: 0 4px; border: 1px solid #333; border-radius: 3px; text-align: center; }
.outcome-fired .badge { background: #333; color: #fff; }
.outcome-not-evaluable .badge { color: #595959; border-color: #767676; border-style: dashed; }
.concordance { padding: 4px 8px; background: #f4f4f4; }
.swatch { display: inline-block; width: 0.8em; height: 0.8em; margin-right: 0.4em; border-radius: 2px; }
figure.chart, figure.pathway { margin: 12px 0 20px; }
.chart-description { max-width: 60em; margin: 2px 0 6px; }
/* A chart keeps the size its text was drawn at: wider than the window, it scrolls in its (focusable) box. */
.chart-scroll { overflow-x: auto; max-width: 100%; }
.chart-static svg, .chart-live svg { display: block; max-width: none; }
.chart-scroll:focus-visible, .table-wrap:focus-visible { outline: 2px solid #0072B2; outline-offset: 2px; }
.caption { font-size: 12px; color: var(--muted); max-width: 60em; margin: 4px 0; }
.note { font-size: 12px; color: #8a4b00; margin: 4px 0; }
.table-wrap { overflow-x: auto; margin: 6px 0; }
table { border-collapse: collapse; font-size: 12px; font-variant-numeric: tabular-nums; }
th, td { border-bottom: 1px solid #e3e3e3; padding: 2px 6px; text-align: left; vertical-align: top; }
th { border-bottom: 1px solid #888; font-weight: 600; }
button.sort { all: unset; cursor: pointer; font-weight: 600; }
button.sort:focus-visible { outline: 2px solid #0072B2; }
th:not([aria-sort]) button.sort::after { content: " \\21C5" / ""; font-size: 10px; color: var(--muted); }
th[aria-sort="ascending"] button.sort::after { content: " \\25B2"; font-size: 9px; }
th[aria-sort="descending"] button.sort::after { content: " \\25BC"; font-size: 9px; }
td.num, th.num { text-align: right; }
td.num, td.nowrap { white-space: nowrap; }
table.inputs td:nth-child(2) { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 11px; word-break: break-all; }
.methods { border: 1px solid var(--rule); background: #fafafa; padding: 12px 14px; font-family: Georgia, 'Times New Roman', serif; font-size: 14px; }
@media (max-width: 600px) {
  body { padding: 12px; }
  nav.toc ol { columns: 1; }
  li.answer { font-size: 16px; }
  dl.facts { grid-template-columns: 1fr; }
}
@page { size: A4; margin: 15mm 12mm; }
@media print {
  body { font-size: 9.5pt; max-width: none; padding: 0; }
  nav.toc { display: none; }
  h2 { font-size: 13pt; margin-top: 16pt; }
  h2, h3, h4 { break-after: avoid; }
  /* A verdict may run on to the next page: kept whole it left pages half empty. */
  figure.chart, tr, dl.facts, ul.evidence li { break-inside: avoid; }
  .table-wrap, .chart-scroll { overflow: visible; }
  .chart-static svg, .chart-live svg, figure.pathway svg { max-width: 100%; max-height: 105mm; width: auto; height: auto; }
  table { font-size: 7pt; width: 100%; }
  td.num { white-space: normal; }
  thead { display: table-header-group; }
  .caption, .note { font-size: 8pt; }
  .methods { font-size: 10pt; }
  #vg-tooltip-element { display: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
