/* Charts for the parks warehouse, drawn with the vendored Chart.js (static/vendor/), no network.
   Each chart reads its data from a <script type="application/json"> block the page embeds. */
(function () {
  "use strict";
  var PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
                 "#bcbd22", "#17becf"];
  var MONEY = {CNY: "亿元 (100M CNY)", USD: "亿美元 (100M USD)", TWD: "亿新台币 (100M TWD)"};

  /* One colour per park on every chart of the site: picked from the park's name, not from its
     position in a chart's legend, which differs between the bar chart and the timeline. */
  function colourOf(name) {
    var hash = 5381;
    for (var i = 0; i < name.length; i++) { hash = ((hash * 33) ^ name.charCodeAt(i)) >>> 0; }
    return PALETTE[hash % PALETTE.length];
  }

  function readJson(id) {
    var el = document.getElementById(id);
    return el ? JSON.parse(el.textContent) : null;
  }

  function caption(canvas, text) {
    var p = document.createElement("p");
    p.className = "chart-caption";
    p.textContent = text;
    canvas.parentNode.insertAdjacentElement("afterend", p);
    return p;
  }

  /* Money is shown in 亿 (1e8) so axes read like the articles; other units as they are. */
  function scaled(value, unit) { return MONEY[unit] ? value / 1e8 : value; }
  function unitLabel(unit) { return MONEY[unit] || unit; }

  function investmentChart() {
    var canvas = document.getElementById("investment-chart");
    var data = readJson("investment-data");
    if (!canvas || !data) { return; }
    new Chart(canvas, {
      type: "bar",
      data: {
        labels: data.labels,
        datasets: data.datasets.map(function (d, i) {
          return {label: d.label, data: d.data, backgroundColor: colourOf(d.label)};
        })
      },
      options: {
        responsive: true, maintainAspectRatio: false, animation: false,
        scales: {y: {beginAtZero: true, title: {display: true, text: "亿元 (100M CNY)"}},
                 x: {title: {display: true, text: "year · 年份"}}},
        plugins: {title: {display: true, text: "Sum of reported " + data.measure_label + " per park per year · 各园区年度合计"}}
      }
    });
    canvas.dataset.rendered = "1";
    caption(canvas, "Chart: " + data.datasets.length + " park(s) over " + data.labels.length + " year(s) · " +
            data.datasets.length + " 个园区");
  }

  function undatedNote(n) {
    return n ? "; " + n + " undated figure(s) not drawn · " + n + " 个无日期数据未绘出" : "";
  }

  function day(ms) { return new Date(ms).toISOString().slice(0, 10); }

  /* One point series per dataset of {x: ISO date, y, quote, unit} on a linear time axis (milliseconds,
     labelled as dates), so gaps between reports keep their real length without a date adapter. */
  function timeChart(canvas, datasets, unit, title) {
    return new Chart(canvas, {
      type: "scatter",
      data: {
        datasets: datasets.map(function (d, i) {
          var points = d.points.map(function (p) {
            return {x: Date.parse(p.x), y: scaled(p.y, p.unit || unit), quote: p.quote, reports: p.reports};
          }).sort(function (a, b) { return a.x - b.x; });
          var colour = d.colour || colourOf(d.label);
          return {label: d.label, data: points, showLine: false, pointRadius: 5,
                  borderColor: colour, backgroundColor: colour};
        })
      },
      options: {
        responsive: true, maintainAspectRatio: false, animation: false,
        scales: {
          y: {title: {display: true, text: unitLabel(unit)}},
          x: {type: "linear", title: {display: true, text: "date · 日期"},
              ticks: {callback: function (value) { return day(value); }, maxTicksLimit: 8}}
        },
        plugins: {
          title: {display: true, text: title},
          tooltip: {callbacks: {
            title: function (items) { return items.length ? day(items[0].raw.x) : ""; },
            afterLabel: function (ctx) {
              return (ctx.raw.quote || "") + (ctx.raw.reports > 1 ? " (" + ctx.raw.reports + " reports)" : "");
            }
          }}
        }
      }
    });
  }

  function timelineChart() {
    var canvas = document.getElementById("timeline-chart");
    var data = readJson("timeline-data");
    if (!canvas || !data) { return; }
    var unit = (data.datasets[0] && data.datasets[0].points[0] && data.datasets[0].points[0].unit) || "";
    timeChart(canvas, data.datasets, unit, "Timeline per park · 各园区时间线");
    canvas.dataset.rendered = "1";
    var points = data.datasets.reduce(function (n, d) { return n + d.points.length; }, 0);
    caption(canvas, "Chart: " + points + " figure(s) for " + data.datasets.length + " park(s) · " + points + " 个数据点" +
            undatedNote(data.undated));
  }

  function parkTimeline() {
    var canvas = document.getElementById("park-timeline");
    var data = readJson("park-timeline-data");
    var select = document.getElementById("timeline-measure");
    if (!canvas || !data || !data.series.length) { return; }
    var chart = null;
    var text = caption(canvas, "");
    function draw(index) {
      var s = data.series[index];
      if (chart) { chart.destroy(); }
      chart = timeChart(canvas, [{label: s.label + " " + s.label_zh, points: s.points}], s.unit,
                        s.label + " · " + s.label_zh);
      canvas.dataset.rendered = "1";
      var shown = s.points.length < s.total ? " (latest " + s.points.length + " of " + s.total + ")" : "";
      text.textContent = "Chart: " + s.points.length + " figure(s) of " + s.label + shown + " · " + s.points.length +
                         " 个数据点" + undatedNote(s.undated);
    }
    if (select) { select.addEventListener("change", function () { draw(Number(select.value)); }); }
    draw(0);
  }

  function start() {
    if (typeof Chart === "undefined") { return; }
    investmentChart();
    timelineChart();
    parkTimeline();
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
})();
