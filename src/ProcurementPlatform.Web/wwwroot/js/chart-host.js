// Shared hosting for the platform's ECharts figures (project supervision page, public statistics page).
// Each chart is an element with data-chart-source="ID" whose data is in <script type="application/json" id="ID">
// (no inline script code, so pages work under a strict Content-Security-Policy). A page's own script supplies how
// tall a chart is and its options; this reads the data, hides charts with nothing to show, draws the rest in the
// page's (Chinese) font, redraws when the width crosses the phone breakpoint, and resizes for printing.
(function () {
  'use strict';

  var NARROW = 520;

  function readData(element) {
    var source = document.getElementById(element.getAttribute('data-chart-source'));
    if (!source) return null;
    try {
      return JSON.parse(source.textContent);
    } catch (e) {
      return null;
    }
  }

  // settings: { selector, renderer, height(data, width), options(data, width, font) }
  function mount(settings) {
    if (!window.echarts) return [];
    var charts = [];
    document.querySelectorAll(settings.selector).forEach(function (element) {
      var data = readData(element);
      if (!data || !data.categories || data.categories.length === 0) {
        element.hidden = true;
        return;
      }
      element.style.height = settings.height(data, element.clientWidth) + 'px';
      var font = window.getComputedStyle(element).fontFamily || 'sans-serif';
      var chart = window.echarts.init(element, null, { renderer: settings.renderer });
      chart.setOption(settings.options(data, element.clientWidth, font));
      charts.push({ chart: chart, data: data, element: element, font: font, narrow: element.clientWidth < NARROW });
    });
    if (charts.length === 0) return charts;

    var pending = null;
    window.addEventListener('resize', function () {
      if (pending) window.clearTimeout(pending);
      pending = window.setTimeout(function () {
        pending = null;
        charts.forEach(function (c) {
          var narrow = c.element.clientWidth < NARROW;
          if (narrow !== c.narrow) {
            c.narrow = narrow;
            c.element.style.height = settings.height(c.data, c.element.clientWidth) + 'px';
            c.chart.setOption(settings.options(c.data, c.element.clientWidth, c.font), true);
          }
          c.chart.resize();
        });
      }, 150);
    });
    // Printing: re-render at the printed width so charts are not cut off.
    window.addEventListener('beforeprint', function () { charts.forEach(function (c) { c.chart.resize(); }); });
    return charts;
  }

  window.PlatformCharts = { mount: mount, narrowWidth: NARROW };
})();
