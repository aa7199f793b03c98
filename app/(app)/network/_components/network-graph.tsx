"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useState } from "react";
import { buttonClass, Skeleton } from "@/app/_components/ui";
import { useTRPC } from "@/app/_lib/trpc";
import type { GraphSummary } from "@/server/network/graph-data";
import { colourPeople, type ColourBy, type LegendEntry } from "./graph-colours";
import { GraphView } from "./graph-view";
import { PersonSearch } from "./person-search";

/** The canvas keeps this height from the first paint, so nothing below moves when it arrives. */
const CANVAS_HEIGHT = "h-[24rem] sm:h-[32rem]";

/** While a big network's picture is being arranged in the background, the page looks again this often… */
const ARRANGING_RECHECK_MS = 20_000;
/** …this many times at most (a job that never runs must not keep the page busy). */
const ARRANGING_RECHECKS = 15;

const COLOUR_OPTIONS: { value: ColourBy; label: string }[] = [
  { value: "cluster", label: "Clusters" },
  { value: "circle", label: "Circles" },
];

/**
 * The ego-network graph with its controls: a search that finds and opens people, colour by
 * cluster or circle (with a legend), the user shown or not, and zoom buttons on the canvas. The
 * page brings a summary and the legends; the graph itself is asked for once the page is up.
 */
export function NetworkGraph({ summary, legends }: { summary: GraphSummary; legends: Record<ColourBy, LegendEntry[]> }) {
  const router = useRouter();
  const trpc = useTRPC();
  // Keyed by version: a refresh that changes nothing asks for nothing, and the graph is not rebuilt.
  const graph = useQuery({ ...trpc.network.graph.queryOptions({ version: summary.version }), staleTime: Infinity, placeholderData: keepPreviousData });
  const graphData = graph.data ?? null;

  const [colourBy, setColourBy] = useState<ColourBy>("cluster");
  const [showYou, setShowYou] = useState(false);
  const [focusId, setFocusId] = useState<string | null>(null);
  const colours = useMemo(() => (graphData ? colourPeople(graphData, colourBy).colours : []), [graphData, colourBy]);
  const legend = legends[colourBy];
  const people = useMemo(() => (graphData ? graphData.people.ids.map((id, index) => ({ id, name: graphData.people.names[index]! })) : []), [graphData]);
  const open = useCallback((contactId: string) => router.push(`/people/${contactId}`), [router]);

  // Runs again after each recheck until the picture is settled.
  const [rechecks, setRechecks] = useState(0);
  useEffect(() => {
    if (summary.settled || rechecks >= ARRANGING_RECHECKS) return;
    const timer = setTimeout(() => {
      setRechecks((count) => count + 1);
      router.refresh();
    }, ARRANGING_RECHECK_MS);
    return () => clearTimeout(timer);
  }, [summary.settled, rechecks, router]);

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
        <PersonSearch people={people} onPoint={setFocusId} onOpen={open} />
        <div className="flex flex-wrap items-center gap-2">
          <div role="radiogroup" aria-label="Colour by" className="inline-flex rounded-xl bg-stone-100 p-1 dark:bg-stone-800">
            {COLOUR_OPTIONS.map((option) => (
              <label
                key={option.value}
                className={`relative flex min-h-11 cursor-pointer items-center rounded-lg px-3 text-sm font-medium has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-500 ${
                  colourBy === option.value ? "bg-white text-brand-700 shadow-sm dark:bg-stone-950 dark:text-brand-100" : "text-stone-600 hover:text-stone-900 dark:text-stone-300 dark:hover:text-white"
                }`}
              >
                <input type="radio" name="network-colour-by" className="sr-only" checked={colourBy === option.value} onChange={() => setColourBy(option.value)} />
                {option.label}
              </label>
            ))}
          </div>
          <button type="button" aria-pressed={showYou} onClick={() => setShowYou((shown) => !shown)} className={buttonClass(showYou ? "primary" : "secondary", "px-3")}>
            Show you
          </button>
        </div>
      </div>

      <div className={`${CANVAS_HEIGHT} overflow-hidden rounded-xl border border-stone-200 bg-white dark:border-stone-800 dark:bg-stone-900`}>
        {graphData ? (
          <GraphView data={graphData} colours={colours} showYou={showYou} focusId={focusId} onOpen={open} />
        ) : graph.isError ? (
          <div role="alert" className="flex h-full flex-col items-center justify-center gap-3 p-4 text-center text-sm text-stone-600 dark:text-stone-400">
            The graph did not load. Check your connection and try again.
            <button type="button" className={buttonClass("secondary")} onClick={() => void graph.refetch()}>
              Try again
            </button>
          </div>
        ) : (
          <div role="img" aria-label="Graph of your network: loading" aria-busy="true" className="flex h-full items-center justify-center">
            <Skeleton className="h-2/3 w-2/3 rounded-full opacity-60" />
          </div>
        )}
      </div>
      {(!summary.settled || summary.drawnTies < summary.allTies) && (
        <p className="text-xs text-stone-500 dark:text-stone-400">
          {!summary.settled && "New people and ties are placed roughly for now: the picture is being arranged in the background and changes here when it is ready. "}
          {summary.drawnTies < summary.allTies &&
            `To stay readable, the picture draws ${summary.drawnTies.toLocaleString("en")} of the ${summary.allTies.toLocaleString("en")} ties: those that keep each group connected, then each person’s strongest. The measures count them all.`}
        </p>
      )}

      <ul aria-label={colourBy === "cluster" ? "Clusters in the graph" : "Circles in the graph"} className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {legend.map((entry) => (
          <li key={entry.key} className="flex min-w-0 max-w-full items-center gap-2">
            <span aria-hidden="true" className="h-3 w-3 shrink-0 rounded-full" style={{ backgroundColor: entry.colour }} />
            <span className="min-w-0 truncate">{entry.label}</span>
            <span className="text-stone-500 tabular-nums dark:text-stone-400">{entry.count.toLocaleString("en")}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
