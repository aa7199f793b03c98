"use client";

import { useId, useState } from "react";
import { buttonClass } from "@/app/_components/ui";
import type { StrengthBreakdown } from "@/server/ties/compute";

const percent = (weight: number) => `${Math.round(weight * 1000) / 10}%`;

/** "Why is this 72?": a disclosure with each component's value, score, weight and points. */
export function TieBreakdown({ strength, breakdown }: { strength: number; breakdown: StrengthBreakdown }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const total = breakdown.components.reduce((sum, component) => sum + component.points, 0);
  const renormalised = breakdown.leftOut.length > 0;

  return (
    <div className="mt-3">
      <button type="button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((current) => !current)} className={buttonClass("secondary", "px-3")}>
        <span aria-hidden="true" className={`inline-block transition-transform ${open ? "rotate-90" : ""}`}>
          ▸
        </span>
        Why is this {strength}?
      </button>
      <div id={panelId} hidden={!open} className="mt-3">
        <p className="text-sm text-stone-600 dark:text-stone-400">
          Each part is scored from 0 to 1, then weighted; the points add up to the strength.
          {breakdown.note && <> {breakdown.note}</>}
        </p>
        <table className="mt-2 w-full table-fixed text-left text-sm">
          <caption className="sr-only">How the tie strength of {strength} is made up</caption>
          <thead className="text-xs uppercase tracking-wide text-stone-500 dark:text-stone-400">
            <tr>
              <th scope="col" className="py-1.5 pr-2 font-medium">
                Part
              </th>
              <th scope="col" className="w-12 py-1.5 pr-2 text-right font-medium">
                Score
              </th>
              <th scope="col" className={`${renormalised ? "w-24" : "w-14"} py-1.5 pr-2 text-right font-medium`}>
                Weight
              </th>
              <th scope="col" className="w-14 py-1.5 text-right font-medium">
                Points
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-100 dark:divide-stone-800">
            {breakdown.components.map((component) => (
              <tr key={component.key}>
                <th scope="row" className="break-words py-2 pr-2 align-top font-normal">
                  <span className="font-medium">{component.label}</span>
                  <span className="block text-xs text-stone-500 dark:text-stone-400">{component.value}</span>
                </th>
                <td className="py-2 pr-2 text-right align-top tabular-nums">{component.score.toFixed(2)}</td>
                <td className="py-2 pr-2 text-right align-top tabular-nums">
                  {renormalised ? (
                    <>
                      <span className="text-stone-500 dark:text-stone-400">{percent(component.weight)}</span>
                      <span aria-hidden="true"> → </span>
                      <span className="sr-only">, scaled to </span>
                      {percent(component.effectiveWeight)}
                    </>
                  ) : (
                    percent(component.weight)
                  )}
                </td>
                <td className="py-2 text-right align-top tabular-nums">{component.points.toFixed(1)}</td>
              </tr>
            ))}
            {breakdown.leftOut.map((component) => (
              <tr key={component.key} className="text-stone-500 dark:text-stone-400">
                <th scope="row" className="break-words py-2 pr-2 align-top font-normal">
                  <span className="font-medium">{component.label}</span>
                  <span className="block text-xs">Left out: {component.reason.charAt(0).toLowerCase() + component.reason.slice(1)}</span>
                </th>
                <td className="py-2 pr-2 text-right align-top">–</td>
                <td className="py-2 pr-2 text-right align-top tabular-nums">
                  <span className="line-through">{percent(component.weight)}</span>
                </td>
                <td className="py-2 text-right align-top">–</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="border-t border-stone-300 font-medium dark:border-stone-700">
              <th scope="row" colSpan={3} className="py-2 pr-2 text-right">
                Total, rounded
              </th>
              <td className="py-2 text-right tabular-nums">
                <span className="sr-only">{total.toFixed(1)}, rounded to </span>
                {strength}
              </td>
            </tr>
          </tfoot>
        </table>
        <p className="mt-2 text-xs text-stone-500 dark:text-stone-400">
          Frequency: weekly or more scores 1 (log scale). Recency halves every 90 days without contact. Duration: 10 years or more scores 1. Intimacy: from how well they know you. Multiplexity: 4 or more contexts score 1. Reciprocity: 1 when you
          each start half. Proximity: same city 1, same region 0.75, same country 0.5, abroad 0.25.
        </p>
      </div>
    </div>
  );
}
