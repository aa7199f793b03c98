import { z } from "zod";
import { TAG_COLOURS } from "@/db/schema/vocabulary";

const id = z.string().max(100);
const name = z.string().trim().min(1, "Enter a name for the tag.").max(50, "Tag names must be at most 50 characters.");
const colour = z.enum(TAG_COLOURS, "Pick a colour from the palette.");

export const createTagInput = z.object({ name, colour: colour.default("stone") });
export type CreateTagInput = z.input<typeof createTagInput>;

export const tagIdInput = z.object({ id });

export const renameTagInput = z.object({ id, name });
export type RenameTagInput = z.input<typeof renameTagInput>;

export const recolourTagInput = z.object({ id, colour });
export type RecolourTagInput = z.input<typeof recolourTagInput>;

export const mergeTagsInput = z.object({ sourceId: id, targetId: id });
export type MergeTagsInput = z.input<typeof mergeTagsInput>;

export const applyTagInput = z.object({
  tagId: id,
  contactIds: z.array(id).min(1, "Pick at least one person.").max(500, "Pick at most 500 people at a time."),
});
export type ApplyTagInput = z.input<typeof applyTagInput>;

export const tagsForContactInput = z.object({ contactId: id });
