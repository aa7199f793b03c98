"use client";

import { useSyncExternalStore } from "react";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const DAY_MS = 86_400_000;
const pad = (value: number) => String(value).padStart(2, "0");

/** "12 Mar 2026, 18:30", in the browser's time zone or in UTC. */
function formatWhen(date: Date, utc: boolean): string {
  const [day, month, year, hours, minutes] = utc
    ? [date.getUTCDate(), date.getUTCMonth(), date.getUTCFullYear(), date.getUTCHours(), date.getUTCMinutes()]
    : [date.getDate(), date.getMonth(), date.getFullYear(), date.getHours(), date.getMinutes()];
  return `${day} ${MONTHS[month]} ${year}, ${pad(hours)}:${pad(minutes)}`;
}

const relative = new Intl.RelativeTimeFormat("en", { numeric: "auto" });

/** "just now", "2 hours ago", "yesterday", "3 weeks ago", "last year"; days count by the calendar. */
function relativeTime(date: Date, now: Date): string {
  const minutes = Math.round((date.getTime() - now.getTime()) / 60_000);
  if (Math.abs(minutes) < 1) return "just now";
  if (Math.abs(minutes) < 60) return relative.format(minutes, "minute");
  const startOf = (moment: Date) => new Date(moment.getFullYear(), moment.getMonth(), moment.getDate()).getTime();
  const days = Math.round((startOf(date) - startOf(now)) / DAY_MS);
  if (days === 0) return relative.format(Math.round(minutes / 60), "hour");
  const ago = Math.abs(days);
  const sign = Math.sign(days);
  if (ago < 7) return relative.format(days, "day");
  if (ago < 30) return relative.format(sign * Math.round(ago / 7), "week");
  if (ago < 365) return relative.format(sign * Math.max(1, Math.round(ago / 30.44)), "month");
  return relative.format(sign * Math.max(1, Math.floor(ago / 365.25)), "year");
}

const subscribe = () => () => {};

/**
 * False while the server renders and the page hydrates, true after: times read in the browser's
 * time zone and relative to its clock only then, so the two renders never disagree.
 */
function useInBrowser(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}

/** A moment in full and relative to now: "12 Mar 2026, 18:30 · 3 weeks ago". */
export function TimeWithRelative({ date }: { date: Date }) {
  const inBrowser = useInBrowser();
  return (
    <span>
      <time dateTime={date.toISOString()}>{formatWhen(date, !inBrowser)}</time>
      {inBrowser && ` · ${relativeTime(date, new Date())}`}
    </span>
  );
}

/** "3 weeks ago", shown once the page runs in the browser. */
export function RelativeTime({ date }: { date: Date }) {
  const inBrowser = useInBrowser();
  return <time dateTime={date.toISOString()}>{inBrowser ? relativeTime(date, new Date()) : formatWhen(date, true)}</time>;
}
