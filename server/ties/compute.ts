// The figures of one tie (ego to one alter), from facts already loaded: no database here, and
// every function that depends on the date takes `now`, so results are reproducible.
import type { Initiator, Place, TieContext } from "@/db/schema/vocabulary";

const DAY_MS = 86_400_000;

/** The window for frequency: 365 days of 24 hours back from now (not a calendar year). */
export const FREQUENCY_WINDOW_DAYS = 365;

export const TIE_CONTEXT_LABELS: Record<TieContext, string> = {
  work: "Work",
  family: "Family",
  friendship: "Friendship",
  learning: "Learning",
  community: "Community",
  hobby: "Hobby",
  other: "Other",
};

export const KNOWS_ME_LABELS: Record<number, string> = {
  1: "Knows my name",
  2: "Knows a little about me",
  3: "Knows me fairly well",
  4: "Knows me well",
};

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

// ---------------------------------------------------------------------------------------------
// Facts in

/** What the interactions with one contact add up to (only those that have happened by `now`). */
export interface InteractionSummary {
  count: number;
  firstAt: Date | null;
  lastAt: Date | null;
  /** Interactions within the frequency window. */
  lastYearCount: number;
  initiators: Record<Initiator, number>;
  /** Distinct contexts over all the interactions. */
  contexts: TieContext[];
}

export interface InteractionFact {
  occurredAt: Date;
  contexts: readonly TieContext[];
  initiator: Initiator;
}

export interface TieFacts {
  /** YYYY-MM-DD, when the user says they met. */
  knownSince: string | null;
  knowsMe: number | null;
  statedContexts: readonly TieContext[];
  /** Where the contact lives. */
  place: Place | null;
  /** Where the user lives. */
  homePlace: Place | null;
  interactions: InteractionSummary;
}

/** Interactions in the window (now - 365 days, now]. */
export function frequency(occurredAt: readonly Date[], now: Date): number {
  const from = now.getTime() - FREQUENCY_WINDOW_DAYS * DAY_MS;
  return occurredAt.filter((at) => at.getTime() > from && at.getTime() <= now.getTime()).length;
}

/** The summary the service computes with SQL aggregates, from a plain list; later interactions than `now` are ignored. */
export function summarizeInteractions(list: readonly InteractionFact[], now: Date): InteractionSummary {
  const past = list.filter((item) => item.occurredAt.getTime() <= now.getTime());
  const times = past.map((item) => item.occurredAt.getTime());
  const initiators: Record<Initiator, number> = { me: 0, them: 0, mutual: 0 };
  for (const item of past) initiators[item.initiator] += 1;
  return {
    count: past.length,
    firstAt: times.length ? new Date(Math.min(...times)) : null,
    lastAt: times.length ? new Date(Math.max(...times)) : null,
    lastYearCount: frequency(
      past.map((item) => item.occurredAt),
      now,
    ),
    initiators,
    contexts: [...new Set(past.flatMap((item) => item.contexts))],
  };
}

// ---------------------------------------------------------------------------------------------
// The figures

export interface Duration {
  /** YYYY-MM-DD the tie is counted from. */
  since: string;
  source: "known_since" | "first_interaction";
  days: number;
  /** Whole calendar months and years, as in a person's age. */
  months: number;
  years: number;
}

/** How long the tie has lasted: from knownSince, else from the first interaction; null when neither is known. */
export function duration(knownSince: string | null, firstInteractionAt: Date | null, now: Date): Duration | null {
  const since = knownSince ?? firstInteractionAt?.toISOString().slice(0, 10) ?? null;
  if (!since) return null;
  const [sy, sm, sd] = since.split("-").map(Number) as [number, number, number];
  const start = knownSince ? Date.UTC(sy, sm - 1, sd) : (firstInteractionAt as Date).getTime();
  const days = Math.max(0, Math.floor((now.getTime() - start) / DAY_MS));
  const months = Math.max(0, (now.getUTCFullYear() - sy) * 12 + (now.getUTCMonth() + 1 - sm) - (now.getUTCDate() < sd ? 1 : 0));
  return { since, source: knownSince ? "known_since" : "first_interaction", days, months, years: Math.floor(months / 12) };
}

export interface Multiplexity {
  count: number;
  /** In the order of the vocabulary. */
  contexts: TieContext[];
}

/** The distinct contexts the tie spans, over the interactions' contexts and those the user states. */
export function multiplexity(interactionContexts: readonly TieContext[], statedContexts: readonly TieContext[]): Multiplexity {
  const all = new Set([...interactionContexts, ...statedContexts]);
  const contexts = (Object.keys(TIE_CONTEXT_LABELS) as TieContext[]).filter((context) => all.has(context));
  return { count: contexts.length, contexts };
}

export type ProximityBand = "same_city" | "same_region" | "same_country" | "abroad";

export interface Proximity {
  km: number;
  band: ProximityBand;
}

/** The IUGG mean Earth radius: the network measures' vectors use it too, so one distance serves both. */
const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance by the haversine formula, on a sphere of the Earth's mean radius. */
export function haversineKm(a: Pick<Place, "latitude" | "longitude">, b: Pick<Place, "latitude" | "longitude">): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Distance and band between the user's home and the contact's place; null when either is unknown. */
export function proximity(home: Place | null, place: Place | null): Proximity | null {
  if (!home || !place) return null;
  const km = haversineKm(home, place);
  const band: ProximityBand =
    home.id === place.id || km <= 25
      ? "same_city"
      : home.countryCode === place.countryCode && home.region != null && home.region === place.region
        ? "same_region"
        : home.countryCode === place.countryCode
          ? "same_country"
          : "abroad";
  return { km, band };
}

export interface Recency {
  days: number;
  lastAt: Date;
}

/** Whole days since the last interaction; null with none. */
export function recency(lastAt: Date | null, now: Date): Recency | null {
  if (!lastAt) return null;
  return { days: Math.max(0, Math.floor((now.getTime() - lastAt.getTime()) / DAY_MS)), lastAt };
}

export interface Reciprocity {
  /** Share of the interactions they started, mutual ones counting half: 0..1. */
  theirShare: number;
  /** 1 at an even share, 0 when one side starts everything. */
  balance: number;
}

export function reciprocity(initiators: Record<Initiator, number>): Reciprocity | null {
  const total = initiators.me + initiators.them + initiators.mutual;
  if (total === 0) return null;
  const theirShare = (initiators.them + initiators.mutual / 2) / total;
  return { theirShare, balance: 1 - 2 * Math.abs(theirShare - 0.5) };
}

// ---------------------------------------------------------------------------------------------
// Strength

export type ComponentKey = "frequency" | "recency" | "duration" | "intimacy" | "multiplexity" | "reciprocity" | "proximity";

/** Nominal weights; they add up to 1. */
export const STRENGTH_WEIGHTS: Record<ComponentKey, number> = {
  frequency: 0.25,
  recency: 0.2,
  duration: 0.15,
  intimacy: 0.1,
  multiplexity: 0.15,
  reciprocity: 0.1,
  proximity: 0.05,
};

const COMPONENT_LABELS: Record<ComponentKey, string> = {
  frequency: "Frequency",
  recency: "Recency",
  duration: "Duration",
  intimacy: "Intimacy",
  multiplexity: "Multiplexity",
  reciprocity: "Reciprocity",
  proximity: "Proximity",
};

/** Interactions a year that count as full frequency: weekly. */
const FULL_FREQUENCY = 52;
/** Days after which recency has halved. */
const RECENCY_HALF_LIFE_DAYS = 90;
/** Years of acquaintance that count as full duration. */
const FULL_DURATION_YEARS = 10;
/** Contexts that count as full multiplexity. */
const FULL_MULTIPLEXITY = 4;
export const PROXIMITY_SCORES: Record<ProximityBand, number> = { same_city: 1, same_region: 0.75, same_country: 0.5, abroad: 0.25 };

export const PROXIMITY_LABELS: Record<ProximityBand, string> = {
  same_city: "Same city",
  same_region: "Same region",
  same_country: "Same country",
  abroad: "Abroad",
};

export interface StrengthComponent {
  key: ComponentKey;
  label: string;
  /** The raw value in words. */
  value: string;
  /** 0..1 */
  score: number;
  /** Nominal weight, 0..1. */
  weight: number;
  /** Weight after leaving out unknown components, 0..1; the effective weights add up to 1. */
  effectiveWeight: number;
  /** score x effective weight x 100; the points add up to the strength before rounding. */
  points: number;
}

export interface LeftOutComponent {
  key: ComponentKey;
  label: string;
  weight: number;
  /** Why it is unknown. */
  reason: string;
}

export interface StrengthBreakdown {
  strength: number;
  components: StrengthComponent[];
  leftOut: LeftOutComponent[];
  /** Plain words on renormalisation, or null when every component was known. */
  note: string | null;
}

export type StrengthBand = "weak" | "moderate" | "strong";

/** The plain reading of a strength: under 30 weak, under 60 moderate, else strong. */
export function strengthBand(strength: number): StrengthBand {
  return strength < 30 ? "weak" : strength < 60 ? "moderate" : "strong";
}

export const scoring = {
  /** ln(1 + n) / ln(1 + 52), capped at 1: the first few contacts a year matter most. */
  frequency: (lastYearCount: number) => Math.min(1, Math.log1p(lastYearCount) / Math.log1p(FULL_FREQUENCY)),
  /** Halves every 90 days since the last contact; 0 with no contact at all. */
  recency: (days: number | null) => (days == null ? 0 : 0.5 ** (days / RECENCY_HALF_LIFE_DAYS)),
  /** ln(1 + years) / ln(1 + 10), capped at 1, with years = days / 365.25. */
  duration: (days: number) => Math.min(1, Math.log1p(days / 365.25) / Math.log1p(FULL_DURATION_YEARS)),
  /** knowsMe 1..4 to 0..1: (k - 1) / 3; knowing only the name is no intimacy. */
  intimacy: (knowsMe: number) => (Math.min(4, Math.max(1, knowsMe)) - 1) / 3,
  /** count / 4, capped at 1. */
  multiplexity: (count: number) => Math.min(1, count / FULL_MULTIPLEXITY),
  /** The balance: 1 - 2 |share - 1/2|. */
  reciprocity: (theirShare: number) => 1 - 2 * Math.abs(theirShare - 0.5),
  proximity: (band: ProximityBand) => PROXIMITY_SCORES[band],
};

/**
 * Tie strength, 0 to 100: a weighted mean of seven components, each scaled to 0..1.
 *
 * Granovetter (1973) defines the strength of a tie as a "combination of the amount of time, the
 * emotional intensity, the intimacy (mutual confiding), and the reciprocal services"; Marsden &
 * Campbell (1984) found closeness the best single indicator, with frequency and duration as
 * contributing but noisier measures. So time carries most of the weight and is measured three ways:
 *
 * | component    | weight | score (0..1)                                   | why |
 * | ------------ | -----: | ---------------------------------------------- | --- |
 * | frequency    | 0.25   | ln(1 + n) / ln(53), n = interactions in the last 365 days, capped at 1 (weekly or more = 1) | Granovetter's "amount of time"; log-scaled because going from none to monthly changes a tie far more than going from weekly to daily |
 * | recency      | 0.20   | 0.5 ^ (days since last contact / 90); 0 with no contact | a tie not used decays (Burt 2000, "decay network"); a quarter of silence halves it |
 * | duration     | 0.15   | ln(1 + years) / ln(11), capped at 1 (10+ years = 1); years from known since, else from the first interaction | Marsden & Campbell's duration; the first years count most |
 * | intimacy     | 0.10   | (knowsMe - 1) / 3: knows my name 0, a little 1/3, fairly well 2/3, well 1 | Granovetter's intimacy (mutual confiding); Marsden & Campbell's closeness |
 * | multiplexity | 0.15   | distinct contexts / 4, capped at 1 | a tie spanning work, family, learning ... carries more (Verbrugge 1979) |
 * | reciprocity  | 0.10   | 1 - 2 abs(s - 1/2), s = share they start, mutual counting half | Granovetter's "reciprocal services": 1 at an even share, 0 when one-sided |
 * | proximity    | 0.05   | same city 1, same region 0.75, same country 0.5, abroad 0.25 | nearness makes contact cheap, but is a weak indicator (Wellman 1996) |
 *
 * strength = round(100 x sum(weight x score) / sum(weight)), the sums over the known components.
 * A component is unknown, and left out with the others' weights scaled up, when its input is
 * missing: intimacy without knowsMe, proximity without both places, reciprocity without
 * interactions, duration without known since and without interactions. Frequency, recency and
 * multiplexity are always known: no interactions and no contexts are facts that score 0.
 */
export function tieStrength(facts: TieFacts, now: Date): StrengthBreakdown {
  const { known, leftOut } = measureComponents(facts, now);
  const knownWeight = known.reduce((sum, component) => sum + STRENGTH_WEIGHTS[component.key], 0);
  const components = known.map(({ key, score, value }) => {
    const weight = STRENGTH_WEIGHTS[key];
    const effectiveWeight = weight / knownWeight;
    return { key, label: COMPONENT_LABELS[key], value: value(), score, weight, effectiveWeight, points: 100 * effectiveWeight * score };
  });
  const out = leftOut.map((component) => ({ ...component, label: COMPONENT_LABELS[component.key], weight: STRENGTH_WEIGHTS[component.key] }));
  const note = out.length
    ? `${listWords(out.map((component, index) => (index === 0 ? component.label : component.label.toLowerCase())))} ${out.length === 1 ? "is" : "are"} unknown, so ${out.length === 1 ? "it is" : "they are"} left out and the other weights are scaled up to add to 100%.`
    : null;
  return { strength: toStrength(known), components, leftOut: out, note };
}

/** The strength alone, as in tieStrength, without the words: for many contacts at once. */
export function tieStrengthScore(facts: TieFacts, now: Date): number {
  return toStrength(measureComponents(facts, now).known);
}

interface Measured {
  key: ComponentKey;
  score: number;
  /** Words are made only when a breakdown is asked for. */
  value: () => string;
}

function toStrength(known: readonly Measured[]): number {
  let weights = 0;
  let total = 0;
  for (const { key, score } of known) {
    weights += STRENGTH_WEIGHTS[key];
    total += STRENGTH_WEIGHTS[key] * score;
  }
  // The epsilon keeps sums like 49.99999999 from rounding the wrong way.
  return Math.min(100, Math.max(0, Math.round((100 * total) / weights + 1e-9)));
}

function measureComponents(facts: TieFacts, now: Date): { known: Measured[]; leftOut: Omit<LeftOutComponent, "label" | "weight">[] } {
  const { interactions } = facts;
  const known: Measured[] = [];
  const leftOut: Omit<LeftOutComponent, "label" | "weight">[] = [];

  const n = interactions.lastYearCount;
  known.push({ key: "frequency", score: scoring.frequency(n), value: () => (n === 0 ? "No interactions in the last year" : `${plural(n, "interaction")} in the last year`) });

  const last = recency(interactions.lastAt, now);
  known.push({ key: "recency", score: scoring.recency(last?.days ?? null), value: () => (last ? `Last contact ${daysAgo(last.days)}` : "No interactions yet") });

  const time = duration(facts.knownSince, interactions.firstAt, now);
  if (time) known.push({ key: "duration", score: scoring.duration(time.days), value: () => `${durationWords(time)}, since ${monthYear(time.since)}` });
  else leftOut.push({ key: "duration", reason: "When you met is not set and there are no interactions" });

  const knowsMe = facts.knowsMe;
  if (knowsMe != null) known.push({ key: "intimacy", score: scoring.intimacy(knowsMe), value: () => KNOWS_ME_LABELS[knowsMe] ?? `Level ${knowsMe}` });
  else leftOut.push({ key: "intimacy", reason: "How well they know you is not set" });

  const contexts = multiplexity(interactions.contexts, facts.statedContexts);
  known.push({
    key: "multiplexity",
    score: scoring.multiplexity(contexts.count),
    value: () => (contexts.count === 0 ? "No contexts yet" : `${plural(contexts.count, "context")}: ${contextList(contexts.contexts)}`),
  });

  const balance = reciprocity(interactions.initiators);
  if (balance) known.push({ key: "reciprocity", score: scoring.reciprocity(balance.theirShare), value: () => `They start ${Math.round(balance.theirShare * 100)}% of your contact` });
  else leftOut.push({ key: "reciprocity", reason: "No interactions yet" });

  const near = proximity(facts.homePlace, facts.place);
  if (near) known.push({ key: "proximity", score: scoring.proximity(near.band), value: () => `${PROXIMITY_LABELS[near.band]}, ${formatKm(near.km)}` });
  else leftOut.push({ key: "proximity", reason: !facts.homePlace ? "Your home city is not set" : "Their city is not set" });

  return { known, leftOut };
}

// ---------------------------------------------------------------------------------------------
// Words

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

export function daysAgo(days: number): string {
  return days === 0 ? "today" : days === 1 ? "yesterday" : `${days} days ago`;
}

/** "6 years", "4 months", "12 days". */
export function durationWords(time: Pick<Duration, "days" | "months" | "years">): string {
  if (time.years >= 1) return plural(time.years, "year");
  if (time.months >= 1) return plural(time.months, "month");
  return plural(time.days, "day");
}

/** "2019-03-14" -> "March 2019". */
export function monthYear(isoDate: string): string {
  const [year, month] = isoDate.split("-").map(Number) as [number, number];
  return `${MONTHS[month - 1]} ${year}`;
}

export function formatKm(km: number): string {
  return km < 1 ? "under 1 km" : `${Math.round(km).toLocaleString("en-US")} km`;
}

/** "work, friendship, learning" in lower case. */
export function contextList(contexts: readonly TieContext[]): string {
  return contexts.map((context) => TIE_CONTEXT_LABELS[context].toLowerCase()).join(", ");
}

const SHARE_WORDS: [number, string][] = [
  [1 / 4, "about a quarter"],
  [1 / 3, "about a third"],
  [1 / 2, "about half"],
  [2 / 3, "about two thirds"],
  [3 / 4, "about three quarters"],
];

/** "They start about a third of your contact", from their share of starting it. */
export function reciprocityReading(theirShare: number): string {
  if (theirShare < 0.125) return "You start almost all of your contact";
  if (theirShare > 0.875) return "They start almost all of your contact";
  let nearest = SHARE_WORDS[0] as [number, string];
  for (const entry of SHARE_WORDS) if (Math.abs(entry[0] - theirShare) < Math.abs(nearest[0] - theirShare)) nearest = entry;
  return `They start ${nearest[1]} of your contact`;
}

function listWords(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? "") : `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}
