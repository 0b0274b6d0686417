/**
 * The one inline script of the page (besides the vega bundles): sorts a `table.sortable` by the
 * column whose heading button is clicked (numbers by their `data-sort` value, blanks last; a second
 * click reverses), inflates the packed vega builds and runs them, and draws each chart with vega-embed
 * from its packed spec block and, once drawn, removes the pre-rendered SVG it replaces. If the bundles
 * were stripped, the browser has no DecompressionStream, or a chart fails, the pre-rendered SVG
 * stays: the page never depends on scripts.
 * `ast: true` makes vega interpret expressions instead of compiling them with `new Function`, so
 * the page's Content-Security-Policy needs no 'unsafe-eval'.
 */
import { reportMessages as m } from '../../messages/report.js';
import { jsonForScript } from './escapeHtml.js';

export function chartScript(): string {
  return `(function () {
  'use strict';
  Array.prototype.forEach.call(document.querySelectorAll('table.sortable'), function (table) {
    var head = table.tHead && table.tHead.rows[0];
    var body = table.tBodies[0];
    if (!head || !body) return;
    Array.prototype.forEach.call(head.cells, function (th, column) {
      var button = th.querySelector('button.sort');
      if (!button) return;
      button.addEventListener('click', function () {
        var numeric = th.getAttribute('data-sort-type') === 'number';
        var direction = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
        Array.prototype.forEach.call(head.cells, function (cell) { cell.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', direction === 1 ? 'ascending' : 'descending');
        var key = function (row) {
          var cell = row.cells[column];
          return numeric ? cell.getAttribute('data-sort') : cell.textContent;
        };
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = key(a);
          var y = key(b);
          if (numeric && (x === '' || y === '')) return x === y ? 0 : x === '' ? 1 : -1;
          return direction * (numeric ? Number(x) - Number(y) : x.localeCompare(y, 'en', { numeric: true }));
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  });
  // The vega builds and the chart specs are packed (packedText.ts): inflate them, run the builds in
  // order (the policy allows each by its text's hash), then draw each chart from its spec.
  if (typeof DecompressionStream !== 'function' || typeof Response !== 'function') return;
  var unpack = function (block) {
    var binary = atob(block.textContent);
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate'))).text();
  };
  var builds = Array.prototype.map.call(document.querySelectorAll('script[data-bundle]'), unpack);
  Promise.all(builds).then(function (codes) {
    codes.forEach(function (code) {
      var script = document.createElement('script');
      script.textContent = code;
      document.body.appendChild(script);
    });
    if (typeof vegaEmbed !== 'function') return;
    var failed = ${jsonForScript(m.chartFailed())};
    var figures = document.querySelectorAll('figure[data-chart]');
    Array.prototype.forEach.call(figures, function (figure) {
      var name = figure.getAttribute('data-chart');
      var block = document.getElementById('spec-' + name);
      var live = figure.querySelector('.chart-live');
      var still = figure.querySelector('.chart-static');
      if (!block || !live) return;
      unpack(block).then(function (text) {
        return vegaEmbed(live, JSON.parse(text), { renderer: 'svg', actions: false, ast: true });
      }).then(function () {
        if (still) still.parentNode.removeChild(still);
        figure.setAttribute('data-rendered', 'interactive');
      }, function () {
        live.textContent = failed;
        live.className += ' note';
        figure.setAttribute('data-rendered', 'static');
      });
    });
  }, function () {});
})();
`;
}
