import { z } from "zod";
import { CONTRIBUTION_DIRECTIONS, CONTRIBUTION_KINDS } from "@/db/schema/vocabulary";
import { isoDate } from "../contacts/schemas";

/** Kinds offered as suggestions for a fact; any other short word is fine too. */
export const FACT_KIND_SUGGESTIONS = ["family", "likes", "dislikes", "food", "dates", "work", "health", "pets", "other"] as const;

const id = z.string().max(100);

const requiredText = (message: string, label: string, max: number) =>
  z.string().trim().min(1, message).max(max, `${label} must be at most ${max} characters.`);

const optionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label} must be at most ${max} characters.`)
    .transform((value) => (value === "" ? null : value))
    .nullish();

export const contactScopeInput = z.object({ contactId: id });
export const idInput = z.object({ id });

// Facts: what I know about them.

const factShape = z.object({
  kind: requiredText("Enter a kind, like family or likes.", "Kind", 40),
  text: requiredText("Write what you learned.", "A fact", 500),
  learnedOn: isoDate("Learned on"),
});

export const addFactInput = factShape.partial({ learnedOn: true }).extend({ contactId: id });
export type AddFactInput = z.input<typeof addFactInput>;

export const updateFactInput = factShape.partial().extend({ id });
export type UpdateFactInput = z.input<typeof updateFactInput>;

// Disclosures: what they know about me.

const disclosureShape = z.object({
  text: requiredText("Write what you shared.", "What you shared", 500),
  sharedOn: isoDate("Shared on"),
});

export const addDisclosureInput = disclosureShape.partial({ sharedOn: true }).extend({ contactId: id });
export type AddDisclosureInput = z.input<typeof addDisclosureInput>;

export const updateDisclosureInput = disclosureShape.partial().extend({ id });
export type UpdateDisclosureInput = z.input<typeof updateDisclosureInput>;

// Topics: what we are learning together.

const topicName = requiredText("Enter a topic name.", "A topic name", 100);
const topicNote = optionalText("A note", 500);

export const createTopicInput = z.object({
  name: topicName,
  description: optionalText("A description", 1000),
});
export type CreateTopicInput = z.input<typeof createTopicInput>;

/** Only the fields present change; a new name renames the topic. */
export const updateTopicInput = createTopicInput.partial().extend({ id });
export type UpdateTopicInput = z.input<typeof updateTopicInput>;

/** Links a contact to an existing topic by id, or by name (reusing a topic of that name, whatever its case). */
export const addTopicToContactInput = z
  .object({
    contactId: id,
    topicId: id.optional(),
    name: topicName.optional(),
    note: topicNote,
  })
  .refine((input) => input.topicId !== undefined || input.name !== undefined, { message: "Enter a topic name.", path: ["name"] });
export type AddTopicToContactInput = z.input<typeof addTopicToContactInput>;

export const contactTopicInput = z.object({ contactId: id, topicId: id });

export const setTopicNoteInput = contactTopicInput.extend({ note: topicNote });
export type SetTopicNoteInput = z.input<typeof setTopicNoteInput>;

// Contributions: what we give each other.

const contributionShape = z.object({
  direction: z.enum(CONTRIBUTION_DIRECTIONS, "Pick whether you gave it or received it."),
  kind: z.enum(CONTRIBUTION_KINDS, "Pick what kind of contribution it was."),
  description: optionalText("A description", 500),
  occurredOn: isoDate("Date"),
});

export const addContributionInput = contributionShape.partial({ occurredOn: true }).extend({ contactId: id });
export type AddContributionInput = z.input<typeof addContributionInput>;

export const updateContributionInput = contributionShape.partial().extend({ id });
export type UpdateContributionInput = z.input<typeof updateContributionInput>;
