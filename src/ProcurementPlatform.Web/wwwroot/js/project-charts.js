// Bar charts on the project supervision page (Apache ECharts, vendored).
// Progressive enhancement only: the tables next to each chart hold the same numbers.
// Each chart is a <div class="chart" data-chart-source="ID"> whose data is in
// <script type="application/json" id="ID">{ unit, categories: [...], series: [{ name, color, data: [...] }] }</script>
// (no inline script code, so the page works under a strict Content-Security-Policy).
(function () {
  'use strict';
  if (!window.echarts || !window.PlatformCharts) return;

  var reduceMotion = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

  function formatYuan(value) {
    return '¥' + Number(value).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  }

  function formatAxisYuan(value) {
    if (Math.abs(value) >= 10000) return (value / 10000).toLocaleString('zh-CN', { maximumFractionDigits: 1 }) + '万';
    return Number(value).toLocaleString('zh-CN');
  }

  // Horizontal bars: category names (often long Chinese phrases) read left to right, also on a phone.
  // ECharts measures labels itself, so it must know the page's (Chinese) font to lay them out without clipping.
  function options(data, width, font) {
    var money = data.unit === 'yuan';
    var narrow = width < 520;
    return {
      animation: !reduceMotion,
      textStyle: { fontFamily: font },
      color: data.series.map(function (s) { return s.color; }),
      legend: { top: 0, left: 'center', itemWidth: 14, itemHeight: 10, itemGap: 16, textStyle: { fontFamily: font, fontSize: 13, color: '#1f2933' } },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        confine: true,
        valueFormatter: function (value) { return money ? formatYuan(value) : Number(value).toLocaleString('zh-CN'); }
      },
      grid: { left: 8, right: 20, top: 36, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
      xAxis: {
        type: 'value',
        axisLabel: money
          ? { fontFamily: font, color: '#5f6b7a', fontSize: 12, hideOverlap: true, formatter: formatAxisYuan }
          : { fontFamily: font, color: '#5f6b7a', fontSize: 12, hideOverlap: true },
        minInterval: money ? 0 : 1,
        splitLine: { lineStyle: { color: '#e6e9ee' } }
      },
      yAxis: {
        type: 'category',
        inverse: true,
        data: data.categories,
        axisTick: { show: false },
        axisLine: { lineStyle: { color: '#aab4c0' } },
        axisLabel: { fontFamily: font, color: '#1f2933', fontSize: 12, width: narrow ? 96 : 180, overflow: 'truncate' }
      },
      series: data.series.map(function (s) {
        return { name: s.name, type: 'bar', data: s.data, barMaxWidth: 18, barGap: '20%', emphasis: { focus: 'series' } };
      })
    };
  }

  window.PlatformCharts.mount({
    selector: '.chart[data-chart-source]',
    renderer: 'svg',
    // ~280px; more room when there are many categories so bars stay readable.
    height: function (data) { return Math.max(280, 60 + data.categories.length * data.series.length * 22); },
    options: options
  });
})();
