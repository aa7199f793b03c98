import { Link } from "@/app/_components/link";
import { Avatar } from "@/app/_components/ui";
import type { NetworkOverview } from "@/server/network/service";
import { CheckAgain } from "./check-again";
import { percent, plural } from "./format";
import { NetworkCard, Reading } from "./network-card";

/** "Work, Climbing and Family". */
function listed(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

export function BrokersCard({ overview }: { overview: NetworkOverview }) {
  const betweennessOf = new Map(overview.nodes.map((node) => [node.id, node.betweenness]));
  const computing = overview.centrality.status === "computing";
  return (
    <NetworkCard
      id="brokers"
      title="Brokers"
      explanation={
        <>
          <p>Contacts who know people in more than one of your groups, people who don’t know each other. They are the ones to ask for an introduction across.</p>
          <p>“Bridges” counts the pairs of their acquaintances, in different groups, who aren’t tied to each other. Betweenness is the share of shortest paths between your contacts that pass through them (you left out).</p>
        </>
      }
    >
      {computing && (
        <div role="status" className="flex flex-col gap-2 rounded-xl bg-amber-50 p-3 text-sm text-amber-900 dark:bg-amber-950/40 dark:text-amber-100">
          <p>Betweenness is being calculated in the background; with many contacts it takes a minute.</p>
          <CheckAgain />
        </div>
      )}
      {overview.brokers.length > 0 && (
        <ul aria-label="Brokers" className="flex flex-col divide-y divide-stone-100 dark:divide-stone-800">
          {overview.brokers.map((broker) => {
            const betweenness = betweennessOf.get(broker.contact.id) ?? null;
            return (
              <li key={broker.contact.id} className="flex min-w-0 items-center gap-3 py-2">
                <Avatar name={broker.contact.displayName} photoUrl={broker.contact.photoUrl} />
                <div className="flex min-w-0 flex-col">
                  <Link href={`/people/${broker.contact.id}`} className="flex min-h-11 min-w-0 items-center font-medium text-brand-700 hover:underline dark:text-brand-100">
                    <span className="truncate">{broker.contact.displayName}</span>
                  </Link>
                  <span className="text-sm text-stone-600 dark:text-stone-400">
                    Links {listed(broker.clusters)} · bridges {plural(broker.bridgedPairs, "pair")}
                    {betweenness !== null && ` · betweenness ${percent(betweenness, 1)}`}
                  </span>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <Reading>{overview.readings.brokers}</Reading>
    </NetworkCard>
  );
}
