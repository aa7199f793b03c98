// The owner's ego network, read from their contacts and measured: what the Network page shows,
// the warm paths into a company, the monthly snapshots, and the cached betweenness and layout.
import { createHash } from "node:crypto";
import { and, asc, desc, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  CIRCLE_PURPOSES,
  CIRCLE_TYPES,
  circleMembers,
  circles,
  companies,
  contacts,
  contactTies,
  employments,
  INDUSTRIES,
  networkCache,
  networkSnapshots,
  users,
  type CirclePurpose,
  type CircleType,
  type NetworkSnapshotMeasures,
  type NetworkStructure,
  type TieContext,
} from "@/db/schema";
import { isUuid, NotFoundError } from "../errors";
import { strengthBand, TIE_CONTEXT_LABELS, tieStrengthScore, type StrengthBand } from "../ties/compute";
import { getTieFacts } from "../ties/service";
import { brokers as findBrokers } from "./brokerage";
import { betweenness, degree } from "./centrality";
import { dominantLabel, louvainCommunities } from "./communities";
import { egoMetrics } from "./ego";
import { tiesToDraw, type DrawableTie } from "./drawn-ties";
import { alterGraph, buildEgoGraph } from "./graph";
import { nodeBurtMeasures } from "./structural-holes";
import { heterogeneity, observedDomain, type Heterogeneity } from "./heterogeneity";
import { keptOrWorkedOut } from "./kept-overview";
import { packLayout, settleLayout, startingLayout, unpackLayout, unpackPoints, type LayoutInput, type Point } from "./layout";
import { warmPaths as strongestPaths } from "./paths";
import { warmPathsInput, type WarmPathsInput } from "./schemas";
import { summarize, tieAttributes, type Summary } from "./tie-attributes";
import type { ContactRef } from "./ties";
import type { EgoNetworkInput, NetworkNode } from "./types";

/** The ego's id in the graph: contact ids are uuids, so it cannot clash. */
export const EGO = "me";

/** Up to this many contacts betweenness and the layout are computed on the spot; past it, by a background job. */
export const INLINE_SLOW_MEASURES_LIMIT = 400;

const BAND_WEIGHT: Record<StrengthBand, number> = { weak: 1, moderate: 2, strong: 3 };
/** A tie recorded without a strength, when strengths are in play: "they know each other". */
const UNSTATED_STRENGTH = 2;

export const TIE_AGE_BANDS = ["under 1 year", "1–5 years", "5–10 years", "10+ years"] as const;

function tieAgeBand(years: number): (typeof TIE_AGE_BANDS)[number] {
  return years < 1 ? "under 1 year" : years < 5 ? "1–5 years" : years < 10 ? "5–10 years" : "10+ years";
}

const CONTEXT_TIE_TYPE: Record<TieContext, CircleType> = {
  work: "professional",
  learning: "development",
  family: "social",
  friendship: "social",
  community: "social",
  hobby: "social",
  other: "social",
};

/** The most common value, ties broken alphabetically; null for none. */
function mostCommon<T extends string>(values: readonly T[]): T | null {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: T | null = null;
  for (const [value, count] of counts) if (best === null || count > counts.get(best)! || (count === counts.get(best)! && value < best)) best = value;
  return best;
}

interface Person extends ContactRef {
  company: string | null;
  circles: { id: string; name: string; purpose: CirclePurpose | null; type: CircleType | null }[];
  contexts: TieContext[];
  /** Tie strength with the user, 0 to 100. */
  strength: number;
}

interface LoadedNetwork {
  /** The user and their contacts as the measures read them. */
  nodes: NetworkNode[];
  /** The user's tie with each contact, weighted by its band (ties among contacts: see loadGraph). */
  egoEdges: EgoNetworkInput["edges"];
  referenceDate: string;
  people: Map<string, Person>;
  /** A fingerprint of who is tied to whom and how strongly, for the cached structure, betweenness and layout. */
  graphKey: string;
  /** The owner's circles with at least one member here, A to Z. */
  circles: { id: string; name: string }[];
}

/** The ego network with the ties among contacts: what measuring reads. */
interface LoadedGraph {
  input: EgoNetworkInput;
  /** Whether any tie among contacts has a strength: the weighted measures are shown then. */
  weighted: boolean;
}

/** Bumped when NetworkStructure changes shape, so structures kept in an older shape are measured again. */
const STRUCTURE_VERSION = "2";

/**
 * The owner's ties as one text, "a b strength" each (0 for no strength), not a row each: PGlite
 * reads fifty thousand rows four times slower than the same ties joined by the database. In a
 * fixed order: Louvain's result depends on the order ties are added, and must not change between reads.
 */
const tiesText = sql<string | null>`string_agg(${contactTies.contactId}::text || ' ' || ${contactTies.otherContactId}::text || ' ' || coalesce(${contactTies.strength}, 0), ',' order by ${contactTies.contactId}, ${contactTies.otherContactId})`;

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The owner's contacts (archived ones left out) as the measures read them, with a fingerprint of
 * the ties among them: the ties themselves are read only when something has to be measured.
 */
async function loadNetwork(db: Db, ownerId: string, now: Date): Promise<LoadedNetwork> {
  const [owner] = await db.select({ homePlace: users.homePlace }).from(users).where(eq(users.id, ownerId));
  const [rows, facts, jobs, memberships, [ties]] = await Promise.all([
    db
      .select({ id: contacts.id, displayName: contacts.displayName, photoUrl: contacts.photoUrl, place: contacts.place })
      .from(contacts)
      .where(and(eq(contacts.ownerId, ownerId), isNull(contacts.archivedAt)))
      .orderBy(asc(contacts.sortName), asc(contacts.id)),
    getTieFacts(db, ownerId, undefined, now),
    db
      .select({ contactId: employments.contactId, company: companies.name, industry: companies.industry })
      .from(employments)
      .innerJoin(companies, eq(companies.id, employments.companyId))
      .where(and(eq(employments.ownerId, ownerId), eq(employments.current, true)))
      .orderBy(asc(employments.createdAt)),
    db
      .select({ contactId: circleMembers.contactId, id: circles.id, name: circles.name, purpose: circles.purpose, type: circles.type })
      .from(circleMembers)
      .innerJoin(circles, eq(circles.id, circleMembers.circleId))
      .where(eq(circles.ownerId, ownerId))
      .orderBy(asc(circles.name)),
    db.select({ digest: sql<string | null>`md5(${tiesText})` }).from(contactTies).where(eq(contactTies.ownerId, ownerId)),
  ]);

  const jobOf = new Map<string, { company: string; industry: string | null }>();
  for (const job of jobs) if (!jobOf.has(job.contactId)) jobOf.set(job.contactId, job);
  const circlesOf = new Map<string, Person["circles"]>();
  for (const { contactId, ...circle } of memberships) circlesOf.set(contactId, [...(circlesOf.get(contactId) ?? []), circle]);

  const people = new Map<string, Person>();
  const nodes: NetworkNode[] = [{ id: EGO, lat: owner?.homePlace?.latitude ?? null, lon: owner?.homePlace?.longitude ?? null }];
  const egoEdges: EgoNetworkInput["edges"] = [];
  const today = isoDay(now);
  for (const row of rows) {
    const tie = facts.get(row.id);
    const contexts = [...new Set([...(tie?.statedContexts ?? []), ...(tie?.interactions.contexts ?? [])])];
    const firstAt = tie?.interactions.firstAt ?? null;
    const since = tie?.knownSince ?? (firstAt ? isoDay(firstAt) : null);
    const memberOf = circlesOf.get(row.id) ?? [];
    const strength = tie ? tieStrengthScore(tie, now) : 0;
    people.set(row.id, { id: row.id, displayName: row.displayName, photoUrl: row.photoUrl, company: jobOf.get(row.id)?.company ?? null, circles: memberOf, contexts, strength });
    const years = since && since <= today ? (Date.parse(today) - Date.parse(since)) / (365.2425 * 86_400_000) : null;
    nodes.push({
      id: row.id,
      industry: jobOf.get(row.id)?.industry ?? null,
      city: row.place ? `${row.place.name}, ${row.place.countryCode}` : null,
      country: row.place?.country ?? null,
      tie_type: mostCommon(memberOf.flatMap((circle) => (circle.type ? [circle.type] : []))) ?? mostCommon(contexts.map((context) => CONTEXT_TIE_TYPE[context])),
      circle_purpose: mostCommon(memberOf.flatMap((circle) => (circle.purpose ? [circle.purpose] : []))),
      tie_age: years === null ? null : tieAgeBand(years),
      lat: row.place?.latitude ?? null,
      lon: row.place?.longitude ?? null,
      tie_since: since && since <= today ? since : null,
      tie_contexts: contexts,
    });
    egoEdges.push({ source: EGO, target: row.id, weight: BAND_WEIGHT[strengthBand(strength)] });
  }
  // Ties to archived contacts change the fingerprint too: a needless re-measure, never a stale one.
  const fingerprint = createHash("sha256").update(`${STRUCTURE_VERSION};${ties?.digest ?? ""};`);
  for (const id of people.keys()) fingerprint.update(`${id};`);

  const usedCircles = new Map<string, string>();
  for (const membership of memberships) if (people.has(membership.contactId)) usedCircles.set(membership.id, membership.name);
  return {
    nodes,
    egoEdges,
    referenceDate: today,
    people,
    graphKey: fingerprint.digest("hex"),
    circles: [...usedCircles].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name)),
  };
}

/** The ego network of what loadNetwork read, with the ties among the contacts. */
async function loadGraph(db: Db, ownerId: string, loaded: LoadedNetwork): Promise<LoadedGraph> {
  const [row] = await db.select({ ties: tiesText }).from(contactTies).where(eq(contactTies.ownerId, ownerId));
  const ties = (row?.ties?.split(",") ?? []).flatMap((entry) => {
    const [a, b, strength] = entry.split(" ");
    return loaded.people.has(a!) && loaded.people.has(b!) ? [{ a: a!, b: b!, strength: Number(strength) || null }] : [];
  });
  const weighted = ties.some((tie) => tie.strength !== null);
  const edges = [...loaded.egoEdges];
  for (const tie of ties) edges.push({ source: tie.a, target: tie.b, weight: weighted ? (tie.strength ?? UNSTATED_STRENGTH) : null });
  return { input: { ego: EGO, nodes: loaded.nodes, edges, reference_date: loaded.referenceDate }, weighted };
}

/** The heterogeneity facets the Network page shows, each over a declared domain (or the values seen). */
const FACETS: { attribute: string; label: string; domain: readonly string[] | null }[] = [
  { attribute: "industry", label: "Industry", domain: INDUSTRIES },
  { attribute: "country", label: "Country", domain: null },
  { attribute: "city", label: "City", domain: null },
  { attribute: "tie_type", label: "Tie type", domain: CIRCLE_TYPES },
  { attribute: "circle_purpose", label: "Circle purpose", domain: CIRCLE_PURPOSES },
  { attribute: "tie_age", label: "Tie age", domain: TIE_AGE_BANDS },
];

/** Heterogeneity of the owner's contacts on each facet. */
function facetsOf(loaded: LoadedNetwork): { attribute: string; label: string; facet: Heterogeneity }[] {
  const alters = loaded.nodes.filter((node) => node.id !== EGO);
  return FACETS.map(({ attribute, label, domain }) => {
    const values = alters.map((node) => (node[attribute] as string | null | undefined) ?? null);
    return { attribute, label, facet: heterogeneity(values, domain ?? observedDomain(values)) };
  });
}

export interface Diversity extends Heterogeneity {
  attribute: string;
  label: string;
  reading: string;
}

export interface Bin {
  label: string;
  count: number;
}

export interface Distribution {
  label: string;
  unit: string;
  summary: Summary;
  bins: Bin[];
  reading: string;
}

export interface Cluster {
  /** Index into the partition, stable for one graph. */
  index: number;
  name: string;
  members: string[];
}

export interface Broker {
  contact: ContactRef;
  bridgedPairs: number;
  clusters: string[];
}

export interface NetworkNodeView extends ContactRef {
  /** Tie strength with the user, 0 to 100. */
  strength: number;
  band: StrengthBand;
  company: string | null;
  circleIds: string[];
  cluster: number | null;
  /** Contacts this one knows, among the user's. */
  degree: number;
  /** How much this contact constrains the user (Burt's c_ij). */
  constraintOnYou: number | null;
  /** Normalised betweenness among the user's contacts (the user left out), when computed. */
  betweenness: number | null;
  /** Where the picture draws them (server/network/layout.ts). */
  position: Point;
}

export interface NetworkOverview {
  alters: number;
  alterTies: number;
  nodes: NetworkNodeView[];
  /** The ties the picture draws: all of them, or past MAX_DRAWN_TIES a backbone (see drawn-ties.ts). */
  edges: { source: string; target: string; strength: number | null }[];
  circles: { id: string; name: string }[];
  ego: {
    density: number;
    densityWithYou: number;
    possiblePairs: number;
    effectiveSize: number | null;
    efficiency: number | null;
    constraint: number | null;
    hierarchy: number | null;
    /** Pairs of contacts who are linked only through the user (Everett & Borgatti). */
    betweenness: number;
    weighted: { effectiveSize: number | null; efficiency: number | null; constraint: number | null; hierarchy: number | null } | null;
  };
  clusters: Cluster[];
  /** Contacts tied to none of the others. */
  isolates: number;
  modularity: number | null;
  brokers: Broker[];
  diversity: Diversity[];
  ties: Distribution[];
  centrality: { status: "ready" | "computing"; computedAt: Date | null };
  /** False while the picture shows people where they were, before the layout has run on the current graph. */
  layoutSettled: boolean;
  readings: { density: string; effectiveSize: string; constraint: string; clusters: string; brokers: string };
}

const percent = (share: number) => `${Math.round(share * 100)}%`;
const plural = (count: number, one: string, many = `${one}s`) => `${count.toLocaleString("en")} ${count === 1 ? one : many}`;

function densityReading(density: number, alters: number, ties: number): string {
  if (alters < 2) return "Add a few more people to see how connected they are.";
  if (ties === 0) return "You haven't recorded who knows whom yet. Open a contact and use “Knows…” to add it.";
  if (density < 0.1) return `Few of your contacts know each other (${percent(density)} of possible pairs): news and ideas reach you from many directions.`;
  if (density < 0.4) return `Some of your contacts know each other (${percent(density)} of possible pairs): a mix of tight groups and separate worlds.`;
  return `Most of your contacts know each other (${percent(density)} of possible pairs): a close-knit network that trusts and repeats itself.`;
}

function effectiveSizeReading(effectiveSize: number | null, alters: number): string {
  if (effectiveSize === null || alters === 0) return "Add contacts to see how many independent worlds they open to you.";
  return `Your ${plural(alters, "contact")} are worth about ${effectiveSize.toFixed(1)} non-redundant ones: the rest mostly know the same people.`;
}

function constraintReading(constraint: number | null, ties: number): string {
  if (constraint === null) return "Add contacts to see how much your network boxes you in.";
  if (ties === 0) return `Constraint is ${constraint.toFixed(2)}, one over the number of your contacts, because none of them is recorded as knowing another: it rises as they do.`;
  if (constraint < 0.2) return `Low constraint (${constraint.toFixed(2)}): your contacts don't know each other much, so you hear different things and can bring them together.`;
  if (constraint < 0.5) return `Moderate constraint (${constraint.toFixed(2)}): a few groups where everyone knows everyone take much of your time.`;
  return `High constraint (${constraint.toFixed(2)}): your contacts are tied to each other, so they mostly know what you know.`;
}

function clustersReading(clusters: Cluster[]): string {
  if (clusters.length === 0) return "No groups yet: groups appear once you record who knows whom.";
  const named = clusters.slice(0, 3).map((cluster) => `${cluster.name} (${cluster.members.length})`);
  if (clusters.length === 1) return `Your connected contacts form one group: ${named[0]}.`;
  const more = clusters.length - named.length;
  const list = more > 0 ? `${named.join(", ")} and ${more} more` : `${named.slice(0, -1).join(", ")} and ${named.at(-1)}`;
  return `Your contacts form ${clusters.length} groups that barely know each other: ${list}. You are their bridge.`;
}

function brokersReading(brokers: Broker[]): string {
  if (brokers.length === 0) return "Nobody among your contacts links groups that don't otherwise know each other.";
  const [first] = brokers;
  const others = brokers.length - 1;
  const alsoBridging = others === 0 ? "" : others === 1 ? ", and 1 other person bridges groups too" : `, and ${others} others bridge groups too`;
  return `${first!.contact.displayName} links ${first!.clusters.join(" and ")}${alsoBridging}: ask them for introductions across.`;
}

function diversityReading(facet: Heterogeneity, label: string): string {
  if (facet.n_valid === 0) return `No ${label.toLowerCase()} known yet for your contacts.`;
  const value = facet.iqv ?? facet.blau ?? 0;
  const level = value < 0.3 ? "Not very diverse" : value < 0.7 ? "Fairly diverse" : "Very diverse";
  const missing = facet.n_missing > 0 ? ` (${plural(facet.n_missing, "contact")} unknown)` : "";
  return `${level} by ${label.toLowerCase()}: ${plural(facet.k_observed, "category", "categories")} of ${facet.K}${missing}.`;
}

function bins(values: (number | null)[], edges: { label: string; below: number }[]): Bin[] {
  const counts = edges.map((edge) => ({ label: edge.label, count: 0 }));
  for (const value of values) {
    if (value === null) continue;
    const index = edges.findIndex((edge) => value < edge.below);
    counts[index === -1 ? counts.length - 1 : index]!.count++;
  }
  return counts;
}

function tieDistributions(loaded: LoadedNetwork): Distribution[] {
  const attributes = Object.values(tieAttributes(loaded.nodes, EGO, loaded.referenceDate));
  const years = attributes.map((tie) => tie.duration_years);
  const multiplexity = attributes.map((tie) => tie.multiplexity);
  const distance = attributes.map((tie) => tie.distance_km);
  const strength = [...loaded.people.values()].map((person) => person.strength);
  const median = (summary: Summary, format: (value: number) => string) => (summary.median === null ? null : format(summary.median));
  const missing = (summary: Summary, what: string) => (summary.missing > 0 ? ` ${plural(summary.missing, "contact")} without ${what}.` : "");
  const durationSummary = summarize(years);
  const multiplexitySummary = summarize(multiplexity);
  const distanceSummary = summarize(distance);
  const strengthSummary = summarize(strength);
  return [
    {
      label: "How long you've known them",
      unit: "years",
      summary: durationSummary,
      bins: bins(years, [
        { label: "< 1", below: 1 },
        { label: "1–3", below: 3 },
        { label: "3–5", below: 5 },
        { label: "5–10", below: 10 },
        { label: "10–20", below: 20 },
        { label: "20+", below: Infinity },
      ]),
      reading: (median(durationSummary, (value) => `Half of your ties are older than ${value.toFixed(1)} years.`) ?? "Add when you met people to see how old your ties are.") + missing(durationSummary, "a known-since date or interactions"),
    },
    {
      label: "Contexts per tie (multiplexity)",
      unit: "contexts",
      summary: multiplexitySummary,
      bins: bins(multiplexity, [
        { label: "0", below: 1 },
        { label: "1", below: 2 },
        { label: "2", below: 3 },
        { label: "3", below: 4 },
        { label: "4+", below: Infinity },
      ]),
      reading:
        multiplexitySummary.count === 0
          ? "No contacts yet."
          : `${percent(multiplexity.filter((value) => (value ?? 0) >= 2).length / multiplexitySummary.count)} of your ties span two or more contexts (${Object.values(TIE_CONTEXT_LABELS).slice(0, 3).join(", ").toLowerCase()}…); those tend to last.`,
    },
    {
      label: "Distance from you",
      unit: "km",
      summary: distanceSummary,
      bins: bins(distance, [
        { label: "< 10 km", below: 10 },
        { label: "10–100", below: 100 },
        { label: "100–1,000", below: 1000 },
        { label: "1,000+ km", below: Infinity },
      ]),
      reading: (median(distanceSummary, (value) => `Half of your contacts live within ${Math.round(value).toLocaleString("en")} km of you.`) ?? "Set your home city and theirs to see how near they are.") + missing(distanceSummary, "a city"),
    },
    {
      label: "Tie strength",
      unit: "0–100",
      summary: strengthSummary,
      bins: bins(strength, [
        { label: "Weak", below: 30 },
        { label: "Moderate", below: 60 },
        { label: "Strong", below: Infinity },
      ]),
      reading: strengthSummary.count === 0 ? "No contacts yet." : `${plural(strength.filter((value) => value >= 60).length, "strong tie")}, ${plural(strength.filter((value) => value < 30).length, "weak tie")}: weak ties are where new information comes from.`,
    },
  ];
}

/** Names a cluster after what most of its members share: a circle, a company or a context. */
function clusterName(members: string[], people: Map<string, Person>, index: number): string {
  const candidates = [
    dominantLabel(members, (id) => people.get(id)?.circles.map((circle) => circle.name) ?? []),
    dominantLabel(members, (id) => (people.get(id)?.company ? [people.get(id)!.company!] : [])),
    dominantLabel(members, (id) => people.get(id)?.contexts.map((context) => TIE_CONTEXT_LABELS[context]) ?? []),
  ].filter((label) => label !== null && label.share >= 0.5);
  const best = candidates.sort((a, b) => b!.share - a!.share)[0];
  return best ? best.label : `Group ${index + 1}`;
}

/** Everything the page shows that follows from who knows whom, and how well (no names, no details). */
function measureStructure({ input, weighted }: LoadedGraph): NetworkStructure {
  const graph = buildEgoGraph(input);
  const alters = alterGraph(graph, EGO);
  const { partition, modularity } = louvainCommunities(alters);
  // Only the user's own weighted measures are shown: one neighbourhood's work, not the whole graph's.
  const weightedEgo = weighted ? nodeBurtMeasures(graph, EGO, { weighted: true }) : null;
  const indexOf = new Map(partition.flat().map((id, index) => [id, index]));
  const drawn = tiesToDraw(input.edges.filter((edge) => edge.source !== EGO).map((edge) => ({ source: edge.source, target: edge.target, strength: edge.weight ?? null })));
  return {
    partition,
    modularity,
    ego: egoMetrics(graph, EGO),
    weightedEgo: weightedEgo && { effectiveSize: weightedEgo.effectiveSize, efficiency: weightedEgo.efficiency, constraint: weightedEgo.constraint, hierarchy: weightedEgo.hierarchy },
    degrees: degree(alters),
    brokers: findBrokers(alters, partition).slice(0, 10),
    drawnTies: drawn.flatMap((tie) => [indexOf.get(tie.source)!, indexOf.get(tie.target)!, tie.strength ?? 0]),
  };
}

/** The ties the picture draws, from the structure that keeps them. */
function drawnTiesOf(structure: NetworkStructure): DrawableTie[] {
  const ids = structure.partition.flat();
  const ties: DrawableTie[] = [];
  for (let i = 0; i + 2 < structure.drawnTies.length; i += 3) ties.push({ source: ids[structure.drawnTies[i]!]!, target: ids[structure.drawnTies[i + 1]!]!, strength: structure.drawnTies[i + 2] || null });
  return ties;
}

type CacheRow = typeof networkCache.$inferSelect;

async function readCache(db: Db, ownerId: string): Promise<CacheRow | null> {
  const [row] = await db.select().from(networkCache).where(eq(networkCache.ownerId, ownerId));
  return row ?? null;
}

/** The layout's input: the structure's people in `partition.flat()` order, with the ties it draws. */
function layoutInput(structure: NetworkStructure, previous: CacheRow | null): LayoutInput {
  const ids = structure.partition.flat();
  const clusters = structure.partition.flatMap((members, index) => members.map(() => (members.length > 1 ? index : null)));
  const known = previous?.layout ? unpackLayout(previous.structure.partition.flat(), previous.layout.positions) : undefined;
  return { ids, clusters, ties: structure.drawnTies, previous: known };
}

/**
 * The cache row for the graph as loaded: kept while the graph is unchanged, else measured and
 * stored. The slow parts (betweenness, the settled layout) are computed when `complete`, or when
 * the network is small enough to do it on the spot; otherwise the row keeps null betweenness and a
 * first placement, and `pending` says the background job should finish it.
 */
async function cacheFor(db: Db, ownerId: string, loaded: LoadedNetwork, complete: boolean): Promise<{ row: CacheRow; computed: boolean; pending: boolean }> {
  const stored = await readCache(db, ownerId);
  const current = stored?.graphKey === loaded.graphKey ? stored : null;
  const done = (row: CacheRow) => row.betweenness !== null && row.layout?.settled === true;
  const slow = complete || loaded.people.size <= INLINE_SLOW_MEASURES_LIMIT;
  if (current && (done(current) || !slow)) return { row: current, computed: false, pending: !done(current) };

  // The graph is built only when something has to be measured.
  const graph = await loadGraph(db, ownerId, loaded);
  const structure = current?.structure ?? measureStructure(graph);
  const input = layoutInput(structure, stored);
  const start = current?.layout ? unpackPoints(current.layout.positions) : startingLayout(input);
  const layout = current?.layout?.settled ? current.layout : { positions: packLayout(slow ? settleLayout(input, start) : start), settled: slow };
  const values = current?.betweenness ?? (slow ? betweenness(alterGraph(buildEgoGraph(graph.input), EGO), { normalized: true }) : null);
  const row = { ownerId, graphKey: loaded.graphKey, structure, betweenness: values, layout, computedAt: new Date(), updatedAt: new Date() };
  await db.insert(networkCache).values(row).onConflictDoUpdate({ target: networkCache.ownerId, set: row });
  return { row, computed: true, pending: !done(row) };
}

/** Computations running in this process, by owner: a second request while one runs waits for it. */
const computing = new Map<string, Promise<boolean>>();

/**
 * Computes and stores the slow measures of the owner's network for the current graph (the
 * background job): betweenness and the settled layout, with the structure. Returns false when
 * the stored ones were already current.
 */
export async function refreshSlowMeasures(db: Db, ownerId: string, now: Date = new Date()): Promise<boolean> {
  const running = computing.get(ownerId);
  if (running) return running.then(() => false);
  const work = (async () => (await cacheFor(db, ownerId, await loadNetwork(db, ownerId, now), true)).computed)();
  computing.set(ownerId, work);
  try {
    return await work;
  } finally {
    computing.delete(ownerId);
  }
}

/**
 * Everything the Network page shows. What follows from the graph's structure comes from the cache
 * while the graph is unchanged; after a change it is measured here, with betweenness and the
 * layout for a small network, while for a large one `requestCentrality` is called (a background
 * job) and the page says betweenness is being computed, drawing people where they were. Kept
 * in memory while nothing it depends on changes (kept-overview.ts): callers must not change it.
 */
export async function getNetworkOverview(db: Db, ownerId: string, requestCentrality: () => Promise<void>, now: Date = new Date()): Promise<NetworkOverview> {
  return keptOrWorkedOut(db, ownerId, now, () => workOutNetworkOverview(db, ownerId, requestCentrality, now));
}

/** The overview, with when the measures it reads from network_cache were written. */
async function workOutNetworkOverview(db: Db, ownerId: string, requestCentrality: () => Promise<void>, now: Date): Promise<{ value: NetworkOverview; measuredAt: Date }> {
  const loaded = await loadNetwork(db, ownerId, now);
  const { row: cached, pending } = await cacheFor(db, ownerId, loaded, false);
  if (pending) await requestCentrality();
  const { structure } = cached;
  const values = cached.betweenness;
  const { partition, modularity, ego } = structure;

  // Biggest first, so colours and readings start with the groups that matter most.
  const groups = partition.filter((members) => members.length > 1).sort((a, b) => b.length - a.length);
  const clusters = groups.map((members, index) => ({ index, name: clusterName(members, loaded.people, index), members }));
  const clusterOf = new Map(clusters.flatMap((cluster) => cluster.members.map((id) => [id, cluster.index] as const)));
  const clusterNames = new Map(partition.map((members) => [members, clusters.find((cluster) => cluster.members === members)?.name ?? null]));

  const person = (id: string): ContactRef => {
    const { displayName, photoUrl } = loaded.people.get(id)!;
    return { id, displayName, photoUrl };
  };
  const brokers = structure.brokers.map((broker) => ({
      contact: person(broker.id),
      bridgedPairs: broker.bridgedPairs,
      clusters: broker.communities.map((index) => clusterNames.get(partition[index]!) ?? "people on their own"),
    }));

  const diversity = facetsOf(loaded).map(({ attribute, label, facet }) => ({ attribute, label, ...facet, reading: diversityReading(facet, label) }));

  const layout = layoutInput(structure, null);
  const positions = unpackLayout(layout.ids, cached.layout?.positions ?? packLayout(startingLayout(layout)));
  const nodes = [...loaded.people.values()].map((entry) => ({
    id: entry.id,
    displayName: entry.displayName,
    photoUrl: entry.photoUrl,
    strength: entry.strength,
    band: strengthBand(entry.strength),
    company: entry.company,
    circleIds: entry.circles.map((circle) => circle.id),
    cluster: clusterOf.get(entry.id) ?? null,
    degree: structure.degrees[entry.id] ?? 0,
    constraintOnYou: ego.local_constraint[entry.id] ?? null,
    betweenness: values ? (values[entry.id] ?? 0) : null,
    position: positions.get(entry.id)!,
  }));
  const edges = drawnTiesOf(structure);

  const value: NetworkOverview = {
    alters: ego.n_alters,
    alterTies: ego.n_alter_ties,
    nodes,
    edges,
    circles: loaded.circles,
    ego: {
      density: ego.density_alters,
      densityWithYou: ego.density_with_ego,
      possiblePairs: ego.possible_alter_pairs,
      effectiveSize: ego.effective_size,
      efficiency: ego.efficiency,
      constraint: ego.constraint,
      hierarchy: ego.hierarchy,
      betweenness: ego.ego_betweenness_raw,
      weighted: structure.weightedEgo,
    },
    clusters,
    isolates: partition.filter((members) => members.length === 1).length,
    modularity,
    brokers,
    diversity,
    ties: tieDistributions(loaded),
    centrality: { status: values ? "ready" : "computing", computedAt: values ? cached.computedAt : null },
    layoutSettled: cached.layout?.settled ?? false,
    readings: {
      density: densityReading(ego.density_alters, ego.n_alters, ego.n_alter_ties),
      effectiveSize: effectiveSizeReading(ego.effective_size, ego.n_alters),
      constraint: constraintReading(ego.constraint, ego.n_alter_ties),
      clusters: clustersReading(clusters),
      brokers: brokersReading(brokers),
    },
  };
  return { value, measuredAt: cached.updatedAt };
}

export interface WarmPathView {
  target: ContactRef & { title: string | null };
  /** The people between the user and the target, in order. */
  via: ContactRef[];
  /** The chain's strength, 0 to 1: the product of its ties' strengths. */
  strength: number;
}

/** The strongest chains of ties from the user to people who work at a company now (top 5). */
export async function getWarmPaths(db: Db, ownerId: string, rawInput: WarmPathsInput, now: Date = new Date()): Promise<{ company: { id: string; name: string }; paths: WarmPathView[] }> {
  const { companyId } = warmPathsInput.parse(rawInput);
  const [company] = isUuid(companyId)
    ? await db
        .select({ id: companies.id, name: companies.name })
        .from(companies)
        .where(and(eq(companies.ownerId, ownerId), eq(companies.id, companyId)))
    : [];
  if (!company) throw new NotFoundError("Company");
  const staff = await db
    .select({ contactId: employments.contactId, title: employments.title })
    .from(employments)
    .where(and(eq(employments.ownerId, ownerId), eq(employments.companyId, company.id), eq(employments.current, true)));
  const loaded = await loadNetwork(db, ownerId, now);
  const targets = staff.filter((job) => loaded.people.has(job.contactId));
  if (targets.length === 0) return { company, paths: [] };

  // Ego ties carry 1–3 (weak to strong), ties among contacts 1–3 (2 when not said).
  const graph = buildEgoGraph((await loadGraph(db, ownerId, loaded)).input);
  const paths = strongestPaths(graph, EGO, targets.map((job) => job.contactId), { limit: 5, strengthOf: (weight) => (weight ?? UNSTATED_STRENGTH) / 3 });
  const titleOf = new Map(targets.map((job) => [job.contactId, job.title]));
  const ref = (id: string): ContactRef => {
    const { displayName, photoUrl } = loaded.people.get(id)!;
    return { id, displayName, photoUrl };
  };
  return {
    company,
    paths: paths.map((path) => ({ target: { ...ref(path.target), title: titleOf.get(path.target) ?? null }, via: path.nodes.slice(1, -1).map(ref), strength: path.strength })),
  };
}

function monthStart(now: Date): string {
  return `${now.toISOString().slice(0, 7)}-01`;
}

/** Records this month's measures once (a second call in the same month changes nothing). */
export async function takeSnapshot(db: Db, ownerId: string, now: Date = new Date()): Promise<{ taken: boolean }> {
  const loaded = await loadNetwork(db, ownerId, now);
  // The structure kept for the Network page when the graph is unchanged, else measured here.
  const cached = await readCache(db, ownerId);
  const { ego, partition, modularity } =
    cached?.graphKey === loaded.graphKey ? cached.structure : measureStructure(await loadGraph(db, ownerId, loaded));
  const diversity = Object.fromEntries(facetsOf(loaded).map(({ attribute, facet }) => [attribute, facet.blau]));
  const measures: NetworkSnapshotMeasures = {
    alters: ego.n_alters,
    alterTies: ego.n_alter_ties,
    density: ego.density_alters,
    effectiveSize: ego.effective_size,
    efficiency: ego.efficiency,
    constraint: ego.constraint,
    clusters: partition.filter((members) => members.length > 1).length,
    modularity,
    diversity,
  };
  const written = await db.insert(networkSnapshots).values({ ownerId, month: monthStart(now), measures }).onConflictDoNothing().returning({ id: networkSnapshots.id });
  return { taken: written.length > 0 };
}

/** The owner's monthly snapshots, oldest first (at most the last five years). */
export async function listSnapshots(db: Db, ownerId: string): Promise<{ month: string; measures: NetworkSnapshotMeasures }[]> {
  const rows = await db
    .select({ month: networkSnapshots.month, measures: networkSnapshots.measures })
    .from(networkSnapshots)
    .where(eq(networkSnapshots.ownerId, ownerId))
    .orderBy(desc(networkSnapshots.month))
    .limit(60);
  return rows.reverse();
}

/** Every user who has a contact: the monthly snapshot job's work list. */
export async function unsafeListUsersWithContacts(db: Db): Promise<string[]> {
  const rows = await db.selectDistinct({ ownerId: contacts.ownerId }).from(contacts);
  return rows.map((row) => row.ownerId);
}
