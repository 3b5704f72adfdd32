// Logbook charts (Chart.js), fed by a JSON data block rendered by the server.
(function () {
  "use strict";

  function colours() {
    var dark = document.documentElement.getAttribute("data-bs-theme") !== "light";
    return {
      bar: dark ? "#6ea8fe" : "#0b5ed7",
      trend: dark ? "#ffb366" : "#b54708",
      text: dark ? "#dee2e6" : "#212529",
      grid: dark ? "rgba(222,226,230,0.15)" : "rgba(33,37,41,0.12)",
    };
  }

  function draw() {
    var node = document.getElementById("logbook-chart-data");
    if (!node || typeof window.Chart === "undefined") {
      return;
    }
    var data = JSON.parse(node.textContent);
    var c = colours();
    Chart.defaults.color = c.text;
    Chart.defaults.borderColor = c.grid;
    Chart.defaults.maintainAspectRatio = false;
    Chart.defaults.animation = false;
    // Episode counts: whole numbers from 0 (an all-zero chart would otherwise run
    // from -0.04 to 0.04, and a small one would show 0.5 steps).
    function count() {
      return { min: 0, suggestedMax: 1, ticks: { precision: 0 } };
    }
    var common = {
      responsive: true,
      plugins: { legend: { display: false } },
      scales: { y: count() },
    };
    var charts = [];

    charts.push(
      new Chart(document.getElementById("chart-per-night"), {
        data: {
          labels: data.perNight.labels,
          datasets: [
            { type: "bar", label: "Episodes", data: data.perNight.counts, backgroundColor: c.bar },
            {
              type: "line",
              label: "7-night average",
              data: data.perNight.trend,
              borderColor: c.trend,
              backgroundColor: c.trend,
              pointRadius: 0,
              borderWidth: 2,
              tension: 0.3,
            },
          ],
        },
        options: Object.assign({}, common, {
          plugins: { legend: { display: true } },
          scales: {
            x: { ticks: { maxTicksLimit: 8, maxRotation: 0 } },
            y: count(),
          },
        }),
      })
    );
    [
      ["chart-per-hour", data.perHour, "x"],
      ["chart-parts", data.bodyParts, "y"],
      ["chart-durations", data.durations, "x"],
    ].forEach(function (spec) {
      var canvas = document.getElementById(spec[0]);
      if (!canvas) {
        return;
      }
      var horizontal = spec[2] === "y";
      charts.push(
        new Chart(canvas, {
          type: "bar",
          data: {
            labels: spec[1].labels,
            datasets: [{ label: "Episodes", data: spec[1].counts, backgroundColor: c.bar }],
          },
          options: Object.assign({}, common, {
            indexAxis: spec[2],
            scales: horizontal
              ? { x: count(), y: { ticks: { autoSkip: false } } }
              : { y: count() },
          }),
        })
      );
    });
    document.documentElement.setAttribute("data-charts-ready", "true");

    // Redraw in the other theme's colours when the night theme is toggled.
    new MutationObserver(function () {
      var n = colours();
      charts.forEach(function (chart) {
        chart.options.color = n.text;
        chart.data.datasets.forEach(function (ds) {
          ds.backgroundColor = ds.type === "line" ? n.trend : n.bar;
          if (ds.type === "line") {
            ds.borderColor = n.trend;
          }
        });
        Object.values(chart.options.scales || {}).forEach(function (scale) {
          scale.ticks = Object.assign(scale.ticks || {}, { color: n.text });
          scale.grid = Object.assign(scale.grid || {}, { color: n.grid });
        });
        chart.update();
      });
    }).observe(document.documentElement, { attributes: true, attributeFilter: ["data-bs-theme"] });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", draw);
  } else {
    draw();
  }
})();
