// Charts on the public statistics page /stats (Apache ECharts, vendored, canvas renderer).
// Progressive enhancement only: the table under each chart holds the same numbers and is the truth.
// Each chart is a <div class="stats-chart" data-chart-source="ID"> whose data is in
// <script type="application/json" id="ID">{ kind, unit, categories: [...], series: [{ name, data: [...] }] }</script>
// kind: "column" (years), "bar" (long Chinese names), "pie" (shares), "stacked" (columns stacked by series);
// unit: "wan" (万元) or "count" (个). No inline script, so the page works under a strict Content-Security-Policy.
(function () {
  'use strict';
  if (!window.echarts || !window.PlatformCharts) return;

  var reduceMotion = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  var palette = ['#b71c1c', '#1f4e8c', '#d98e04', '#1b7f3b', '#6a4c93', '#00838f', '#8d6e63', '#5f6b7a'];

  function formatValue(unit, value) {
    if (unit === 'wan') return Number(value).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }) + ' 万元';
    return Number(value).toLocaleString('zh-CN') + ' 个';
  }

  function height(data, width) {
    if (data.kind === 'bar') return Math.max(240, 70 + data.categories.length * data.series.length * 30);
    if (data.kind === 'pie') return width < 520 ? 300 : 320;
    return 300;
  }

  function options(data, width, font) {
    var narrow = width < 520;
    var unitName = data.unit === 'wan' ? '万元' : '个';
    var base = {
      animation: !reduceMotion,
      animationDuration: 400,
      textStyle: { fontFamily: font },
      color: palette,
      tooltip: {
        trigger: data.kind === 'pie' ? 'item' : 'axis',
        axisPointer: { type: 'shadow' },
        confine: true,
        valueFormatter: function (value) { return formatValue(data.unit, value); }
      }
    };
    if (data.kind === 'pie') {
      var items = data.categories.map(function (name, i) { return { name: name, value: data.series[0].data[i] }; });
      base.legend = { bottom: 0, left: 'center', itemWidth: 14, itemHeight: 10, textStyle: { fontFamily: font, fontSize: 13, color: '#1f2933' } };
      base.series = [{
        name: data.series[0].name, type: 'pie', radius: narrow ? ['38%', '72%'] : ['35%', '65%'], center: ['50%', '45%'],
        data: items,
        // On a phone the shares sit inside the ring (names are in the legend), so nothing is cut at the edges.
        label: narrow
          ? { position: 'inside', fontFamily: font, fontSize: 12, color: '#fff', formatter: '{d}%' }
          : { fontFamily: font, fontSize: 12, color: '#1f2933', formatter: '{b}\n{d}%' },
        labelLine: { show: !narrow },
        emphasis: { focus: 'self' }
      }];
      return base;
    }
    var horizontal = data.kind === 'bar';
    var categoryAxis = {
      type: 'category',
      data: data.categories,
      axisTick: { show: false },
      axisLine: { lineStyle: { color: '#aab4c0' } },
      axisLabel: horizontal
        ? { fontFamily: font, color: '#1f2933', fontSize: 12, width: narrow ? 110 : 200, overflow: 'truncate' }
        : { fontFamily: font, color: '#1f2933', fontSize: 12, interval: 0 }
    };
    var valueAxis = {
      type: 'value',
      name: unitName,
      nameTextStyle: { fontFamily: font, color: '#5f6b7a', fontSize: 12 },
      minInterval: data.unit === 'count' ? 1 : 0,
      axisLabel: { fontFamily: font, color: '#5f6b7a', fontSize: 12, hideOverlap: true },
      splitLine: { lineStyle: { color: '#e6e9ee' } }
    };
    if (horizontal) categoryAxis.inverse = true;
    var stacked = data.kind === 'stacked';
    base.legend = data.series.length > 1
      ? { top: 0, left: 'center', itemWidth: 14, itemHeight: 10, itemGap: 16, textStyle: { fontFamily: font, fontSize: 13, color: '#1f2933' } }
      : { show: false };
    base.grid = { left: 8, right: horizontal ? 36 : 16, top: data.series.length > 1 ? 40 : 30, bottom: 8, containLabel: true };
    base.xAxis = horizontal ? valueAxis : categoryAxis;
    base.yAxis = horizontal ? categoryAxis : valueAxis;
    base.series = data.series.map(function (s, i) {
      return {
        name: s.name, type: 'bar', data: s.data, barMaxWidth: horizontal ? 20 : 36,
        stack: stacked ? 'total' : undefined,
        itemStyle: { color: palette[stacked ? i + 1 : 0] },
        label: stacked ? { show: false } : {
          show: true, position: horizontal ? 'right' : 'top', fontFamily: font, fontSize: 11, color: '#1f2933',
          formatter: function (p) { return data.unit === 'wan' ? Number(p.value).toLocaleString('zh-CN', { maximumFractionDigits: 2 }) : p.value; }
        },
        emphasis: { focus: 'series' }
      };
    });
    return base;
  }

  window.PlatformCharts.mount({ selector: '.stats-chart[data-chart-source]', renderer: 'canvas', height: height, options: options });
})();
