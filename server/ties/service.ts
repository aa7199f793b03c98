import { and, eq, gt, inArray, isNull, lte, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { contacts, interactionContacts, interactions, interactionSummaries, users } from "@/db/schema";
import { TIE_CONTEXTS, type Initiator, type Place, type TieContext } from "@/db/schema/vocabulary";
import { isUuid, NotFoundError } from "../errors";
import {
  duration,
  FREQUENCY_WINDOW_DAYS,
  multiplexity,
  proximity,
  reciprocity,
  recency,
  strengthBand,
  tieStrength,
  tieStrengthScore,
  type Duration,
  type InteractionSummary,
  type Multiplexity,
  type Proximity,
  type Recency,
  type Reciprocity,
  type StrengthBand,
  type StrengthBreakdown,
  type TieFacts,
} from "./compute";

const DAY_MS = 86_400_000;

export interface Tie {
  contactId: string;
  strength: number;
  band: StrengthBand;
  breakdown: StrengthBreakdown;
  duration: Duration | null;
  multiplexity: Multiplexity & { stated: TieContext[]; fromInteractions: TieContext[] };
  proximity: (Proximity & { from: Place; to: Place }) | null;
  recency: Recency | null;
  /** Interactions in the last 365 days. */
  frequency: number;
  reciprocity: Reciprocity | null;
  initiators: Record<Initiator, number>;
  interactionCount: number;
  knowsMe: number | null;
  knownSince: string | null;
  homePlace: Place | null;
  place: Place | null;
  /** The user's IANA time zone, for showing dates. */
  timeZone: string;
}

const emptySummary = (): InteractionSummary => ({ count: 0, firstAt: null, lastAt: null, lastYearCount: 0, initiators: { me: 0, them: 0, mutual: 0 }, contexts: [] });

/** The owner's interactions up to `now` with each of these contacts, added up from the interactions themselves. */
async function addUpInteractions(db: Db, ownerId: string, contactIds: string[], now: Date): Promise<Map<string, InteractionSummary>> {
  const yearAgo = new Date(now.getTime() - FREQUENCY_WINDOW_DAYS * DAY_MS);
  const contextSeen = Object.fromEntries(TIE_CONTEXTS.map((context) => [context, sql<boolean>`bool_or(${context} = any(${interactions.contexts}))`]));
  const rows = await db
    .select({
      contactId: interactionContacts.contactId,
      count: sql<number>`count(*)::int`,
      firstAt: sql`min(${interactions.occurredAt})`.mapWith(interactions.occurredAt),
      lastAt: sql`max(${interactions.occurredAt})`.mapWith(interactions.occurredAt),
      lastYearCount: sql<number>`(count(*) filter (where ${gt(interactions.occurredAt, yearAgo)}))::int`,
      me: sql<number>`(count(*) filter (where ${interactions.initiator} = 'me'))::int`,
      them: sql<number>`(count(*) filter (where ${interactions.initiator} = 'them'))::int`,
      mutual: sql<number>`(count(*) filter (where ${interactions.initiator} = 'mutual'))::int`,
      ...contextSeen,
    })
    .from(interactionContacts)
    .innerJoin(interactions, eq(interactions.id, interactionContacts.interactionId))
    .where(and(eq(interactions.ownerId, ownerId), lte(interactions.occurredAt, now), inArray(interactionContacts.contactId, contactIds)))
    .groupBy(interactionContacts.contactId);
  return new Map(
    rows.map((row) => {
      const seen = row as unknown as Record<TieContext, boolean>;
      const { contactId, count, firstAt, lastAt, lastYearCount, me, them, mutual } = row;
      return [contactId, { count, firstAt, lastAt, lastYearCount, initiators: { me, them, mutual }, contexts: TIE_CONTEXTS.filter((context) => seen[context]) }];
    }),
  );
}

/**
 * Per contact (of `contactIds`, or all the owner's), interactions in the year up to `now`, and
 * whether any is dated after `now` (logged ahead, or a `now` in the past).
 */
async function lastYearOf(db: Db, ownerId: string, contactIds: string[] | null, now: Date): Promise<Map<string, { count: number; datedLater: boolean }>> {
  const yearAgo = new Date(now.getTime() - FREQUENCY_WINDOW_DAYS * DAY_MS);
  const rows = await db
    .select({
      contactId: interactionContacts.contactId,
      count: sql<number>`(count(*) filter (where ${lte(interactions.occurredAt, now)}))::int`,
      datedLater: sql<boolean>`bool_or(${gt(interactions.occurredAt, now)})`,
    })
    .from(interactions)
    .innerJoin(interactionContacts, eq(interactionContacts.interactionId, interactions.id))
    .where(and(eq(interactions.ownerId, ownerId), gt(interactions.occurredAt, yearAgo), contactIds ? inArray(interactionContacts.contactId, contactIds) : undefined))
    .groupBy(interactionContacts.contactId);
  return new Map(rows.map(({ contactId, ...row }) => [contactId, row]));
}

const tieColumns = {
  id: contacts.id,
  knowsMe: contacts.knowsMe,
  knownSince: contacts.knownSince,
  contexts: contacts.contexts,
  place: contacts.place,
  interactionCount: interactionSummaries.interactionCount,
  firstAt: interactionSummaries.firstAt,
  lastAt: interactionSummaries.lastAt,
  me: interactionSummaries.initiatedByMe,
  them: interactionSummaries.initiatedByThem,
  mutual: interactionSummaries.initiatedMutually,
  interactionContexts: interactionSummaries.contexts,
};

type TieRow = Pick<TieFacts, "knowsMe" | "knownSince" | "place"> & { id: string; contexts: TieContext[]; interactions: InteractionSummary };

/**
 * The owner's contacts that `filter` picks, each with their interactions added up as of `now`.
 * The totals are kept by the database (interaction_summaries); only the last year's interactions
 * are read, for the year's count. Contacts with interactions dated after `now` are added up from
 * their interactions instead, so those do not count.
 */
async function readTies(db: Db, ownerId: string, filter: SQL | undefined, contactIds: string[] | null, now: Date): Promise<TieRow[]> {
  const [rows, lastYear] = await Promise.all([
    db
      .select(tieColumns)
      .from(contacts)
      .leftJoin(interactionSummaries, eq(interactionSummaries.contactId, contacts.id))
      .where(and(eq(contacts.ownerId, ownerId), filter)),
    lastYearOf(db, ownerId, contactIds, now),
  ]);
  const datedLater = [...lastYear].filter(([, year]) => year.datedLater).map(([id]) => id);
  const addedUp = datedLater.length > 0 ? await addUpInteractions(db, ownerId, datedLater, now) : new Map<string, InteractionSummary>();
  return rows.map(({ id, knowsMe, knownSince, contexts: stated, place, interactionCount, firstAt, lastAt, me, them, mutual, interactionContexts }) => {
    const kept: InteractionSummary =
      interactionCount === null
        ? emptySummary()
        : {
            count: interactionCount,
            firstAt,
            lastAt,
            lastYearCount: lastYear.get(id)?.count ?? 0,
            initiators: { me: me ?? 0, them: them ?? 0, mutual: mutual ?? 0 },
            contexts: TIE_CONTEXTS.filter((context) => interactionContexts?.includes(context)),
          };
    return { id, knowsMe, knownSince, contexts: stated, place, interactions: lastYear.get(id)?.datedLater ? (addedUp.get(id) ?? emptySummary()) : kept };
  });
}

async function userOf(db: Db, ownerId: string): Promise<{ homePlace: Place | null; timeZone: string }> {
  const [row] = await db.select({ homePlace: users.homePlace, timeZone: users.timeZone }).from(users).where(eq(users.id, ownerId));
  return { homePlace: row?.homePlace ?? null, timeZone: row?.timeZone ?? "UTC" };
}

/**
 * What tie strength is computed from, for each of the owner's non-archived contacts; or, given
 * ids, for those of them that are the owner's (archived ones included, since they were asked for
 * by id; other ids are left out). Three queries whatever the number of contacts (four when some
 * interactions are dated after `now`).
 */
export async function getTieFacts(db: Db, ownerId: string, contactIds?: string[], now: Date = new Date()): Promise<Map<string, TieFacts>> {
  const ids = contactIds ? [...new Set(contactIds.filter(isUuid))] : null;
  const facts = new Map<string, TieFacts>();
  if (ids && ids.length === 0) return facts;

  const [{ homePlace }, rows] = await Promise.all([userOf(db, ownerId), readTies(db, ownerId, ids ? inArray(contacts.id, ids) : isNull(contacts.archivedAt), ids, now)]);
  for (const row of rows) {
    facts.set(row.id, { knownSince: row.knownSince, knowsMe: row.knowsMe, statedContexts: row.contexts, place: row.place, homePlace, interactions: row.interactions });
  }
  return facts;
}

/** Tie strength (0-100) of the same contacts as getTieFacts. */
export async function getTieStrengths(db: Db, ownerId: string, contactIds?: string[], now: Date = new Date()): Promise<Map<string, number>> {
  const facts = await getTieFacts(db, ownerId, contactIds, now);
  return new Map([...facts].map(([id, tie]) => [id, tieStrengthScore(tie, now)]));
}

/** Every figure of the tie with one contact (archived ones too), with the breakdown of its strength. */
export async function getTie(db: Db, ownerId: string, contactId: string, now: Date = new Date()): Promise<Tie> {
  if (!isUuid(contactId)) throw new NotFoundError("Contact");
  const [[row], { homePlace, timeZone }] = await Promise.all([readTies(db, ownerId, eq(contacts.id, contactId), [contactId], now), userOf(db, ownerId)]);
  if (!row) throw new NotFoundError("Contact");

  const summary = row.interactions;
  const facts: TieFacts = { knownSince: row.knownSince, knowsMe: row.knowsMe, statedContexts: row.contexts, place: row.place, homePlace, interactions: summary };
  const breakdown = tieStrength(facts, now);
  const near = proximity(homePlace, row.place);
  return {
    contactId: row.id,
    strength: breakdown.strength,
    band: strengthBand(breakdown.strength),
    breakdown,
    duration: duration(row.knownSince, summary.firstAt, now),
    multiplexity: { ...multiplexity(summary.contexts, row.contexts), stated: multiplexity([], row.contexts).contexts, fromInteractions: multiplexity(summary.contexts, []).contexts },
    proximity: near && homePlace && row.place ? { ...near, from: homePlace, to: row.place } : null,
    recency: recency(summary.lastAt, now),
    frequency: summary.lastYearCount,
    reciprocity: reciprocity(summary.initiators),
    initiators: summary.initiators,
    interactionCount: summary.count,
    knowsMe: row.knowsMe,
    knownSince: row.knownSince,
    homePlace,
    place: row.place,
    timeZone,
  };
}
