"use client";

import { useEffect, useRef } from "react";
import type { ChartSpec } from "./chart-spec";
import { PREFERS_DARK, useMediaQuery } from "./use-media-query";

/**
 * A small chart: the canvas takes its height at once (nothing moves when the chart arrives),
 * chart.js is fetched and the chart drawn only as it nears the screen (a phone may never scroll
 * that far), and `summary` says in words what it shows.
 */
export function ChartCanvas({ spec, summary, height }: { spec: ChartSpec; summary: string; height: number }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const dark = useMediaQuery(PREFERS_DARK);

  useEffect(() => {
    const element = canvas.current;
    if (!element) return;
    let destroy: (() => void) | null = null;
    let cancelled = false;
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        void import("./chart-render").then(({ drawChart }) => {
          if (cancelled) return;
          const chart = drawChart(element, spec, dark);
          destroy = () => chart.destroy();
        });
      },
      { rootMargin: "300px 0px" },
    );
    observer.observe(element);
    return () => {
      cancelled = true;
      observer.disconnect();
      destroy?.();
    };
  }, [spec, dark]);

  return (
    <div className="relative w-full min-w-0" style={{ height }}>
      <canvas ref={canvas} role="img" aria-label={summary} />
    </div>
  );
}
