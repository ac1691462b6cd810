// Report dashboards: draws each <canvas data-chart="..."> from the JSON in its data-chart-data
// attribute with Chart.js (served from its webjar). Without JavaScript the page still shows every
// figure as text and tables.
(function () {
  'use strict';

  if (typeof window.Chart === 'undefined') {
    return;
  }
  var styles = getComputedStyle(document.documentElement);
  var primary = styles.getPropertyValue('--primary').trim() || '#0b5cad';
  var success = styles.getPropertyValue('--success').trim() || '#1a7f37';
  var warning = styles.getPropertyValue('--warning').trim() || '#7d5200';
  var muted = styles.getPropertyValue('--muted').trim() || '#57606a';
  window.Chart.defaults.color = muted;
  window.Chart.defaults.maintainAspectRatio = false;

  var builders = {
    trend: function (data) {
      return {
        type: 'bar',
        data: {
          labels: data.labels,
          datasets: [
            { label: data.names.created, data: data.created, backgroundColor: primary, yAxisID: 'count' },
            { label: data.names.solved, data: data.solved, backgroundColor: success, yAxisID: 'count' },
            { label: data.names.firstResponseHours, data: data.firstResponseHours, type: 'line',
              borderColor: warning, backgroundColor: warning, yAxisID: 'hours', spanGaps: true }
          ]
        },
        options: {
          interaction: { mode: 'index', intersect: false },
          scales: {
            count: { type: 'linear', position: 'left', beginAtZero: true, ticks: { precision: 0 } },
            hours: { type: 'linear', position: 'right', beginAtZero: true, grid: { drawOnChartArea: false } }
          }
        }
      };
    },
    backlog: function (data) {
      return {
        type: 'bar',
        data: { labels: data.labels, datasets: [{ label: data.names.open, data: data.open, backgroundColor: primary }] },
        options: { plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }
      };
    }
  };

  document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
    var build = builders[canvas.getAttribute('data-chart')];
    if (!build) {
      return;
    }
    try {
      new window.Chart(canvas, build(JSON.parse(canvas.getAttribute('data-chart-data'))));
    } catch (e) {
      canvas.setAttribute('hidden', '');
    }
  });
}());
