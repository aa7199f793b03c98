const pad = (value: number) => String(value).padStart(2, "0");

const DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** "12 Mar 2026" for a YYYY-MM-DD day. */
export function formatDay(isoDay: string): string {
  return DAY.format(new Date(`${isoDay}T00:00:00Z`));
}

/** A moment as the value of a datetime-local control ("2026-03-12T18:30"), in the browser's time zone. */
export function toLocalInput(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Today in the browser's time zone, as YYYY-MM-DD. */
export function localToday(): string {
  return toLocalInput(new Date()).slice(0, 10);
}

/** This month in the browser's time zone, as YYYY-MM. */
export function localMonth(): string {
  return toLocalInput(new Date()).slice(0, 7);
}
