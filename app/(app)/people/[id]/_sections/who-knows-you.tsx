import { Card } from "@/app/_components/ui";
import { reciprocityReading } from "@/server/ties/compute";
import { loadTie } from "../../_lib/load-contact";
import { WhoKnowsYouLevel } from "./who-knows-you-level";

/** Who knows you: how well this person knows you, and who starts your contact. */
export async function WhoKnowsYouSection({ contactId }: { contactId: string }) {
  const tie = await loadTie(contactId);
  const { initiators, reciprocity } = tie;

  return (
    <Card>
      <WhoKnowsYouLevel contactId={contactId} knowsMe={tie.knowsMe} />
      <div className="mt-4 border-t border-stone-100 pt-3 dark:border-stone-800">
        <h3 className="text-sm font-medium text-stone-700 dark:text-stone-300">Who starts contact</h3>
        {reciprocity ? (
          <>
            <p className="mt-1 text-sm tabular-nums">
              You started {initiators.me}
              <span aria-hidden="true"> · </span>
              <span className="sr-only">, </span>
              They started {initiators.them}
              <span aria-hidden="true"> · </span>
              <span className="sr-only">, </span>
              Mutual {initiators.mutual}
            </p>
            <p className="mt-0.5 text-sm text-stone-600 dark:text-stone-400">{reciprocityReading(reciprocity.theirShare)}.</p>
          </>
        ) : (
          <p className="mt-1 text-sm text-stone-500 dark:text-stone-400">No interactions logged yet. When you log one, note who started it to see who reaches out.</p>
        )}
      </div>
    </Card>
  );
}
