// What a chart shows, described without chart.js, so server components can build it and the
// library is loaded only in the browser (chart-render.ts).

export type ChartSpec =
  | {
      kind: "bars";
      direction: "horizontal" | "vertical";
      labels: string[];
      values: number[];
      /** What one bar counts, for the tooltip: "contacts". */
      valueName: string;
    }
  | {
      kind: "lines";
      labels: string[];
      series: { name: string; values: (number | null)[]; scale: "count" | "percent" }[];
    };

/** "Technology 4, Finance 2": the chart as a sentence for screen readers. */
export function describeBars(labels: readonly string[], values: readonly number[], valueName: string): string {
  return labels.map((label, index) => `${label}: ${(values[index] ?? 0).toLocaleString("en")} ${valueName}`).join("; ");
}
