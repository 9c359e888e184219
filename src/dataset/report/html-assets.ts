/**
 * The static parts of the HTML report: its stylesheet, the script that sorts a table by the
 * column clicked, and the script that draws the charts from the embedded figures. Plain
 * strings inlined into the page, so it needs no file or network beside itself.
 */

export const STYLE = `
body { font: 14px/1.45 system-ui, "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; margin: 2rem auto; max-width: 1200px; padding: 0 1rem; color: #1d2330; }
h1 { font-size: 1.5rem; margin-bottom: .2rem; } h2 { font-size: 1.15rem; margin-top: 2.2rem; border-bottom: 1px solid #d5dae3; padding-bottom: .2rem; }
.meta { color: #5b6474; } .cards { display: flex; flex-wrap: wrap; gap: .8rem; margin: 1rem 0; }
.card { border: 1px solid #d5dae3; border-radius: 6px; padding: .5rem .9rem; min-width: 7rem; } .card b { display: block; font-size: 1.35rem; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(420px, 1fr)); gap: 1.5rem; } .chart { position: relative; height: 300px; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: 13px; }
th, td { border-bottom: 1px solid #e4e7ee; padding: .25rem .5rem; text-align: left; vertical-align: top; }
th { background: #f3f5f9; cursor: pointer; user-select: none; white-space: nowrap; } th[aria-sort="ascending"]::after { content: " ▲"; } th[aria-sort="descending"]::after { content: " ▼"; }
td.num { text-align: right; font-variant-numeric: tabular-nums; } .review { color: #b3261e; } .none { color: #5b6474; }
`;

/** Click a header: sort by it (numbers by data-sort value, else text in zh collation); click again: reverse. */
export const SORT_SCRIPT = `
document.querySelectorAll('table.sortable').forEach(function (table) {
  table.querySelectorAll('th').forEach(function (th, column) {
    th.addEventListener('click', function () {
      var ascending = th.getAttribute('aria-sort') !== 'ascending';
      table.querySelectorAll('th').forEach(function (h) { h.removeAttribute('aria-sort'); });
      var direction = ascending ? 'ascending' : 'descending';
      th.setAttribute('aria-sort', direction);
      var body = table.tBodies[0];
      var rows = Array.prototype.slice.call(body.rows);
      var key = function (row) { var cell = row.cells[column]; return cell.hasAttribute('data-sort') ? Number(cell.getAttribute('data-sort')) : cell.textContent; };
      rows.sort(function (a, b) {
        var x = key(a), y = key(b);
        var order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'zh');
        return ascending ? order : -order;
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
});
`;

/** Draws the two charts from the JSON in #report-data (Chart is the chart.js UMD global). */
export const CHART_SCRIPT = `
(function () {
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var colors = { '优': '#2e7d32', '良': '#1565c0', '中': '#f9a825', '差': '#c62828', 'none': '#9e9e9e' };
  new Chart(document.getElementById('execution-chart'), {
    type: 'bar',
    data: { labels: data.execution.labels, datasets: [{ label: 'tables', data: data.execution.counts, backgroundColor: '#1565c0' }] },
    options: { maintainAspectRatio: false, animation: false, plugins: { legend: { display: false } },
      scales: { x: { title: { display: true, text: 'execution rate, %' } }, y: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: 'tables' } } } }
  });
  new Chart(document.getElementById('grade-chart'), {
    type: 'bar',
    data: { labels: data.grades.departments, datasets: data.grades.series.map(function (s) { return { label: s.grade, data: s.counts, backgroundColor: colors[s.grade] }; }) },
    options: { maintainAspectRatio: false, animation: false, scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } }
  });
})();
`;
