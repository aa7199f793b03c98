"use client";

import { useEffect, useRef } from "react";
import type { ChartSpec } from "./chart-spec";
import { PREFERS_DARK, useMediaQuery } from "./use-media-query";

/**
 * A small chart: the canvas takes its height at once (nothing moves when the chart arrives),
 * chart.js is fetched after the page has loaded, and `summary` says in words what it shows.
 */
export function ChartCanvas({ spec, summary, height }: { spec: ChartSpec; summary: string; height: number }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const dark = useMediaQuery(PREFERS_DARK);

  useEffect(() => {
    let destroy: (() => void) | null = null;
    let cancelled = false;
    void import("./chart-render").then(({ drawChart }) => {
      if (cancelled || !canvas.current) return;
      const chart = drawChart(canvas.current, spec, dark);
      destroy = () => chart.destroy();
    });
    return () => {
      cancelled = true;
      destroy?.();
    };
  }, [spec, dark]);

  return (
    <div className="relative w-full min-w-0" style={{ height }}>
      <canvas ref={canvas} role="img" aria-label={summary} />
    </div>
  );
}
