import { z } from "zod";
import { CONTRIBUTION_DIRECTIONS, CONTRIBUTION_KINDS, SOURCE_KINDS, TIE_CONTEXTS } from "@/db/schema/vocabulary";

export const FEED_PAGE_MAX = 50;

/** What narrows the feed; every filter combines with the others. */
export const feedFilters = z.object({
  circleId: z.string().max(100).nullish(),
  tagId: z.string().max(100).nullish(),
  kind: z.enum(SOURCE_KINDS).nullish(),
  contactId: z.string().max(100).nullish(),
  unread: z.boolean().default(false),
});
export type FeedFilters = z.output<typeof feedFilters>;

export const listFeedInput = feedFilters.extend({
  cursor: z.string().max(500).nullish(),
  limit: z.number().int().min(1).max(FEED_PAGE_MAX).default(20),
});
export type ListFeedInput = z.input<typeof listFeedInput>;

export const newSinceInput = feedFilters.extend({ asOf: z.string().max(500) });
export type NewSinceInput = z.input<typeof newSinceInput>;

const itemRef = z.object({ type: z.enum(["post", "event"]), id: z.string().max(100) });
export type FeedItemRef = z.infer<typeof itemRef>;

export const markItemsInput = z.object({ items: z.array(itemRef).min(1).max(500), read: z.boolean() });
export type MarkItemsInput = z.input<typeof markItemsInput>;

/** Everything the user has scrolled past: from the top of the feed (as of when it was opened) down to the cursor. */
export const markReadUpToInput = feedFilters.extend({ cursor: z.string().max(500) });
export type MarkReadUpToInput = z.input<typeof markReadUpToInput>;

export const postIdInput = z.object({ postId: z.string().max(100) });

export const replyInput = postIdInput.extend({
  /** Required the first time; remembered for the next ones. */
  context: z.enum(TIE_CONTEXTS).optional(),
});
export type ReplyInput = z.input<typeof replyInput>;

export const noteFromPostInput = postIdInput.extend({
  text: z.string().trim().min(1, "Write the note.").max(2000, "A note is at most 2,000 characters."),
});
export type NoteFromPostInput = z.input<typeof noteFromPostInput>;

export const contributionFromPostInput = postIdInput.extend({
  direction: z.enum(CONTRIBUTION_DIRECTIONS).default("given"),
  kind: z.enum(CONTRIBUTION_KINDS).default("help"),
  description: z.string().trim().max(2000).optional(),
});
export type ContributionFromPostInput = z.input<typeof contributionFromPostInput>;

export const muteSourceInput = z.object({ sourceId: z.string().max(100), muted: z.boolean() });
export type MuteSourceInput = z.input<typeof muteSourceInput>;
