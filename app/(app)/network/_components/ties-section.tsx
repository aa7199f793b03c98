import type { Distribution } from "@/server/network/service";
import { ChartCanvas } from "./chart-canvas";
import { describeBars, type ChartSpec } from "./chart-spec";
import { plural, withUnit } from "./format";
import { NetworkCard, Reading } from "./network-card";

function Summary({ distribution }: { distribution: Distribution }) {
  const { summary, unit } = distribution;
  if (summary.count === 0) return null;
  const parts = [`Median ${withUnit(summary.median, unit)}`, `mean ${withUnit(summary.mean, unit)}`, `from ${withUnit(summary.min, unit)} to ${withUnit(summary.max, unit)}`];
  return <p className="text-sm text-stone-600 dark:text-stone-400">{parts.join(" · ")}</p>;
}

function DistributionChart({ distribution, index }: { distribution: Distribution; index: number }) {
  const headingId = `network-ties-${index}`;
  const labels = distribution.bins.map((bin) => bin.label);
  const values = distribution.bins.map((bin) => bin.count);
  const spec: ChartSpec = { kind: "bars", direction: "vertical", labels, values, valueName: "contacts" };
  return (
    <article aria-labelledby={headingId} className="flex min-w-0 flex-col gap-2 rounded-xl border border-stone-200 p-3 dark:border-stone-800">
      <h3 id={headingId} className="font-semibold">
        {distribution.label}
      </h3>
      <Summary distribution={distribution} />
      <Reading>{distribution.reading}</Reading>
      {distribution.summary.count > 0 && <ChartCanvas spec={spec} summary={`${distribution.label}: ${describeBars(labels, values, "contacts")}`} height={160} />}
      {distribution.summary.missing > 0 && <p className="text-xs text-stone-500 dark:text-stone-400">{plural(distribution.summary.missing, "contact")} unknown</p>}
    </article>
  );
}

export function TiesSection({ ties }: { ties: Distribution[] }) {
  return (
    <NetworkCard
      id="ties"
      title="Your ties"
      wide
      explanation={
        <>
          <p>What your ties with each contact are like, from what you have recorded.</p>
          <p>How long: since the date you met, or your first logged interaction. Contexts (multiplexity): how many parts of life a tie spans (work, family, learning, a hobby…); ties that span several tend to last. Distance: between your home city and theirs. Strength: Kith’s 0–100 score from how often and how recently you are in touch, how long and how closely you have known each other, how many contexts you share, whether it goes both ways and how near you live.</p>
        </>
      }
    >
      <div className="grid gap-3 sm:grid-cols-2">
        {ties.map((distribution, index) => (
          <DistributionChart key={distribution.label} distribution={distribution} index={index} />
        ))}
      </div>
    </NetworkCard>
  );
}
