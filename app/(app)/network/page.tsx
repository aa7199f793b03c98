import type { Metadata } from "next";
import { Suspense } from "react";
import { preload } from "react-dom";
import { Link } from "@/app/_components/link";
import { TieSuggestions } from "@/app/_components/tie-suggestions";
import { buttonClass, EmptyState, Skeleton } from "@/app/_components/ui";
import { getCurrentUser } from "@/server/auth";
import { graphRequestPath, keepGraph, summarise, toGraphData } from "@/server/network/graph-data";
import { getServerCaller } from "@/server/trpc/server";
import { BrokersCard } from "./_components/brokers-card";
import { DiversitySection } from "./_components/diversity-section";
import { plural } from "./_components/format";
import { colourPeople } from "./_components/graph-colours";
import { BetweennessCard, ClustersCard, ConstraintCard, DensityCard, EffectiveSizeCard } from "./_components/measure-cards";
import { NetworkCard } from "./_components/network-card";
import { NetworkGraph } from "./_components/network-graph";
import { SnapshotsCard } from "./_components/snapshots-card";
import { TiesSection } from "./_components/ties-section";
import { WarmPaths } from "./_components/warm-paths";

export const metadata: Metadata = { title: "Network" };

/**
 * The heading and what the page shows come at once; the network's figures take longest to read
 * of any page, and follow.
 */
export default function NetworkPage() {
  return (
    <div className="mx-auto flex min-w-0 max-w-5xl flex-col gap-6">
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-semibold tracking-tight">Network</h1>
        <p className="max-w-3xl text-sm text-stone-600 dark:text-stone-400">
          The people you keep and who among them know each other. In the graph, bigger dots are stronger ties with you; thicker lines, people who know each other well. Tap or click someone to open
          them. Drag to move the graph (two fingers on a phone); pinch, or hold Ctrl or ⌘ while scrolling, to zoom.
        </p>
      </div>
      <Suspense fallback={<NetworkSkeleton />}>
        <NetworkMeasures />
      </Suspense>
    </div>
  );
}

function NetworkSkeleton() {
  return (
    <div aria-busy="true" aria-label="Loading" className="flex flex-col gap-6">
      <Skeleton className="h-4 w-56" />
      <div className="flex flex-col gap-3">
        <div className="flex flex-col gap-2 sm:flex-row">
          <Skeleton className="h-11 w-full sm:flex-1" />
          <Skeleton className="h-11 w-64" />
        </div>
        {/* The same height as the graph, so the page does not jump when it arrives. */}
        <Skeleton className="h-[24rem] w-full rounded-xl sm:h-[32rem]" />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        {Array.from({ length: 4 }, (_, i) => (
          <div key={i} className="flex flex-col gap-3 rounded-2xl border border-stone-200 p-4 dark:border-stone-800">
            <Skeleton className="h-4 w-24" />
            <Skeleton className="h-9 w-20" />
            <Skeleton className="h-12 w-full" />
          </div>
        ))}
      </div>
    </div>
  );
}

async function NetworkMeasures() {
  const caller = await getServerCaller();
  const [overview, snapshots, targets] = await Promise.all([caller.network.overview(), caller.network.snapshots(), caller.companies.targets()]);

  if (overview.alters === 0) {
    return (
      <div className="max-w-3xl">
        <EmptyState
          title="Add people to see your network"
          actions={
            <Link href="/people/new" className={buttonClass("primary")}>
              Add a person
            </Link>
          }
        >
          Your network is drawn from the people you keep in Kith and who among them know each other. Add a few people to see its shape, its groups and its bridges.
        </EmptyState>
      </div>
    );
  }

  const graphData = toGraphData(overview);
  const user = await getCurrentUser();
  if (overview.alterTies > 0) {
    // Only a drawn graph is asked for: the browser fetches it while the page's scripts load.
    if (user) keepGraph(user.id, graphData);
    preload(graphRequestPath(graphData.version), { as: "fetch", crossOrigin: "anonymous" });
  }
  const legends = { cluster: colourPeople(graphData, "cluster").legend, circle: colourPeople(graphData, "circle").legend };
  return (
    <div className="flex min-w-0 flex-col gap-6">
      <section aria-labelledby="network-graph" className="flex min-w-0 flex-col gap-3">
        <h2 id="network-graph" className="text-sm text-stone-600 dark:text-stone-400">
          <span className="sr-only">Who knows whom: </span>
          {plural(overview.alters, "person", "people")} and {plural(overview.alterTies, "tie")} among them.
        </h2>
        {overview.alterTies === 0 ? (
          <EmptyState
            title="Record who knows whom"
            actions={
              <Link href="/people/circles" className={buttonClass("primary")}>
                Go to Circles
              </Link>
            }
          >
            Open a contact and use Knows…, or tick pairs in a circle’s Who knows whom matrix. The graph and the measures below fill in as you do.
          </EmptyState>
        ) : (
          <NetworkGraph summary={summarise(graphData)} legends={legends} />
        )}
      </section>

      <div className="grid min-w-0 gap-4 sm:grid-cols-2">
        <DensityCard overview={overview} />
        <EffectiveSizeCard overview={overview} />
        <ConstraintCard overview={overview} />
        <BetweennessCard overview={overview} />
        <ClustersCard overview={overview} legend={legends.cluster} />
        <BrokersCard overview={overview} />
        <DiversitySection diversity={overview.diversity} />
        <TiesSection ties={overview.ties} />
        <NetworkCard
          id="warm-paths"
          title="Warm paths"
          explanation={
            <p>
              A warm path is a chain of people who know each other, from you to someone who works at the company. Its strength multiplies the strength of each tie along it (weak, moderate or strong), so short
              chains of strong ties come first.
            </p>
          }
        >
          <WarmPaths targets={targets.map((company) => ({ id: company.id, name: company.name, peopleThere: company.current.length }))} />
        </NetworkCard>
        <SnapshotsCard snapshots={snapshots} />
        <NetworkCard id="suggestions" title="People who may know each other" wide>
          <TieSuggestions />
        </NetworkCard>
      </div>
    </div>
  );
}
