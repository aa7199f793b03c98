// The structural measures of the ego network, each with its number, its reading and what it means.
import type { NetworkOverview } from "@/server/network/service";
import { amount, count, decimal, percent, plural } from "./format";
import type { LegendEntry } from "./graph-colours";
import { Figures, Headline, NetworkCard, Reading } from "./network-card";

type Ego = NetworkOverview["ego"];

export function DensityCard({ overview }: { overview: NetworkOverview }) {
  const { ego, alters, alterTies } = overview;
  return (
    <NetworkCard
      id="density"
      title="Density"
      explanation={
        <>
          <p>Of all the pairs your contacts could make, the share who know each other.</p>
          <p>“With you” counts you as well. You know everyone, so it is always higher; the figure without you shows how your contacts hang together on their own.</p>
          <p>A dense network is close and supportive but hears the same news; a sparse one reaches further.</p>
        </>
      }
    >
      <Headline value={percent(ego.density)} caption="of possible pairs know each other" />
      <Figures
        items={[
          { label: "People", value: count(alters) },
          { label: "Ties among them", value: count(alterTies) },
          { label: "Possible pairs", value: count(ego.possiblePairs) },
          { label: "Density with you", value: percent(ego.densityWithYou) },
        ]}
      />
      <Reading>{overview.readings.density}</Reading>
    </NetworkCard>
  );
}

/** The weighted figures, when ties among contacts have strengths. */
function weightedNote(weighted: Ego["weighted"], pick: (values: NonNullable<Ego["weighted"]>) => string) {
  if (!weighted) return null;
  return <p className="text-sm text-stone-600 dark:text-stone-400">Counting how strong each tie is: {pick(weighted)}.</p>;
}

export function EffectiveSizeCard({ overview }: { overview: NetworkOverview }) {
  const { ego, alters } = overview;
  return (
    <NetworkCard
      id="effective-size"
      title="Effective size"
      explanation={
        <>
          <p>How many of your contacts bring you something the others don’t. Each contact counts as one, less the part of your other contacts they already know (Burt’s effective size).</p>
          <p>Efficiency divides that by the number of contacts: 100% means none of them know each other, so nobody is redundant.</p>
          <p>The weighted figures, shown when you have said how well people know each other, count a strong tie as more redundant than a weak one.</p>
        </>
      }
    >
      <Headline value={decimal(ego.effectiveSize)} caption={`of ${plural(alters, "contact")}`} />
      <Figures items={[{ label: "Efficiency", value: percent(ego.efficiency) }]} />
      {weightedNote(ego.weighted, (weighted) => `effective size ${decimal(weighted.effectiveSize)}, efficiency ${percent(weighted.efficiency)}`)}
      <Reading>{overview.readings.effectiveSize}</Reading>
    </NetworkCard>
  );
}

export function ConstraintCard({ overview }: { overview: NetworkOverview }) {
  const { ego } = overview;
  return (
    <NetworkCard
      id="constraint"
      title="Constraint"
      explanation={
        <>
          <p>How much of your time and attention goes to people who are tied to each other (Burt’s constraint). Near 0: many separate contacts, and room to bring them together. Near 1: one tight group, or a single person everything runs through.</p>
          <p>Hierarchy says where the constraint comes from: near 1, mostly from one person; near 0, evenly from everyone.</p>
        </>
      }
    >
      <Headline value={decimal(ego.constraint, 2)} caption="near 0 is open; 1 and above is closed in" />
      <Figures items={[{ label: "Hierarchy", value: decimal(ego.hierarchy, 2) }]} />
      {weightedNote(ego.weighted, (weighted) => `constraint ${decimal(weighted.constraint, 2)}, hierarchy ${decimal(weighted.hierarchy, 2)}`)}
      <Reading>{overview.readings.constraint}</Reading>
    </NetworkCard>
  );
}

function betweennessReading(linked: number, apart: number, alters: number): string {
  if (alters < 2) return "Add a few more people to see whom you connect.";
  if (apart === 0) return "All your contacts know each other: none of them needs you to reach another.";
  if (linked === 0) return "Every pair of your contacts who don’t know each other has another go-between besides you.";
  const share = linked / apart;
  return `Of the ${plural(apart, "pair")} of contacts who don’t know each other, about ${amount(Math.round(linked * 10) / 10)} reach each other only through you${share >= 0.8 ? ": you are the bridge between most of your worlds." : "."}`;
}

export function BetweennessCard({ overview }: { overview: NetworkOverview }) {
  const { ego, alters, alterTies } = overview;
  const apart = ego.possiblePairs - alterTies;
  return (
    <NetworkCard
      id="betweenness"
      title="Your betweenness"
      explanation={
        <>
          <p>For each pair of your contacts who don’t know each other, you are a link between them. If they share no other contact, the pair counts fully for you; if they share others, you get a part (Everett and Borgatti’s ego betweenness).</p>
          <p>The higher it is, the more you are the one who can bring people together.</p>
        </>
      }
    >
      <Headline value={amount(Math.round(ego.betweenness * 10) / 10)} caption="pairs linked only through you" />
      <Reading>{betweennessReading(ego.betweenness, apart, alters)}</Reading>
    </NetworkCard>
  );
}

export function ClustersCard({ overview, legend }: { overview: NetworkOverview; legend: LegendEntry[] }) {
  return (
    <NetworkCard
      id="clusters"
      title="Clusters"
      explanation={
        <>
          <p>Groups of contacts who know each other more than they know the rest, found with the Louvain method. They give the graph its colours.</p>
          <p>Modularity, from 0 to 1, says how cleanly your network splits into them: above about 0.3 the groups are clear.</p>
          <p>People on their own know none of your other contacts (as far as Kith knows).</p>
        </>
      }
    >
      <Headline value={count(overview.clusters.length)} caption={overview.clusters.length === 1 ? "group" : "groups"} />
      <Figures
        items={[
          { label: "Modularity", value: decimal(overview.modularity, 2) },
          { label: "On their own", value: count(overview.isolates) },
        ]}
      />
      {legend.length > 0 && (
        <ul aria-label="Clusters" className="flex flex-col gap-1 text-sm">
          {legend.map((entry) => (
            <li key={entry.key} className="flex min-w-0 items-center gap-2">
              <span aria-hidden="true" className="h-3 w-3 shrink-0 rounded-full" style={{ backgroundColor: entry.colour }} />
              <span className="min-w-0 flex-1 truncate">{entry.label}</span>
              <span className="tabular-nums text-stone-500 dark:text-stone-400">{plural(entry.count, "person", "people")}</span>
            </li>
          ))}
        </ul>
      )}
      <Reading>{overview.readings.clusters}</Reading>
    </NetworkCard>
  );
}
