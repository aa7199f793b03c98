// chart.js, registered with only the pieces these charts use; imported on demand by ChartCanvas.
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip, type ChartConfiguration } from "chart.js";
import type { ChartSpec } from "./chart-spec";

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Legend, Tooltip);

const SERIES_COLOURS = ["#2f8f6f", "#e69f00", "#0072b2"];

function themed(dark: boolean) {
  return { text: dark ? "#d6d3d1" : "#57534e", grid: dark ? "#292524" : "#e7e5e4", bar: dark ? "#5fbe9b" : "#2f8f6f" };
}

function configuration(spec: ChartSpec, dark: boolean, animate: boolean): ChartConfiguration<"bar" | "line", (number | null)[], string> {
  const colours = themed(dark);
  const axis = { ticks: { color: colours.text, precision: 0 }, grid: { color: colours.grid }, border: { color: colours.grid } };
  const common = { responsive: true, maintainAspectRatio: false, animation: animate ? undefined : (false as const) };
  if (spec.kind === "bars") {
    const horizontal = spec.direction === "horizontal";
    return {
      type: "bar",
      data: { labels: spec.labels, datasets: [{ label: spec.valueName, data: spec.values, backgroundColor: colours.bar, borderRadius: 4, maxBarThickness: 28 }] },
      options: {
        ...common,
        indexAxis: horizontal ? "y" : "x",
        plugins: { legend: { display: false }, tooltip: { callbacks: { label: (item) => `${item.formattedValue} ${spec.valueName}` } } },
        scales: { x: { ...axis, beginAtZero: true }, y: { ...axis, beginAtZero: true } },
      },
    };
  }
  const hasPercent = spec.series.some((series) => series.scale === "percent");
  return {
    type: "line",
    data: {
      labels: spec.labels,
      datasets: spec.series.map((series, index) => ({
        label: series.scale === "percent" ? `${series.name} (%)` : series.name,
        data: series.values,
        yAxisID: series.scale,
        borderColor: SERIES_COLOURS[index % SERIES_COLOURS.length],
        backgroundColor: SERIES_COLOURS[index % SERIES_COLOURS.length],
        pointRadius: 3,
        spanGaps: true,
      })),
    },
    options: {
      ...common,
      interaction: { mode: "index", intersect: false },
      plugins: { legend: { labels: { color: colours.text, boxWidth: 12 } } },
      scales: {
        // Offset: a single month sits in the middle rather than on the left edge.
        x: { ...axis, offset: true },
        count: { ...axis, position: "left", beginAtZero: true },
        ...(hasPercent ? { percent: { ...axis, position: "right" as const, beginAtZero: true, max: 100, grid: { display: false } } } : {}),
      },
    },
  };
}

/** Draws the chart on the canvas; destroy it before drawing another there. */
export function drawChart(canvas: HTMLCanvasElement, spec: ChartSpec, dark: boolean): Chart<"bar" | "line", (number | null)[], string> {
  const animate = !window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  return new Chart(canvas, configuration(spec, dark, animate));
}
