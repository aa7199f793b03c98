import { isDeepStrictEqual } from "node:util";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { companies, contacts, lifeEvents, notifications, profileFields, sourceSuggestions, sources, statusUpdates, type LifeEventKind, type NotificationKind, type ProfileField } from "@/db/schema";
import { endCurrentJobAt, setCurrentRole } from "@/server/companies/service";
import { findPlace } from "@/server/places/gazetteer";
import { sanitizeHtml } from "./html";
import type { Validators } from "./http";
import { SYNC_INTERVAL_MS } from "./registry";
import type { Json, ProfileSnapshot, RemoteState, SourceSuggestion, StatusUpdate } from "./types";

/** Everything one sync learned, as the fetch steps hand it to the apply step. */
export interface SyncOutcome {
  state: RemoteState;
  stateReason: string | null;
  /** Null: unchanged since the last sync (or unknowable). */
  profile: ProfileSnapshot | null;
  suggestions: SourceSuggestion[];
  updates: StatusUpdate[];
  cursor: Json;
  validators: Record<string, Validators>;
}

export interface ApplyResult {
  /** Status updates inserted or changed. */
  updates: number;
  /** Every row inserted or updated, all tables together (0 for an unchanged resync). */
  rowsWritten: number;
  notifications: number;
}

type SourceRow = typeof sources.$inferSelect;

const UPDATE_BATCH = 500;

/** Inserts new posts and rewrites edited ones; an unchanged post is not touched. Returns rows written. */
async function upsertUpdates(tx: Db, source: SourceRow, updates: StatusUpdate[]): Promise<number> {
  const unique = [...new Map(updates.map((update) => [update.externalId, update])).values()];
  let written = 0;
  for (let start = 0; start < unique.length; start += UPDATE_BATCH) {
    const batch = unique.slice(start, start + UPDATE_BATCH);
    const rows = await tx
      .insert(statusUpdates)
      .values(
        batch.map((update) => ({
          ownerId: source.ownerId,
          contactId: source.contactId,
          sourceId: source.id,
          externalId: update.externalId,
          url: update.url,
          publishedAt: new Date(update.publishedAt),
          editedAt: update.editedAt ? new Date(update.editedAt) : null,
          text: update.text,
          // Adapters sanitise as they parse; this is the one door into the table, so it is enforced here too.
          html: sanitizeHtml(update.html, update.url ?? undefined),
          isRepost: update.isRepost,
          media: update.media,
        })),
      )
      .onConflictDoUpdate({
        target: [statusUpdates.sourceId, statusUpdates.externalId],
        set: {
          url: sql`excluded.url`,
          publishedAt: sql`excluded.published_at`,
          editedAt: sql`excluded.edited_at`,
          text: sql`excluded.text`,
          html: sql`excluded.html`,
          isRepost: sql`excluded.is_repost`,
          media: sql`excluded.media`,
          updatedAt: sql`now()`,
        },
        setWhere: sql`(${statusUpdates.url}, ${statusUpdates.publishedAt}, ${statusUpdates.editedAt}, ${statusUpdates.text}, ${statusUpdates.html}, ${statusUpdates.isRepost}, ${statusUpdates.media})
          is distinct from (excluded.url, excluded.published_at, excluded.edited_at, excluded.text, excluded.html, excluded.is_repost, excluded.media)`,
      })
      .returning({ id: statusUpdates.id });
    written += rows.length;
  }
  return written;
}

const FIELD_FROM_PROFILE: Record<ProfileField, (profile: ProfileSnapshot) => string | null> = {
  photoUrl: (profile) => profile.avatarUrl,
  location: (profile) => profile.location,
  company: (profile) => profile.company,
  title: (profile) => profile.title,
};

function clean(value: string | null): string | null {
  const trimmed = value?.replace(/\s+/g, " ").trim();
  return trimmed ? trimmed.slice(0, 300) : null;
}

interface Change {
  field: ProfileField;
  from: string | null;
  to: string;
}

/**
 * Maps a new profile snapshot onto the contact, keeping provenance. A field is written only when
 * the contact has no value, already has this one, or holds the value this source wrote last time;
 * a value the user typed is never overwritten: the source's value is kept as a suggestion.
 * Returns the rows written and what changed from a value seen before (for notifications).
 */
async function applyProfile(tx: Db, source: SourceRow, profile: ProfileSnapshot, now: Date): Promise<{ rows: number; changes: Change[] }> {
  const [contact] = await tx
    .select({ displayName: contacts.displayName, photoUrl: contacts.photoUrl, location: contacts.location, company: contacts.company, title: contacts.title })
    .from(contacts)
    .where(and(eq(contacts.ownerId, source.ownerId), eq(contacts.id, source.contactId)));
  if (!contact) return { rows: 0, changes: [] };
  const known = await tx.select().from(profileFields).where(eq(profileFields.sourceId, source.id));
  const provenance = new Map(known.map((row) => [row.field, row]));

  let rows = 0;
  const changes: Change[] = [];
  const contactPatch: Partial<Record<"photoUrl" | "location", string>> & { place?: ReturnType<typeof findPlace> } = {};
  const role: { company?: string; title?: string } = {};
  const seenAgain: string[] = [];

  for (const field of Object.keys(FIELD_FROM_PROFILE) as ProfileField[]) {
    const value = clean(FIELD_FROM_PROFILE[field](profile));
    if (value === null) continue;
    const previous = provenance.get(field);
    if (previous?.value === value) {
      seenAgain.push(previous.id);
      continue;
    }
    const current = contact[field];
    const writable = !current || current === value || (previous?.status === "applied" && current === previous.value);
    if (writable && current !== value) {
      if (field === "company" || field === "title") role[field] = value;
      else contactPatch[field] = value;
    }
    if (previous) changes.push({ field, from: previous.value, to: value });
    await tx
      .insert(profileFields)
      .values({ ownerId: source.ownerId, contactId: source.contactId, sourceId: source.id, field, value, status: writable ? "applied" : "suggested", firstSeenAt: now, lastSeenAt: now })
      .onConflictDoUpdate({
        target: [profileFields.sourceId, profileFields.field],
        set: { value, status: writable ? "applied" : "suggested", firstSeenAt: now, lastSeenAt: now },
      });
    rows++;
  }

  if (seenAgain.length > 0) {
    await tx.update(profileFields).set({ lastSeenAt: now }).where(inArray(profileFields.id, seenAgain));
    rows += seenAgain.length;
  }
  if (contactPatch.location) contactPatch.place = findPlace(contactPatch.location);
  if (Object.keys(contactPatch).length > 0) {
    await tx.update(contacts).set(contactPatch).where(eq(contacts.id, source.contactId));
    rows++;
  }
  if (role.company !== undefined || role.title !== undefined) {
    const previousCompany = provenance.get("company");
    if (role.company && previousCompany?.status === "applied" && previousCompany.value !== role.company) {
      await endCurrentJobAt(tx, source.ownerId, source.contactId, previousCompany.value);
    }
    await setCurrentRole(tx, source.ownerId, source.contactId, role);
    rows++;
  }
  return { rows, changes };
}

/** Notifications and feed cards for the changes that matter: a new job, a job at a target company, a move. */
async function notifyChanges(tx: Db, source: SourceRow, displayName: string, profile: ProfileSnapshot, changes: Change[], now: Date): Promise<{ notifications: number; events: number }> {
  const wanted: { kind: LifeEventKind & NotificationKind; title: string; body: string | null; dedupeKey: string }[] = [];
  const jobChanged = changes.some((change) => change.field === "company" || change.field === "title");
  const company = clean(profile.company);
  const title = clean(profile.title);
  if (jobChanged && (company || title)) {
    const role = title && company ? `${title} at ${company}` : (company ?? title);
    wanted.push({
      kind: "job_change",
      title: company && changes.some((change) => change.field === "company") ? `${displayName} now works at ${company}` : `${displayName} is now ${role}`,
      body: `Seen on their linked ${source.kind} profile${title && company ? ` (${role})` : ""}.`,
      dedupeKey: `job:${source.contactId}:${(company ?? "").toLowerCase()}:${(title ?? "").toLowerCase()}`,
    });
    if (company && changes.some((change) => change.field === "company")) {
      const [target] = await tx
        .select({ target: companies.target, name: companies.name })
        .from(companies)
        .where(and(eq(companies.ownerId, source.ownerId), sql`lower(${companies.name}) = lower(${company})`, sql`${companies.target} is not null`));
      if (target) {
        wanted.push({
          kind: "target_company",
          title: `${displayName} now works at ${target.name}, one of your target companies`,
          body: target.target === "work_for" ? "You want to work there: they may be the introduction you need." : "You want to collaborate with them: they may be your way in.",
          dedupeKey: `target:${source.contactId}:${target.name.toLowerCase()}`,
        });
      }
    }
  }
  const moved = changes.find((change) => change.field === "location");
  if (moved) {
    wanted.push({ kind: "moved_city", title: `${displayName} moved to ${moved.to}`, body: `Their linked ${source.kind} profile used to say ${moved.from}.`, dedupeKey: `moved:${source.contactId}:${moved.to.toLowerCase()}` });
  }
  if (wanted.length === 0) return { notifications: 0, events: 0 };
  const inserted = await tx
    .insert(notifications)
    .values(wanted.map((notification) => ({ ...notification, ownerId: source.ownerId, contactId: source.contactId })))
    .onConflictDoNothing()
    .returning({ id: notifications.id });
  // The same changes, as cards in the feed.
  const events = await tx
    .insert(lifeEvents)
    .values(wanted.map((event) => ({ ...event, ownerId: source.ownerId, contactId: source.contactId, sourceId: source.id, occurredAt: now })))
    .onConflictDoNothing()
    .returning({ id: lifeEvents.id });
  return { notifications: inserted.length, events: events.length };
}

/** Remembers other sources found on this one; already linked or dismissed ones are left out. */
async function addSuggestions(tx: Db, source: SourceRow, suggestions: SourceSuggestion[]): Promise<number> {
  if (suggestions.length === 0) return 0;
  const linked = await tx
    .select({ id: sources.id, kind: sources.kind, input: sources.input, verified: sources.verified })
    .from(sources)
    .where(and(eq(sources.ownerId, source.ownerId), eq(sources.contactId, source.contactId)));
  let rows = 0;
  // A two-way verified link to a source already linked marks that source verified.
  const verify = linked.filter((other) => !other.verified && suggestions.some((suggestion) => suggestion.verified && suggestion.kind === other.kind && suggestion.input === other.input));
  if (verify.length > 0) {
    await tx.update(sources).set({ verified: true }).where(inArray(sources.id, verify.map((other) => other.id)));
    rows += verify.length;
  }
  const fresh = suggestions.filter((suggestion) => !linked.some((other) => other.kind === suggestion.kind && other.input === suggestion.input));
  if (fresh.length === 0) return rows;
  const inserted = await tx
    .insert(sourceSuggestions)
    .values(fresh.map((suggestion) => ({ ownerId: source.ownerId, contactId: source.contactId, sourceId: source.id, kind: suggestion.kind, input: suggestion.input, verified: suggestion.verified ?? false })))
    .onConflictDoNothing()
    .returning({ id: sourceSuggestions.id });
  return rows + inserted.length;
}

/**
 * Stores what a sync fetched, in one transaction: posts (once per external id), the profile
 * (with provenance, suggestions and notifications), and the source's state, cursor and
 * validators. Writes nothing at all when nothing changed, so an unchanged resync costs no writes.
 */
export async function applySync(db: Db, ownerId: string, sourceId: string, outcome: SyncOutcome, now = new Date()): Promise<ApplyResult> {
  return db.transaction(async (tx) => {
    const [source] = await tx
      .select()
      .from(sources)
      .where(and(eq(sources.ownerId, ownerId), eq(sources.id, sourceId)))
      .for("update");
    // Unlinked while the sync ran: nothing to keep.
    if (!source) return { updates: 0, rowsWritten: 0, notifications: 0 };

    const updates = outcome.state === "ok" ? await upsertUpdates(tx, source, outcome.updates) : 0;
    let rowsWritten = updates;
    let notified = 0;
    const profileChanged = outcome.profile !== null && !isDeepStrictEqual(outcome.profile, source.profile);
    if (outcome.profile && profileChanged) {
      const applied = await applyProfile(tx, source, outcome.profile, now);
      rowsWritten += applied.rows;
      if (applied.changes.length > 0) {
        const [contact] = await tx.select({ displayName: contacts.displayName }).from(contacts).where(eq(contacts.id, source.contactId));
        const told = await notifyChanges(tx, source, contact?.displayName ?? "A contact", outcome.profile, applied.changes, now);
        notified = told.notifications;
        rowsWritten += told.notifications + told.events;
      }
      rowsWritten += await addSuggestions(tx, source, outcome.suggestions);
    }

    const patch: Partial<typeof sources.$inferInsert> = {};
    if (source.state !== outcome.state) patch.state = outcome.state;
    if (source.stateReason !== outcome.stateReason) patch.stateReason = outcome.stateReason;
    if (source.failures !== 0) patch.failures = 0;
    // A sync the user started held only a short lease on the schedule: the next one is a full interval on.
    if (source.state === "syncing" || source.state === "pending") patch.nextSyncAt = new Date(now.getTime() + SYNC_INTERVAL_MS[source.kind]);
    if (profileChanged) patch.profile = outcome.profile;
    if (!isDeepStrictEqual(source.cursor, outcome.cursor)) patch.cursor = outcome.cursor;
    if (!isDeepStrictEqual(source.validators, outcome.validators)) patch.validators = outcome.validators;
    if (rowsWritten > 0) patch.changedAt = now;
    if (Object.keys(patch).length > 0) {
      await tx.update(sources).set(patch).where(eq(sources.id, source.id));
      rowsWritten++;
    }
    return { updates, rowsWritten, notifications: notified };
  });
}
