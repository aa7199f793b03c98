import { and, count, desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { contributions } from "@/db/schema";
import { CONTRIBUTION_KINDS, type ContributionDirection, type ContributionKind } from "@/db/schema/vocabulary";
import { isUuid, NotFoundError } from "../errors";
import { addContributionInput, updateContributionInput, type AddContributionInput, type UpdateContributionInput } from "./schemas";
import { hasChanges, requireContact, today } from "./scope";

export interface Contribution {
  id: string;
  contactId: string;
  direction: ContributionDirection;
  kind: ContributionKind;
  description: string | null;
  occurredOn: string;
  createdAt: Date;
}

export interface ContributionTally {
  given: number;
  received: number;
}

export interface ContributionBalance extends ContributionTally {
  /** given - received: above zero, the owner has given more than they received. */
  balance: number;
  byKind: Record<ContributionKind, ContributionTally>;
}

const columns = {
  id: contributions.id,
  contactId: contributions.contactId,
  direction: contributions.direction,
  kind: contributions.kind,
  description: contributions.description,
  occurredOn: contributions.occurredOn,
  createdAt: contributions.createdAt,
};

/** The ledger with one contact, newest first. */
export async function listContributions(db: Db, ownerId: string, contactId: string): Promise<Contribution[]> {
  await requireContact(db, ownerId, contactId);
  return db
    .select(columns)
    .from(contributions)
    .where(and(eq(contributions.ownerId, ownerId), eq(contributions.contactId, contactId)))
    .orderBy(desc(contributions.occurredOn), desc(contributions.createdAt), desc(contributions.id));
}

export async function addContribution(db: Db, ownerId: string, rawInput: AddContributionInput): Promise<Contribution> {
  const { contactId, occurredOn, ...fields } = addContributionInput.parse(rawInput);
  await requireContact(db, ownerId, contactId);
  const [row] = await db
    .insert(contributions)
    .values({ ...fields, description: fields.description ?? null, ownerId, contactId, occurredOn: occurredOn ?? today() })
    .returning(columns);
  if (!row) throw new Error("Insert returned no row");
  return row;
}

/** Only the fields present change. */
export async function updateContribution(db: Db, ownerId: string, rawInput: UpdateContributionInput): Promise<Contribution> {
  const { id, ...fields } = updateContributionInput.parse(rawInput);
  if (!isUuid(id)) throw new NotFoundError("Contribution");
  const owned = and(eq(contributions.ownerId, ownerId), eq(contributions.id, id));
  const [row] = hasChanges(fields) ? await db.update(contributions).set(fields).where(owned).returning(columns) : await db.select(columns).from(contributions).where(owned);
  if (!row) throw new NotFoundError("Contribution");
  return row;
}

/** Deletes a ledger entry and returns it, so the caller can offer to add it back. */
export async function removeContribution(db: Db, ownerId: string, id: string): Promise<Contribution> {
  if (!isUuid(id)) throw new NotFoundError("Contribution");
  const [row] = await db
    .delete(contributions)
    .where(and(eq(contributions.ownerId, ownerId), eq(contributions.id, id)))
    .returning(columns);
  if (!row) throw new NotFoundError("Contribution");
  return row;
}

/** How many contributions went each way with a contact, in total and per kind. */
export async function balanceFor(db: Db, ownerId: string, contactId: string): Promise<ContributionBalance> {
  await requireContact(db, ownerId, contactId);
  const rows = await db
    .select({ direction: contributions.direction, kind: contributions.kind, count: count() })
    .from(contributions)
    .where(and(eq(contributions.ownerId, ownerId), eq(contributions.contactId, contactId)))
    .groupBy(contributions.direction, contributions.kind);
  const byKind = Object.fromEntries(CONTRIBUTION_KINDS.map((kind) => [kind, { given: 0, received: 0 }])) as Record<ContributionKind, ContributionTally>;
  const total: ContributionTally = { given: 0, received: 0 };
  for (const row of rows) {
    byKind[row.kind][row.direction] += row.count;
    total[row.direction] += row.count;
  }
  return { ...total, balance: total.given - total.received, byKind };
}
