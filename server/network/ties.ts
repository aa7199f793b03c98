// Who knows whom among the owner's contacts (alter-alter ties): entered on a contact page
// ("Knows…"), in a circle's matrix, or accepted from suggestions.
import { and, asc, eq, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { circleMembers, circles, companies, contacts, contactTies, dismissedTieSuggestions, employments, interactionContacts, interactions } from "@/db/schema";
import { assertOwnContacts } from "../contacts/service";
import { isUuid, NotFoundError, UserInputError } from "../errors";
import {
  addTiesInput,
  circleMatrixInput,
  pairInput,
  setTieInput,
  tieSuggestionsInput,
  type AddTiesInput,
  type CircleMatrixInput,
  type PairInput,
  type SetTieInput,
  type TieSuggestionsInput,
} from "./schemas";

export interface ContactRef {
  id: string;
  displayName: string;
  photoUrl: string | null;
}

export interface KnownContact extends ContactRef {
  strength: number | null;
}

export interface AlterTie {
  contactId: string;
  otherContactId: string;
  strength: number | null;
}

export interface CircleMatrix {
  circle: { id: string; name: string };
  members: ContactRef[];
  ties: AlterTie[];
}

export type SuggestionReason = { kind: "company" | "circle"; label: string } | { kind: "interaction"; count: number };

export interface TieSuggestion {
  contact: ContactRef;
  other: ContactRef;
  reasons: SuggestionReason[];
}

/** Groups larger than this (a big employer, an all-hands circle) say little about who knows whom. */
const SUGGESTION_GROUP_LIMIT = 50;

const contactRef = { id: contacts.id, displayName: contacts.displayName, photoUrl: contacts.photoUrl };

/** A pair as stored: the smaller id first (uuids compare as their lower-case text). */
function storedPair(a: string, b: string): { contactId: string; otherContactId: string } {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  return x < y ? { contactId: x, otherContactId: y } : { contactId: y, otherContactId: x };
}

function samePair(table: typeof contactTies | typeof dismissedTieSuggestions, ownerId: string, pair: { contactId: string; otherContactId: string }) {
  return and(eq(table.ownerId, ownerId), eq(table.contactId, pair.contactId), eq(table.otherContactId, pair.otherContactId));
}

function assertTwoPeople(contactId: string, otherContactId: string): void {
  if (contactId.toLowerCase() === otherContactId.toLowerCase()) throw new UserInputError("Pick someone else: a person is not tied to themselves.");
}

/** The people a contact knows, A to Z, with how well. */
export async function listContactTies(db: Db, ownerId: string, contactId: string): Promise<KnownContact[]> {
  await assertOwnContacts(db, ownerId, [contactId]);
  const id = contactId.toLowerCase();
  return db
    .select({ ...contactRef, strength: contactTies.strength })
    .from(contactTies)
    .innerJoin(contacts, sql`${contacts.id} = case when ${contactTies.contactId} = ${id} then ${contactTies.otherContactId} else ${contactTies.contactId} end`)
    .where(and(eq(contactTies.ownerId, ownerId), or(eq(contactTies.contactId, id), eq(contactTies.otherContactId, id))))
    .orderBy(asc(contacts.sortName), asc(contacts.id));
}

/** Records that a contact knows each of the others; a strength given replaces the one stored. */
export async function addTies(db: Db, ownerId: string, rawInput: AddTiesInput): Promise<{ added: number }> {
  const { contactId, otherContactIds, strength } = addTiesInput.parse(rawInput);
  const others = [...new Set(otherContactIds.map((id) => id.toLowerCase()))];
  for (const other of others) assertTwoPeople(contactId, other);
  await assertOwnContacts(db, ownerId, [contactId, ...others]);
  const rows = others.map((other) => ({ ownerId, ...storedPair(contactId, other), strength: strength ?? null }));
  const written = await db
    .insert(contactTies)
    .values(rows)
    .onConflictDoUpdate({
      target: [contactTies.contactId, contactTies.otherContactId],
      set: { strength: sql`coalesce(excluded.strength, ${contactTies.strength})`, updatedAt: new Date() },
    })
    .returning({ contactId: contactTies.contactId });
  return { added: written.length };
}

/** Ticks or unticks a pair (the matrix), or changes how well they know each other. */
export async function setTie(db: Db, ownerId: string, rawInput: SetTieInput): Promise<AlterTie | null> {
  const { contactId, otherContactId, knows, strength } = setTieInput.parse(rawInput);
  assertTwoPeople(contactId, otherContactId);
  await assertOwnContacts(db, ownerId, [contactId, otherContactId]);
  const pair = storedPair(contactId, otherContactId);
  if (!knows) {
    await db.delete(contactTies).where(samePair(contactTies, ownerId, pair));
    return null;
  }
  const [row] = await db
    .insert(contactTies)
    .values({ ownerId, ...pair, strength: strength ?? null })
    .onConflictDoUpdate({ target: [contactTies.contactId, contactTies.otherContactId], set: { strength: strength ?? null, updatedAt: new Date() } })
    .returning({ contactId: contactTies.contactId, otherContactId: contactTies.otherContactId, strength: contactTies.strength });
  return row!;
}

/** Forgets that two contacts know each other; returns what was removed, for undo. */
export async function removeTie(db: Db, ownerId: string, rawInput: PairInput): Promise<AlterTie> {
  const { contactId, otherContactId } = pairInput.parse(rawInput);
  if (!isUuid(contactId) || !isUuid(otherContactId)) throw new NotFoundError("Tie");
  const [row] = await db
    .delete(contactTies)
    .where(samePair(contactTies, ownerId, storedPair(contactId, otherContactId)))
    .returning({ contactId: contactTies.contactId, otherContactId: contactTies.otherContactId, strength: contactTies.strength });
  if (!row) throw new NotFoundError("Tie");
  return row;
}

/** A circle's members and the ties among them, for the who-knows-whom matrix. */
export async function getCircleMatrix(db: Db, ownerId: string, rawInput: CircleMatrixInput): Promise<CircleMatrix> {
  const { circleId } = circleMatrixInput.parse(rawInput);
  const [circle] = isUuid(circleId)
    ? await db
        .select({ id: circles.id, name: circles.name })
        .from(circles)
        .where(and(eq(circles.ownerId, ownerId), eq(circles.id, circleId)))
    : [];
  if (!circle) throw new NotFoundError("Circle");
  const members = await db
    .select(contactRef)
    .from(circleMembers)
    .innerJoin(contacts, eq(contacts.id, circleMembers.contactId))
    .where(and(eq(circleMembers.circleId, circle.id), isNull(contacts.archivedAt)))
    .orderBy(asc(contacts.sortName), asc(contacts.id));
  const ids = members.map((member) => member.id);
  const ties =
    ids.length < 2
      ? []
      : await db
          .select({ contactId: contactTies.contactId, otherContactId: contactTies.otherContactId, strength: contactTies.strength })
          .from(contactTies)
          .where(and(eq(contactTies.ownerId, ownerId), inArray(contactTies.contactId, ids), inArray(contactTies.otherContactId, ids)));
  return { circle, members, ties };
}

interface SuggestedPairRow {
  contactId: string;
  otherContactId: string;
  kind: "company" | "circle" | "interaction";
  label: string;
  count: number;
}

/**
 * Pairs of contacts who probably know each other and are not recorded as tied: they work at the
 * same company now, share a small circle, or were logged in the same interaction. Dismissed pairs
 * and archived contacts are left out; given a contact, only pairs with them.
 */
export async function listTieSuggestions(db: Db, ownerId: string, rawInput: TieSuggestionsInput = {}): Promise<TieSuggestion[]> {
  const { contactId, limit } = tieSuggestionsInput.parse(rawInput);
  if (contactId) await assertOwnContacts(db, ownerId, [contactId]);
  const only = contactId?.toLowerCase() ?? null;
  const involving = (a: SQL, b: SQL) => (only ? sql`and (${a} = ${only} or ${b} = ${only})` : sql``);

  const result = await db.execute(sql`
    with pairs as (
      select e1.contact_id as a, e2.contact_id as b, 'company' as kind, max(co.name) as label, 1 as count
      from ${employments} e1
      join ${employments} e2 on e2.company_id = e1.company_id and e2.current and e1.contact_id < e2.contact_id
      join ${companies} co on co.id = e1.company_id
      where e1.owner_id = ${ownerId} and e1.current
        and (select count(*) from ${employments} e where e.company_id = e1.company_id and e.current) <= ${SUGGESTION_GROUP_LIMIT}
        ${involving(sql`e1.contact_id`, sql`e2.contact_id`)}
      group by e1.contact_id, e2.contact_id
      union all
      select m1.contact_id, m2.contact_id, 'circle', min(ci.name), 1
      from ${circleMembers} m1
      join ${circleMembers} m2 on m2.circle_id = m1.circle_id and m1.contact_id < m2.contact_id
      join ${circles} ci on ci.id = m1.circle_id
      where ci.owner_id = ${ownerId}
        and (select count(*) from ${circleMembers} m where m.circle_id = m1.circle_id) <= ${SUGGESTION_GROUP_LIMIT}
        ${involving(sql`m1.contact_id`, sql`m2.contact_id`)}
      group by m1.contact_id, m2.contact_id
      union all
      select p1.contact_id, p2.contact_id, 'interaction', '', count(*)::int
      from ${interactionContacts} p1
      join ${interactionContacts} p2 on p2.interaction_id = p1.interaction_id and p1.contact_id < p2.contact_id
      join ${interactions} i on i.id = p1.interaction_id
      where i.owner_id = ${ownerId}
        ${involving(sql`p1.contact_id`, sql`p2.contact_id`)}
      group by p1.contact_id, p2.contact_id
    ),
    open_pairs as (
      select p.* from pairs p
      join ${contacts} ca on ca.id = p.a and ca.archived_at is null
      join ${contacts} cb on cb.id = p.b and cb.archived_at is null
      where not exists (select 1 from ${contactTies} t where t.contact_id = p.a and t.other_contact_id = p.b)
        and not exists (select 1 from ${dismissedTieSuggestions} d where d.contact_id = p.a and d.other_contact_id = p.b)
    ),
    ranked as (
      select a, b from open_pairs group by a, b order by count(*) desc, sum(count) desc, a, b limit ${limit}
    )
    select o.a as "contactId", o.b as "otherContactId", o.kind, o.label, o.count from open_pairs o join ranked r on r.a = o.a and r.b = o.b
  `);
  const rows = (Array.isArray(result) ? result : (result as { rows: SuggestedPairRow[] }).rows) as SuggestedPairRow[];
  if (rows.length === 0) return [];

  const people = new Map(
    (
      await db
        .select(contactRef)
        .from(contacts)
        .where(and(eq(contacts.ownerId, ownerId), inArray(contacts.id, [...new Set(rows.flatMap((row) => [row.contactId, row.otherContactId]))])))
    ).map((person) => [person.id, person]),
  );
  const byPair = new Map<string, TieSuggestion>();
  for (const row of rows) {
    const key = `${row.contactId}:${row.otherContactId}`;
    // Seen from the contact asked about, that contact comes first.
    const [first, second] = only && row.otherContactId === only ? [row.otherContactId, row.contactId] : [row.contactId, row.otherContactId];
    const suggestion = byPair.get(key) ?? { contact: people.get(first)!, other: people.get(second)!, reasons: [] };
    suggestion.reasons.push(row.kind === "interaction" ? { kind: "interaction", count: Number(row.count) } : { kind: row.kind, label: row.label });
    byPair.set(key, suggestion);
  }
  const order = (suggestion: TieSuggestion) => suggestion.reasons.length * 1000 + suggestion.reasons.reduce((sum, reason) => sum + (reason.kind === "interaction" ? reason.count : 1), 0);
  const names = (suggestion: TieSuggestion) => (only ? [suggestion.other.displayName] : [suggestion.contact.displayName, suggestion.other.displayName].sort()).join("\u0000");
  return [...byPair.values()].sort((a, b) => order(b) - order(a) || names(a).localeCompare(names(b)));
}

/** "Not them": the pair is not suggested again. */
export async function dismissTieSuggestion(db: Db, ownerId: string, rawInput: PairInput): Promise<{ dismissed: true }> {
  const { contactId, otherContactId } = pairInput.parse(rawInput);
  assertTwoPeople(contactId, otherContactId);
  await assertOwnContacts(db, ownerId, [contactId, otherContactId]);
  await db
    .insert(dismissedTieSuggestions)
    .values({ ownerId, ...storedPair(contactId, otherContactId) })
    .onConflictDoNothing();
  return { dismissed: true };
}

/** Undo of a dismissal. */
export async function restoreTieSuggestion(db: Db, ownerId: string, rawInput: PairInput): Promise<{ restored: boolean }> {
  const { contactId, otherContactId } = pairInput.parse(rawInput);
  if (!isUuid(contactId) || !isUuid(otherContactId)) throw new NotFoundError("Suggestion");
  const removed = await db
    .delete(dismissedTieSuggestions)
    .where(samePair(dismissedTieSuggestions, ownerId, storedPair(contactId, otherContactId)))
    .returning({ contactId: dismissedTieSuggestions.contactId });
  return { restored: removed.length > 0 };
}
