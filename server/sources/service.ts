import { and, desc, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { contacts, profileFields, sourceSuggestions, sources, type ProfileField, type SourceKind, type SourceState } from "@/db/schema";
import { dispatch } from "@/jobs/dispatch";
import { setCurrentRole } from "@/server/companies/service";
import { assertOwnContacts } from "@/server/contacts/service";
import { isUniqueViolation, isUuid, NotFoundError, UserInputError } from "@/server/errors";
import { findPlace } from "@/server/places/gazetteer";
import { parseSourceInput, sourceHost, SYNC_LEASE_MS } from "./registry";
import { getSyncEnvironment } from "./sync";
import { linkSourceInput, type LinkSourceInput } from "./schemas";
import type { ProfileSnapshot, SourcesConfig } from "./types";

export interface LinkedSource {
  id: string;
  contactId: string;
  kind: SourceKind;
  input: string;
  state: SourceState;
  stateReason: string | null;
  profile: ProfileSnapshot | null;
  verified: boolean;
  checkedAt: Date | null;
  changedAt: Date | null;
  nextSyncAt: Date;
  mutedAt: Date | null;
  createdAt: Date;
}

export interface SuggestedSource {
  id: string;
  kind: SourceKind;
  input: string;
  verified: boolean;
  /** The linked source it was found on. */
  foundOn: SourceKind;
}

/** A value a source gives for a contact field that holds something else the user chose. */
export interface FieldSuggestion {
  id: string;
  field: ProfileField;
  value: string;
  current: string | null;
  sourceKind: SourceKind;
  firstSeenAt: Date;
}

/** Where a contact field's current value came from, when a source wrote it. */
export interface FieldProvenance {
  field: ProfileField;
  value: string;
  sourceKind: SourceKind;
  firstSeenAt: Date;
  lastSeenAt: Date;
}

export interface ContactSources {
  sources: LinkedSource[];
  suggestions: SuggestedSource[];
  fieldSuggestions: FieldSuggestion[];
  provenance: FieldProvenance[];
}

/** More than anyone has; a bound on what one contact can make Kith fetch. */
export const MAX_SOURCES_PER_CONTACT = 20;

const linkedSourceColumns = {
  id: sources.id,
  contactId: sources.contactId,
  kind: sources.kind,
  input: sources.input,
  state: sources.state,
  stateReason: sources.stateReason,
  profile: sources.profile,
  verified: sources.verified,
  checkedAt: sources.checkedAt,
  changedAt: sources.changedAt,
  nextSyncAt: sources.nextSyncAt,
  mutedAt: sources.mutedAt,
  createdAt: sources.createdAt,
};

function sourcesConfig(): SourcesConfig {
  return getSyncEnvironment().config;
}

async function getOwnSource(db: Db, ownerId: string, id: string): Promise<LinkedSource> {
  if (!isUuid(id)) throw new NotFoundError("Linked source");
  const [source] = await db
    .select(linkedSourceColumns)
    .from(sources)
    .where(and(eq(sources.ownerId, ownerId), eq(sources.id, id)));
  if (!source) throw new NotFoundError("Linked source");
  return source;
}

/**
 * Marks the sources as syncing and starts their syncs (in the background). Until the sync ends
 * the next one is due only a lease away, so a sync lost with its process is taken up again soon.
 */
async function startSyncs(db: Db, ownerId: string, toSync: { id: string; kind: SourceKind; input: string }[], event: "source/linked" | "source/sync.requested"): Promise<void> {
  const config = sourcesConfig();
  const now = new Date();
  for (const source of toSync) {
    await db
      .update(sources)
      .set({ state: "syncing", checkedAt: now, nextSyncAt: new Date(now.getTime() + SYNC_LEASE_MS) })
      .where(and(eq(sources.ownerId, ownerId), eq(sources.id, source.id)));
    await dispatch(event, { ownerId, sourceId: source.id, host: sourceHost(source.kind, source.input, config) });
  }
}

/** Links a profile elsewhere to the contact and starts its first sync. */
export async function linkSource(db: Db, ownerId: string, rawInput: LinkSourceInput): Promise<LinkedSource> {
  const input = linkSourceInput.parse(rawInput);
  await assertOwnContacts(db, ownerId, [input.contactId]);
  const canonical = parseSourceInput(input.kind, input.input, sourcesConfig());
  const [linked] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(sources)
    .where(and(eq(sources.ownerId, ownerId), eq(sources.contactId, input.contactId)));
  if ((linked?.count ?? 0) >= MAX_SOURCES_PER_CONTACT) throw new UserInputError(`A contact can have at most ${MAX_SOURCES_PER_CONTACT} linked profiles: unlink one first.`);
  let created: LinkedSource | undefined;
  try {
    [created] = await db.insert(sources).values({ ownerId, contactId: input.contactId, kind: input.kind, input: canonical }).returning(linkedSourceColumns);
  } catch (error) {
    if (isUniqueViolation(error)) throw new UserInputError(`${canonical} is already linked to this contact.`);
    throw error;
  }
  if (!created) throw new Error("The source was not created");
  // Linking what was suggested settles the suggestion.
  await db
    .delete(sourceSuggestions)
    .where(and(eq(sourceSuggestions.ownerId, ownerId), eq(sourceSuggestions.contactId, input.contactId), eq(sourceSuggestions.kind, input.kind), eq(sourceSuggestions.input, canonical)));
  await startSyncs(db, ownerId, [created], "source/linked");
  return { ...created, state: "syncing" };
}

export async function unlinkSource(db: Db, ownerId: string, id: string): Promise<{ id: string; contactId: string }> {
  const source = await getOwnSource(db, ownerId, id);
  await db.delete(sources).where(and(eq(sources.ownerId, ownerId), eq(sources.id, id)));
  return { id, contactId: source.contactId };
}

export async function syncSourceNow(db: Db, ownerId: string, id: string): Promise<LinkedSource> {
  const source = await getOwnSource(db, ownerId, id);
  await startSyncs(db, ownerId, [source], "source/sync.requested");
  return { ...source, state: "syncing" };
}

/** "Sync now" for every source of one contact. */
export async function syncContactSources(db: Db, ownerId: string, contactId: string): Promise<{ syncing: number }> {
  await assertOwnContacts(db, ownerId, [contactId]);
  const toSync = await db
    .select({ id: sources.id, kind: sources.kind, input: sources.input })
    .from(sources)
    .where(and(eq(sources.ownerId, ownerId), eq(sources.contactId, contactId)));
  await startSyncs(db, ownerId, toSync, "source/sync.requested");
  return { syncing: toSync.length };
}

/** A contact's linked sources, the sources suggested for them, and the field values sources offer. */
export async function getContactSources(db: Db, ownerId: string, contactId: string): Promise<ContactSources> {
  await assertOwnContacts(db, ownerId, [contactId]);
  const linked = await db
    .select(linkedSourceColumns)
    .from(sources)
    .where(and(eq(sources.ownerId, ownerId), eq(sources.contactId, contactId)))
    .orderBy(sources.createdAt, sources.id);
  const suggestions = await db
    .select({ id: sourceSuggestions.id, kind: sourceSuggestions.kind, input: sourceSuggestions.input, verified: sourceSuggestions.verified, foundOn: sources.kind })
    .from(sourceSuggestions)
    .innerJoin(sources, eq(sources.id, sourceSuggestions.sourceId))
    .where(and(eq(sourceSuggestions.ownerId, ownerId), eq(sourceSuggestions.contactId, contactId), isNull(sourceSuggestions.dismissedAt)))
    .orderBy(desc(sourceSuggestions.verified), sourceSuggestions.kind, sourceSuggestions.input);
  const fields = await db
    .select({
      id: profileFields.id,
      field: profileFields.field,
      value: profileFields.value,
      status: profileFields.status,
      sourceKind: sources.kind,
      firstSeenAt: profileFields.firstSeenAt,
      lastSeenAt: profileFields.lastSeenAt,
    })
    .from(profileFields)
    .innerJoin(sources, eq(sources.id, profileFields.sourceId))
    .where(and(eq(profileFields.ownerId, ownerId), eq(profileFields.contactId, contactId)))
    .orderBy(desc(profileFields.lastSeenAt));
  const [contact] = await db
    .select({ photoUrl: contacts.photoUrl, location: contacts.location, company: contacts.company, title: contacts.title })
    .from(contacts)
    .where(and(eq(contacts.ownerId, ownerId), eq(contacts.id, contactId)));

  const fieldSuggestions: FieldSuggestion[] = [];
  const provenance: FieldProvenance[] = [];
  // A value one source wrote is not second-guessed by another: suggestions stand only against
  // values the user chose (several profiles of one person rarely agree to the letter).
  const fromSources = new Set(fields.filter((row) => row.status === "applied").map((row) => `${row.field}\u0000${row.value}`));
  for (const row of fields) {
    const current = contact?.[row.field] ?? null;
    const currentFromSource = current !== null && fromSources.has(`${row.field}\u0000${current}`);
    if (row.status === "suggested" && current !== row.value && !currentFromSource) {
      fieldSuggestions.push({ id: row.id, field: row.field, value: row.value, current, sourceKind: row.sourceKind, firstSeenAt: row.firstSeenAt });
    } else if (current === row.value && !provenance.some((known) => known.field === row.field)) {
      provenance.push({ field: row.field, value: row.value, sourceKind: row.sourceKind, firstSeenAt: row.firstSeenAt, lastSeenAt: row.lastSeenAt });
    }
  }
  return { sources: linked, suggestions, fieldSuggestions, provenance };
}

async function getOwnSuggestion(db: Db, ownerId: string, id: string) {
  if (!isUuid(id)) throw new NotFoundError("Suggestion");
  const [suggestion] = await db
    .select()
    .from(sourceSuggestions)
    .where(and(eq(sourceSuggestions.ownerId, ownerId), eq(sourceSuggestions.id, id)));
  if (!suggestion) throw new NotFoundError("Suggestion");
  return suggestion;
}

/** Links a suggested source (verified stays verified) and starts its sync. */
export async function acceptSourceSuggestion(db: Db, ownerId: string, id: string): Promise<LinkedSource> {
  const suggestion = await getOwnSuggestion(db, ownerId, id);
  const linked = await linkSource(db, ownerId, { contactId: suggestion.contactId, kind: suggestion.kind, input: suggestion.input });
  if (suggestion.verified) {
    await db.update(sources).set({ verified: true }).where(eq(sources.id, linked.id));
    return { ...linked, verified: true };
  }
  return linked;
}

export async function dismissSourceSuggestion(db: Db, ownerId: string, id: string): Promise<{ id: string }> {
  await getOwnSuggestion(db, ownerId, id);
  await db
    .update(sourceSuggestions)
    .set({ dismissedAt: new Date() })
    .where(and(eq(sourceSuggestions.ownerId, ownerId), eq(sourceSuggestions.id, id)));
  return { id };
}

async function getOwnFieldSuggestion(db: Db, ownerId: string, id: string) {
  if (!isUuid(id)) throw new NotFoundError("Suggestion");
  const [row] = await db
    .select()
    .from(profileFields)
    .where(and(eq(profileFields.ownerId, ownerId), eq(profileFields.id, id)));
  if (!row) throw new NotFoundError("Suggestion");
  return row;
}

/** Puts a source's value into the contact field in place of the user's, and records it as applied. */
export async function acceptFieldSuggestion(db: Db, ownerId: string, id: string): Promise<{ field: ProfileField; value: string }> {
  const row = await getOwnFieldSuggestion(db, ownerId, id);
  await db.transaction(async (tx) => {
    if (row.field === "company" || row.field === "title") await setCurrentRole(tx, ownerId, row.contactId, { [row.field]: row.value });
    else if (row.field === "location") await tx.update(contacts).set({ location: row.value, place: findPlace(row.value) }).where(and(eq(contacts.ownerId, ownerId), eq(contacts.id, row.contactId)));
    else await tx.update(contacts).set({ photoUrl: row.value }).where(and(eq(contacts.ownerId, ownerId), eq(contacts.id, row.contactId)));
    await tx.update(profileFields).set({ status: "applied" }).where(eq(profileFields.id, row.id));
  });
  return { field: row.field, value: row.value };
}

/** Keeps the user's value; this source value is not offered again (a different one will be). */
export async function dismissFieldSuggestion(db: Db, ownerId: string, id: string): Promise<{ id: string }> {
  await getOwnFieldSuggestion(db, ownerId, id);
  await db.update(profileFields).set({ status: "dismissed" }).where(and(eq(profileFields.ownerId, ownerId), eq(profileFields.id, id)));
  return { id };
}
