// The feed's benchmark data: one heavy user with 5,000 contacts, 2,000 linked sources and 200,000
// posts, beside 20 other users (so every query must use its owner index). Shared by the in-process
// feed benchmark and the HTTP one.
import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { circleMembers, circles, contacts, sources, statusUpdates, users } from "@/db/schema";

export const FEED_SCALE = { contacts: 5_000, sources: 2_000, posts: 200_000, otherUsers: 20, otherPosts: 2_000 };
const BATCH = 5_000;
const NOW = Date.parse("2026-11-20T12:00:00Z");

/** Contacts, linked sources and posts (every third one read) for an owner, and a circle of 50 of the contacts. */
export async function seedFeed(database: Database, ownerId: string, name: string, contactCount: number, sourceCount: number, postCount: number): Promise<{ circleId: string }> {
  const { db } = database;
  const contactIds: string[] = [];
  for (let start = 0; start < contactCount; start += BATCH) {
    const rows = await db
      .insert(contacts)
      .values(Array.from({ length: Math.min(BATCH, contactCount - start) }, (_, i) => ({ ownerId, displayName: `${name} contact ${start + i}` })))
      .returning({ id: contacts.id });
    contactIds.push(...rows.map((row) => row.id));
  }
  const sourceRows = await db
    .insert(sources)
    .values(
      Array.from({ length: sourceCount }, (_, i) => ({
        ownerId,
        contactId: contactIds[i % contactIds.length]!,
        ...(i % 2 ? { kind: "mastodon" as const, input: `@${name}${i}@social.example` } : { kind: "feed" as const, input: `https://${name}-${i}.example/feed.xml` }),
        state: "ok" as const,
        // Synced already: nothing is due while the benchmark runs (the addresses do not exist).
        nextSyncAt: new Date(NOW + 365 * 24 * 3_600_000),
      })),
    )
    .returning({ id: sources.id, contactId: sources.contactId });
  for (let start = 0; start < postCount; start += BATCH) {
    await db.insert(statusUpdates).values(
      Array.from({ length: Math.min(BATCH, postCount - start) }, (_, j) => {
        const i = start + j;
        const source = sourceRows[i % sourceRows.length]!;
        return {
          ownerId,
          contactId: source.contactId,
          sourceId: source.id,
          externalId: `p${i}`,
          publishedAt: new Date(NOW - i * 60_000),
          text: `Post ${i} about trams, bread and cities`,
          html: `<p>Post ${i} about <a href="https://example.com/${i}">trams</a>, bread and cities</p>`,
          readAt: i % 3 === 0 ? new Date(NOW) : null,
        };
      }),
    );
  }
  const [circle] = await db.insert(circles).values({ ownerId, name: "Close friends" }).returning({ id: circles.id });
  await db.insert(circleMembers).values(contactIds.slice(0, 50).map((contactId) => ({ circleId: circle!.id, contactId })));
  return { circleId: circle!.id };
}

/** The benchmark's scale: one heavy user (the owner given) beside 20 others, then statistics refreshed. */
export async function seedFeedScale(database: Database, ownerId: string): Promise<{ circleId: string }> {
  const seeded = await seedFeed(database, ownerId, "heavy", FEED_SCALE.contacts, FEED_SCALE.sources, FEED_SCALE.posts);
  for (let u = 0; u < FEED_SCALE.otherUsers; u++) {
    const [other] = await database.db.insert(users).values({ name: `other${u}` }).returning({ id: users.id });
    await seedFeed(database, other!.id, `other${u}`, 200, 20, FEED_SCALE.otherPosts);
  }
  await database.db.execute(sql`analyze`);
  return seeded;
}
