// The figures of each ego→alter tie (how long, how many contexts, how far) and a five-number
// summary of any of them for the distribution cards.
import { haversineKm } from "@/server/ties/compute";
import { NetworkInputError, type NetworkNode } from "./types";

const DAY_MS = 86_400_000;
/** The mean Gregorian year. */
const DAYS_PER_YEAR = 365.2425;

export interface TieAttributes {
  /** Calendar days from tie_since to the reference date; null when tie_since is unknown. */
  duration_days: number | null;
  duration_years: number | null;
  /** Distinct contexts the tie spans; null when they are unknown. */
  multiplexity: number | null;
  /** Great-circle distance between ego and alter; null when either location is unknown. */
  distance_km: number | null;
}

/** YYYY-MM-DD as midnight UTC in milliseconds; throws on anything that is not a real calendar date. */
function utcDay(date: string, what: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const time = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN;
  if (Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== date) {
    throw new NetworkInputError(`${what} "${date}" is not a YYYY-MM-DD calendar date`);
  }
  return time;
}

function location(node: NetworkNode): { latitude: number; longitude: number } | null {
  return node.lat == null || node.lon == null ? null : { latitude: node.lat, longitude: node.lon };
}

/** The tie figures of every alter in `nodes` (everyone but the ego), keyed by alter id. */
export function tieAttributes(nodes: NetworkNode[], egoId: string, referenceDate: string): Record<string, TieAttributes> {
  const reference = utcDay(referenceDate, "reference date");
  const ego = nodes.find((node) => node.id === egoId);
  if (!ego) throw new NetworkInputError(`the ego "${egoId}" is not among the nodes`);
  const egoLocation = location(ego);

  const result: Record<string, TieAttributes> = {};
  for (const node of nodes) {
    if (node.id === egoId) continue;
    const days = node.tie_since == null ? null : (reference - utcDay(node.tie_since, `tie_since of "${node.id}"`)) / DAY_MS;
    const alterLocation = location(node);
    result[node.id] = {
      duration_days: days,
      duration_years: days === null ? null : days / DAYS_PER_YEAR,
      multiplexity: node.tie_contexts == null ? null : new Set(node.tie_contexts).size,
      distance_km: egoLocation && alterLocation ? haversineKm(egoLocation, alterLocation) : null,
    };
  }
  return result;
}

export interface Summary {
  count: number;
  missing: number;
  min: number | null;
  median: number | null;
  mean: number | null;
  max: number | null;
}

/** Count, missing, min, median (mean of the middle two for an even count), mean and max; nulls are missing. */
export function summarize(values: readonly (number | null)[]): Summary {
  const known = values.filter((value): value is number => value !== null).sort((a, b) => a - b);
  const count = known.length;
  const missing = values.length - count;
  if (count === 0) return { count, missing, min: null, median: null, mean: null, max: null };
  const middle = Math.floor(count / 2);
  const median = count % 2 === 1 ? known[middle]! : (known[middle - 1]! + known[middle]!) / 2;
  const mean = known.reduce((sum, value) => sum + value, 0) / count;
  return { count, missing, min: known[0]!, median, mean, max: known[count - 1]! };
}
