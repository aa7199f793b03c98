import { and, eq, gt, inArray, isNull, lte, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { contacts, interactionContacts, interactions, users } from "@/db/schema";
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

/**
 * The interactions of the owner's contacts added up per contact, in two aggregate queries (counts
 * and dates; distinct contexts). Only interactions that have happened by `now` count.
 */
async function summarizeByContact(db: Db, ownerId: string, contactIds: string[] | null, now: Date): Promise<Map<string, InteractionSummary>> {
  const yearAgo = new Date(now.getTime() - FREQUENCY_WINDOW_DAYS * DAY_MS);
  const where: (SQL | undefined)[] = [eq(interactions.ownerId, ownerId), lte(interactions.occurredAt, now)];
  if (contactIds) where.push(inArray(interactionContacts.contactId, contactIds));

  // One pass over the interactions: the contexts come as one flag each, not from a second query
  // unnesting every interaction's contexts (which cost as much again).
  const contextSeen = Object.fromEntries(TIE_CONTEXTS.map((context) => [context, sql<boolean>`bool_or(${context} = any(${interactions.contexts}))`]));
  const totals = await db
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
    .where(and(...where))
    .groupBy(interactionContacts.contactId);

  const summaries = new Map<string, InteractionSummary>();
  for (const row of totals) {
    const seen = row as unknown as Record<TieContext, boolean>;
    summaries.set(row.contactId, {
      count: Number(row.count),
      firstAt: row.firstAt,
      lastAt: row.lastAt,
      lastYearCount: Number(row.lastYearCount),
      initiators: { me: Number(row.me), them: Number(row.them), mutual: Number(row.mutual) },
      contexts: TIE_CONTEXTS.filter((context) => seen[context]),
    });
  }
  return summaries;
}

async function userOf(db: Db, ownerId: string): Promise<{ homePlace: Place | null; timeZone: string }> {
  const [row] = await db.select({ homePlace: users.homePlace, timeZone: users.timeZone }).from(users).where(eq(users.id, ownerId));
  return { homePlace: row?.homePlace ?? null, timeZone: row?.timeZone ?? "UTC" };
}

/**
 * What tie strength is computed from, for each of the owner's non-archived contacts; or, given
 * ids, for those of them that are the owner's (archived ones included, since they were asked for
 * by id; other ids are left out). Four queries whatever the number of contacts.
 */
export async function getTieFacts(db: Db, ownerId: string, contactIds?: string[], now: Date = new Date()): Promise<Map<string, TieFacts>> {
  const ids = contactIds ? [...new Set(contactIds.filter(isUuid))] : null;
  const facts = new Map<string, TieFacts>();
  if (ids && ids.length === 0) return facts;

  const contactFilter: (SQL | undefined)[] = [eq(contacts.ownerId, ownerId), ids ? inArray(contacts.id, ids) : isNull(contacts.archivedAt)];
  const [{ homePlace }, rows, summaries] = await Promise.all([
    userOf(db, ownerId),
    db
      .select({ id: contacts.id, knowsMe: contacts.knowsMe, knownSince: contacts.knownSince, contexts: contacts.contexts, place: contacts.place })
      .from(contacts)
      .where(and(...contactFilter)),
    summarizeByContact(db, ownerId, ids, now),
  ]);

  for (const row of rows) {
    facts.set(row.id, {
      knownSince: row.knownSince,
      knowsMe: row.knowsMe,
      statedContexts: row.contexts,
      place: row.place,
      homePlace,
      interactions: summaries.get(row.id) ?? emptySummary(),
    });
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
  const [[row], { homePlace, timeZone }, summaries] = await Promise.all([
    db
      .select({ id: contacts.id, knowsMe: contacts.knowsMe, knownSince: contacts.knownSince, contexts: contacts.contexts, place: contacts.place })
      .from(contacts)
      .where(and(eq(contacts.ownerId, ownerId), eq(contacts.id, contactId))),
    userOf(db, ownerId),
    summarizeByContact(db, ownerId, [contactId], now),
  ]);
  if (!row) throw new NotFoundError("Contact");

  const summary = summaries.get(row.id) ?? emptySummary();
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
