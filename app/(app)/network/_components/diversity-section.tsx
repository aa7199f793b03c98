import { INDUSTRY_LABELS } from "@/db/schema/vocabulary";
import type { Diversity } from "@/server/network/service";
import { PURPOSE_LABELS, TYPE_LABELS } from "../../people/circles/_components/circle-labels";
import { ChartCanvas } from "./chart-canvas";
import { describeBars, type ChartSpec } from "./chart-spec";
import { count, decimal, plural } from "./format";
import { NetworkCard, Reading } from "./network-card";

/** The chart shows this many categories; the rest are summed in one bar. */
const SHOWN_CATEGORIES = 8;
const BAR_HEIGHT = 26;

const CATEGORY_LABELS: Record<string, Record<string, string>> = { industry: INDUSTRY_LABELS, tie_type: TYPE_LABELS, circle_purpose: PURPOSE_LABELS };

function categoryLabel(attribute: string, value: string): string {
  return CATEGORY_LABELS[attribute]?.[value] ?? value;
}

/** The categories people are in, most first, the long tail summed. */
function bars(facet: Diversity): { labels: string[]; values: number[] } {
  const seen = Object.entries(facet.counts)
    .filter(([, people]) => people > 0)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
  const shown = seen.length > SHOWN_CATEGORIES ? seen.slice(0, SHOWN_CATEGORIES - 1) : seen;
  const rest = seen.slice(shown.length);
  const labels = shown.map(([value]) => categoryLabel(facet.attribute, value));
  const values = shown.map(([, people]) => people);
  if (rest.length > 0) {
    labels.push(`${rest.length} more`);
    values.push(rest.reduce((sum, [, people]) => sum + people, 0));
  }
  return { labels, values };
}

function Facet({ facet }: { facet: Diversity }) {
  const headingId = `network-diversity-${facet.attribute}`;
  const { labels, values } = bars(facet);
  const spec: ChartSpec = { kind: "bars", direction: "horizontal", labels, values, valueName: "contacts" };
  return (
    <article aria-labelledby={headingId} className="flex min-w-0 flex-col gap-2 rounded-xl border border-stone-200 p-3 dark:border-stone-800">
      <h3 id={headingId} className="font-semibold">
        {facet.label}
      </h3>
      <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-4">
        {[
          { label: "Blau", value: decimal(facet.blau, 2) },
          { label: "IQV", value: decimal(facet.iqv, 2) },
          { label: "Shannon", value: facet.shannon_bits === null ? decimal(null) : `${decimal(facet.shannon_bits, 2)} bits` },
          { label: "Evenness", value: decimal(facet.shannon_normalized, 2) },
        ].map((item) => (
          <div key={item.label} className="flex flex-col">
            <dt className="text-stone-500 dark:text-stone-400">{item.label}</dt>
            <dd className="font-medium tabular-nums">{item.value}</dd>
          </div>
        ))}
      </dl>
      <Reading>{facet.reading}</Reading>
      {facet.n_valid > 0 && <ChartCanvas spec={spec} summary={`${facet.label}: ${describeBars(labels, values, "contacts")}`} height={BAR_HEIGHT * labels.length + 28} />}
      <p className="text-xs text-stone-500 dark:text-stone-400">
        {plural(facet.k_observed, "category", "categories")} of {count(facet.K)} seen
        {facet.n_missing > 0 && ` · ${plural(facet.n_missing, "contact")} unknown`}
      </p>
    </article>
  );
}

export function DiversitySection({ diversity }: { diversity: Diversity[] }) {
  return (
    <NetworkCard
      id="diversity"
      title="Diversity"
      wide
      explanation={
        <>
          <p>How varied your contacts are, one attribute at a time (industry, country, city, tie type, circle purpose, how long you’ve known them). People without a value are left out and counted as unknown.</p>
          <p>Blau’s index is the chance that two contacts picked at random differ: 0 when everyone is alike. IQV rescales it so 1 means spread evenly over every possible category.</p>
          <p>Shannon entropy (in bits) grows with both the number of categories and how evenly people fall into them; evenness divides it by its maximum, so 1 is perfectly even.</p>
        </>
      }
    >
      <div className="grid gap-3 sm:grid-cols-2">
        {diversity.map((facet) => (
          <Facet key={facet.attribute} facet={facet} />
        ))}
      </div>
    </NetworkCard>
  );
}
