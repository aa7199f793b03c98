import type { CompanyTarget } from "@/db/schema/vocabulary";

export const TARGET_LABELS: Record<CompanyTarget, string> = {
  work_for: "Want to work for",
  collaborate: "Want to collaborate with",
};

const MONTH = new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });

/** "Mar 2021" from "2021-03-01". */
export function formatMonth(isoDay: string): string {
  return MONTH.format(new Date(`${isoDay}T00:00:00Z`));
}

/** When a job ran: "Mar 2021 – now", "Jan 2018 – Jun 2021", "Until Jun 2021"; empty when nothing is known. */
export function formatSpan(job: { startedOn: string | null; endedOn: string | null; current: boolean }): string {
  const start = job.startedOn ? formatMonth(job.startedOn) : null;
  const end = job.current ? "now" : job.endedOn ? formatMonth(job.endedOn) : null;
  if (start && end) return `${start} – ${end}`;
  if (start) return `From ${start}`;
  if (end) return job.current ? "Now" : `Until ${end}`;
  return "";
}
