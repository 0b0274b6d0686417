/**
 * The one inline script of the page (besides the vega bundles): draws each chart with vega-embed
 * from its JSON spec block and, once drawn, removes the pre-rendered SVG it replaces. If the bundles
 * were stripped or a chart fails, the pre-rendered SVG stays: the page never depends on scripts.
 * `ast: true` makes vega interpret expressions instead of compiling them with `new Function`, so
 * the page's Content-Security-Policy needs no 'unsafe-eval'.
 */
import { reportMessages as m } from '../../messages/report.js';
import { jsonForScript } from './escapeHtml.js';

export function chartScript(): string {
  return `(function () {
  'use strict';
  if (typeof vegaEmbed !== 'function') return;
  var failed = ${jsonForScript(m.chartFailed())};
  var figures = document.querySelectorAll('figure[data-chart]');
  Array.prototype.forEach.call(figures, function (figure) {
    var name = figure.getAttribute('data-chart');
    var block = document.getElementById('spec-' + name);
    var live = figure.querySelector('.chart-live');
    var still = figure.querySelector('.chart-static');
    if (!block || !live) return;
    vegaEmbed(live, JSON.parse(block.textContent), { renderer: 'svg', actions: false, ast: true }).then(function () {
      if (still) still.parentNode.removeChild(still);
      figure.setAttribute('data-rendered', 'interactive');
    }, function () {
      live.textContent = failed;
      live.className += ' note';
      figure.setAttribute('data-rendered', 'static');
    });
  });
})();
`;
}
