import type { ReactNode } from "react";
import { Link } from "@/app/_components/link";
import { Card } from "@/app/_components/ui";
import { contextList, daysAgo, durationWords, formatKm, KNOWS_ME_LABELS, monthYear, plural, PROXIMITY_LABELS, reciprocityReading, type StrengthBand } from "@/server/ties/compute";
import type { Tie } from "@/server/ties/service";
import { loadTie } from "../../_lib/load-contact";
import { TieBreakdown } from "./tie-breakdown";
import { TieEditor } from "./tie-editor";

const READINGS: Record<StrengthBand, string> = { weak: "A weak tie", moderate: "A moderate tie", strong: "A strong tie" };

const BAND_COLOURS: Record<StrengthBand, string> = {
  weak: "text-stone-600 dark:text-stone-300",
  moderate: "text-amber-700 dark:text-amber-300",
  strong: "text-brand-600 dark:text-brand-100",
};

const KNOWN_SINCE_INPUT_ID = "tie-known-since";

const linkClass = "font-medium text-brand-600 underline underline-offset-2 dark:text-brand-100";

function formatDate(date: Date, timeZone: string): string {
  const options = { day: "numeric", month: "long", year: "numeric" } as const;
  try {
    return date.toLocaleDateString("en-GB", { ...options, timeZone });
  } catch {
    return date.toLocaleDateString("en-GB", { ...options, timeZone: "UTC" });
  }
}

function Figure({ label, value, children }: { label: string; value: string; children: ReactNode }) {
  return (
    <div className="py-2.5">
      <dt className="text-sm">
        <span className="font-medium">{label}:</span> <span>{value}</span>
      </dt>
      <dd className="mt-0.5 text-sm text-stone-600 dark:text-stone-400">{children}</dd>
    </div>
  );
}

function durationFigure(tie: Tie): { value: string; how: ReactNode } {
  const { duration } = tie;
  const setIt = (
    <a href={`#${KNOWN_SINCE_INPUT_ID}`} className={linkClass}>
      Set when you met
    </a>
  );
  if (!duration) return { value: "unknown", how: <>{setIt} below, or log an interaction, to measure how long you have known them.</> };
  if (duration.source === "known_since") return { value: durationWords(duration), how: `Since you met in ${monthYear(duration.since)} (known since).` };
  return { value: durationWords(duration), how: <>Since your first logged interaction, in {monthYear(duration.since)}. {setIt} if you knew them before.</> };
}

function proximityFigure(tie: Tie): { value: string; how: ReactNode } {
  if (tie.proximity) {
    const { from, to, km, band } = tie.proximity;
    return { value: PROXIMITY_LABELS[band].toLowerCase(), how: from.id === to.id ? `You both live in ${to.name}.` : `${formatKm(km)} from ${from.name} to ${to.name}, as the crow flies.` };
  }
  if (!tie.homePlace) {
    return {
      value: "unknown",
      how: (
        <>
          <Link href="/settings" className={linkClass}>
            Set your home city in Settings
          </Link>{" "}
          to measure proximity.
        </>
      ),
    };
  }
  return {
    value: "unknown",
    how: (
      <>
        <Link href={`/people/${tie.contactId}/edit`} className={linkClass}>
          Set where they live
        </Link>{" "}
        to measure how far they are from {tie.homePlace.name}.
      </>
    ),
  };
}

/** Your tie to this person: its strength and the network-science figures it is made of. */
export async function TieSection({ contactId }: { contactId: string }) {
  const tie = await loadTie(contactId);
  const duration = durationFigure(tie);
  const proximity = proximityFigure(tie);
  const { multiplexity, recency, reciprocity, initiators } = tie;

  return (
    <Card>
      <div className="flex items-end gap-3">
        <p className="flex items-baseline gap-1">
          <span className={`text-5xl font-semibold tabular-nums leading-none ${BAND_COLOURS[tie.band]}`}>{tie.strength}</span>
          <span className="text-sm text-stone-500 dark:text-stone-400">
            <span className="sr-only">out </span>of 100
          </span>
        </p>
        <p className="pb-0.5 text-sm font-medium">{READINGS[tie.band]}</p>
      </div>
      <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">Tie strength, from how often and how recently you are in touch, how long and how well you know each other, and more.</p>

      <TieBreakdown strength={tie.strength} breakdown={tie.breakdown} />

      <dl className="mt-2 divide-y divide-stone-100 dark:divide-stone-800">
        <Figure label="Duration" value={duration.value}>
          {duration.how}
        </Figure>
        <Figure label="Multiplexity" value={multiplexity.count === 0 ? "no contexts yet" : plural(multiplexity.count, "context")}>
          {multiplexity.count === 0 ? (
            "Pick the contexts you share below, or log interactions with a context."
          ) : (
            <>
              {contextList(multiplexity.contexts)}: {multiplexity.stated.length > 0 && multiplexity.fromInteractions.length > 0 ? "from the contexts you set and your interactions." : multiplexity.stated.length > 0 ? "the contexts you set." : "from your interactions."}
            </>
          )}
        </Figure>
        <Figure label="Proximity" value={proximity.value}>
          {proximity.how}
        </Figure>
        <Figure label="Recency" value={recency ? daysAgo(recency.days) : "no contact yet"}>
          {recency ? `Your last logged interaction, on ${formatDate(recency.lastAt, tie.timeZone)}.` : "Log an interaction to measure how recently you were in touch."}
        </Figure>
        <Figure label="Frequency" value={`${plural(tie.frequency, "interaction")} in the last year`}>
          {tie.interactionCount === 0 ? "Log interactions to measure how often you are in touch." : `Counted over the 365 days up to today, of ${plural(tie.interactionCount, "logged interaction")} in all.`}
        </Figure>
        <Figure label="Reciprocity" value={reciprocity ? `they start ${Math.round(reciprocity.theirShare * 100)}%` : "unknown"}>
          {reciprocity
            ? `${reciprocityReading(reciprocity.theirShare)}: you started ${initiators.me}, they started ${initiators.them}, mutual ${initiators.mutual} (counting half).`
            : "Log interactions, noting who started each, to measure reciprocity."}
        </Figure>
        <Figure label="Intimacy" value={tie.knowsMe ? (KNOWS_ME_LABELS[tie.knowsMe] ?? "set").toLowerCase() : "unknown"}>
          {tie.knowsMe ? "How well they know you, as you set it under Who knows you." : "Set how well they know you under Who knows you."}
        </Figure>
      </dl>

      <TieEditor contactId={contactId} knownSinceInputId={KNOWN_SINCE_INPUT_ID} knownSince={tie.knownSince} contexts={multiplexity.stated} />
    </Card>
  );
}
