import type { NetworkSnapshotMeasures } from "@/db/schema";
import { ChartCanvas } from "./chart-canvas";
import type { ChartSpec } from "./chart-spec";
import { decimal, monthLabel, percent } from "./format";
import { NetworkCard } from "./network-card";

export interface Snapshot {
  month: string;
  measures: NetworkSnapshotMeasures;
}

function describe(snapshot: Snapshot): string {
  const { density, effectiveSize, clusters } = snapshot.measures;
  return `density ${percent(density)}, effective size ${decimal(effectiveSize)}, ${clusters} ${clusters === 1 ? "cluster" : "clusters"}`;
}

/** The chart in words: the first month and the last. */
function summaryOf(snapshots: Snapshot[]): string {
  const first = snapshots[0]!;
  const last = snapshots.at(-1)!;
  if (first === last) return `${monthLabel(first.month)}: ${describe(first)}.`;
  return `${monthLabel(first.month)}: ${describe(first)}. ${monthLabel(last.month)}: ${describe(last)}.`;
}

export function SnapshotsCard({ snapshots }: { snapshots: Snapshot[] }) {
  const spec: ChartSpec = {
    kind: "lines",
    labels: snapshots.map((snapshot) => monthLabel(snapshot.month)),
    series: [
      { name: "Density", values: snapshots.map((snapshot) => Math.round(snapshot.measures.density * 1000) / 10), scale: "percent" },
      { name: "Effective size", values: snapshots.map((snapshot) => snapshot.measures.effectiveSize && Math.round(snapshot.measures.effectiveSize * 10) / 10), scale: "count" },
      { name: "Clusters", values: snapshots.map((snapshot) => snapshot.measures.clusters), scale: "count" },
    ],
  };
  return (
    <NetworkCard
      id="over-time"
      title="Over time"
      explanation={<p>Each month Kith notes your network’s density, effective size and number of clusters, so you can see it grow closer or wider. Density is in percent (right scale); the others are counts (left scale).</p>}
    >
      {snapshots.length === 0 ? (
        <p className="text-sm text-stone-600 dark:text-stone-400">Kith records your network on the first of each month. Come back then to see how it changes.</p>
      ) : (
        <>
          <ChartCanvas spec={spec} summary={summaryOf(snapshots)} height={200} />
          {snapshots.length === 1 && <p className="text-xs text-stone-500 dark:text-stone-400">One month so far: Kith records your network on the first of each month.</p>}
        </>
      )}
    </NetworkCard>
  );
}
