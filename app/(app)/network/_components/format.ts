// How the Network page writes its numbers: a dash when a measure is undefined (too few people).

const NOT_DEFINED = "—";

export function count(value: number): string {
  return value.toLocaleString("en");
}

export function plural(value: number, one: string, many = `${one}s`): string {
  return `${count(value)} ${value === 1 ? one : many}`;
}

/** 0.1234 → "12%" (or "12.3%" with one digit); tiny non-zero shares do not round to "0%". */
export function percent(share: number | null, digits = 0): string {
  if (share === null || !Number.isFinite(share)) return NOT_DEFINED;
  const value = share * 100;
  if (value > 0 && value < 0.5 * 10 ** -digits) return `<${(10 ** -digits).toFixed(digits)}%`;
  return `${value.toFixed(digits)}%`;
}

export function decimal(value: number | null, digits = 1): string {
  if (value === null || !Number.isFinite(value)) return NOT_DEFINED;
  return value.toLocaleString("en", { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** Whole numbers as they are, others with one decimal: "4", "2.5". */
export function amount(value: number): string {
  return Number.isInteger(value) ? count(value) : decimal(value, 1);
}

/** A value of a tie distribution in its unit: "4.2 years", "120 km", "63 of 100". */
export function withUnit(value: number | null, unit: string): string {
  if (value === null) return NOT_DEFINED;
  if (unit === "km") return `${count(Math.round(value))} km`;
  if (unit === "0–100") return `${Math.round(value)} of 100`;
  return `${decimal(value, 1)} ${unit}`;
}

const MONTH = new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });

/** "2025-03-01" → "Mar 2025". */
export function monthLabel(isoDay: string): string {
  return MONTH.format(new Date(`${isoDay}T00:00:00Z`));
}
